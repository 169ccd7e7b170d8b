/**
 * File digests for signing: BLAKE2b-512 (the `ED` prehash) and, when checksums are on, SHA-256 from the same
 * single read, on worker threads (one file per worker) or on the main thread.
 */
import { Worker } from 'node:worker_threads';
import { hashFile, READ_CHUNK } from '../../platform/fs.js';

export interface Digests {
  size: number;
  blake2b512: string;
  /** Only when asked for (checksums on): SHA-256 alongside BLAKE2b costs ~50 % more CPU per byte. */
  sha256?: string;
}

/**
 * Self-contained worker body (eval'd, so it survives bundling): the same single read as fs.ts hashFile
 * (1 MiB reads into reused buffers, every requested hash fed from the same bytes), double-buffered so the
 * next read runs while this chunk is hashed. No per-chunk allocation: memory does not grow with file size.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { open } = require('node:fs/promises');
const { createHash } = require('node:crypto');
parentPort.on('message', async ({ id, path, algos, chunk }) => {
  let fh;
  try {
    const hs = algos.map((a) => createHash(a));
    let size = 0;
    fh = await open(path, 'r');
    let cur = Buffer.allocUnsafe(chunk);
    let next = Buffer.allocUnsafe(chunk);
    let pending = fh.read(cur, 0, chunk, null);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const data = bytesRead === chunk ? cur : cur.subarray(0, bytesRead);
      [cur, next] = [next, cur];
      pending = fh.read(cur, 0, chunk, null);
      size += bytesRead;
      for (const h of hs) h.update(data);
    }
    const out = { id, size };
    algos.forEach((a, i) => { out[a] = hs[i].digest('hex'); });
    parentPort.postMessage(out);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  } finally {
    if (fh) await fh.close().catch(() => {});
  }
});
`;

export class HashPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<() => void> = [];
  private seq = 0;
  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true });
      this.workers.push(w);
      this.idle.push(w);
    }
  }
  private async acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return w;
    await new Promise<void>((res) => this.queue.push(res));
    return this.acquire();
  }
  private release(w: Worker): void {
    this.idle.push(w);
    this.queue.shift()?.();
  }
  async hash(path: string, withSha256: boolean): Promise<Digests> {
    const w = await this.acquire();
    const id = ++this.seq;
    try {
      return await new Promise<Digests>((res, rej) => {
        const onMessage = (m: Digests & { id: number; error?: string }) => {
          if (m.id !== id) return;
          cleanup();
          if (m.error) rej(new Error(m.error));
          else res({ size: m.size, blake2b512: m.blake2b512, sha256: m.sha256 });
        };
        const onError = (e: Error) => (cleanup(), rej(e));
        const cleanup = () => {
          w.off('message', onMessage);
          w.off('error', onError);
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.postMessage({ id, path, algos: withSha256 ? ['blake2b512', 'sha256'] : ['blake2b512'], chunk: READ_CHUNK });
      });
    } finally {
      this.release(w);
    }
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export async function hashOnMainThread(path: string, withSha256: boolean): Promise<Digests> {
  return withSha256 ? await hashFile(path, ['blake2b512', 'sha256']) : await hashFile(path, ['blake2b512']);
}

