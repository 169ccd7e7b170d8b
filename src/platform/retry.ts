/**
 * The one retry loop: attempts, exponential backoff (doubling from `baseDelayMs`, capped at `maxDelayMs`),
 * a total deadline, and a decision per failure. The HTTP client's policy (429/5xx/network, `retry-after`,
 * `x-ratelimit-*`) is one `decide` function built on this; other callers (re-listing after a lost race,
 * re-running jsign after a service 429) pass their own.
 */

export interface RetryPolicy {
  /** Attempts in all (1 = no retry); default 5. */
  attempts?: number;
  /** First backoff in ms, doubled per attempt; default 1000. */
  baseDelayMs?: number;
  /** Backoff cap in ms; default 60 s. */
  maxDelayMs?: number;
  /** Total deadline in ms from the first attempt; no retry is started that would end after it. Default 10 min. */
  deadlineMs?: number;
  /** Called before each retry with a secret-free reason. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * What to do after one attempt: `{ done: value }` returns it; `{ retry: reason, delayMs? }` tries again
 * (after `delayMs`, or the policy's backoff) while attempts and deadline allow, else `exhausted` decides.
 */
export type RetryDecision<T> = { done: T } | { retry: string; delayMs?: number; exhausted: () => T | never };

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The policy's backoff before retry number `attempt` (1-based attempt that just failed). */
export function backoff(attempt: number, policy: RetryPolicy = {}): number {
  return Math.min(policy.maxDelayMs ?? 60_000, (policy.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
}

/**
 * Runs `attempt(n)` until its decision is `done`, or attempts/deadline run out (then the last decision's
 * `exhausted()` gives the value or throws). Errors thrown by `attempt` are not caught: classify them
 * inside `attempt` and return a decision.
 */
export async function retry<T>(attempt: (n: number) => Promise<RetryDecision<T>>, policy: RetryPolicy = {}): Promise<T> {
  const attempts = policy.attempts ?? 5;
  const now = policy.now ?? Date.now;
  const wait = policy.sleep ?? sleep;
  const deadline = now() + (policy.deadlineMs ?? 600_000);
  for (let n = 1; ; n++) {
    const d = await attempt(n);
    if ('done' in d) return d.done;
    const delayMs = d.delayMs ?? backoff(n, policy);
    if (n >= attempts || now() + delayMs > deadline) return d.exhausted();
    policy.onRetry?.({ attempt: n, delayMs, reason: d.retry });
    await wait(delayMs);
  }
}
