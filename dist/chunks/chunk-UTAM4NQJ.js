import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/platform/retry.ts
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function backoff(attempt, policy = {}) {
  return Math.min(policy.maxDelayMs ?? 6e4, (policy.baseDelayMs ?? 1e3) * 2 ** (attempt - 1));
}
async function retry(attempt, policy = {}) {
  const attempts = policy.attempts ?? 5;
  const now = policy.now ?? Date.now;
  const wait = policy.sleep ?? sleep;
  const deadline = now() + (policy.deadlineMs ?? 6e5);
  for (let n = 1; ; n++) {
    const d = await attempt(n);
    if ("done" in d) return d.done;
    const delayMs = d.delayMs ?? backoff(n, policy);
    if (n >= attempts || now() + delayMs > deadline) return d.exhausted();
    policy.onRetry?.({ attempt: n, delayMs, reason: d.retry });
    await wait(delayMs);
  }
}

export {
  backoff,
  retry
};
