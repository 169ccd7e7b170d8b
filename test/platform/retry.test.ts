import { describe, expect, it } from 'vitest';
import { retry, backoff } from '../../src/platform/retry.js';

describe('retry()', () => {
  const fake = () => {
    let t = 0;
    const waits: number[] = [];
    return { waits, now: () => t, sleep: async (ms: number) => { waits.push(ms); t += ms; } };
  };
  it('retries with doubling backoff until done', async () => {
    const f = fake();
    const seen: number[] = [];
    const v = await retry(async (n) => (seen.push(n), n < 3 ? { retry: 'HTTP 503', exhausted: () => 'gave up' } : { done: 'ok' }), { ...f, baseDelayMs: 100 });
    expect(v).toBe('ok');
    expect(seen).toEqual([1, 2, 3]);
    expect(f.waits).toEqual([100, 200]);
  });
  it('honours a hinted delay, the attempt limit and the deadline', async () => {
    const f = fake();
    await expect(retry(async () => ({ retry: 'x', delayMs: 7, exhausted: () => { throw new Error('out of attempts'); } }), { ...f, attempts: 3 })).rejects.toThrow('out of attempts');
    expect(f.waits).toEqual([7, 7]);
    const g = fake();
    expect(await retry(async () => ({ retry: 'x', exhausted: () => 'deadline' }), { ...g, baseDelayMs: 1000, deadlineMs: 2500 })).toBe('deadline');
    expect(g.waits).toEqual([1000]);
  });
  it('caps the backoff', () => {
    expect(backoff(10, { baseDelayMs: 1000, maxDelayMs: 5000 })).toBe(5000);
    expect(backoff(1)).toBe(1000);
  });
});
