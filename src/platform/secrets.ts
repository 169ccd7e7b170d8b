/**
 * Process-wide registry of secret values. Entries register every secret input here (and with
 * `core.setSecret`); adapters call `redact` on any text that may echo a request, a command line or
 * a service's error before it goes into an Error message or a log line.
 */
const secrets = new Set<string>();

/** Registers a secret and, for multi-line values, each of its lines (the runner masks line by line). */
export function registerSecret(value: string | undefined | null): void {
  if (!value) return;
  const add = (v: string) => {
    const t = v.trim();
    if (t.length >= 4) secrets.add(t);
  };
  add(value);
  for (const line of value.split(/\r?\n/)) add(line);
}

export function registeredSecrets(): string[] {
  return [...secrets];
}

/** Replaces every registered secret (longest first) with `***`. */
export function redact(text: string): string {
  if (!text || secrets.size === 0) return text;
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join('***');
  }
  return out;
}

/** For tests only. */
export function clearSecrets(): void {
  secrets.clear();
}

/**
 * External text (a response body, a service's error, a tool's output) made safe for a message: secrets are
 * redacted FIRST, then the text is cut to `max` characters, so a secret that straddles the cut can never
 * leak in part. Use it everywhere an external text reaches a message or a log line.
 */
export function excerpt(text: string, max = 500): string {
  const safe = redact(text ?? '');
  return safe.length <= max ? safe : `${safe.slice(0, max)}…`;
}
