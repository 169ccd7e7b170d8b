/**
 * URL inputs (api-url, upload-url, base-url…): checked once, with the problem worded by field.
 * Credentials never travel inside a URL: userinfo (`https://user:pass@host/`) would end up in logs, outputs,
 * step summaries and signed manifests, so it is refused with the fix (use the token inputs).
 */

function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** https, or plain http to a loopback address (local emulators, tests): the one scheme rule of every URL. Pure. */
export function isSecureUrl(u: URL): boolean {
  return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname));
}

/** Why `value` is not an acceptable URL input (continues after the field's name), or undefined. */
export function urlInputProblem(value: string, opts: { allowTemplate?: boolean } = {}): string | undefined {
  // Templates such as {platform} or {file} are allowed in some inputs; check the URL with them filled in.
  const probe = opts.allowTemplate ? value.replace(/\{[a-z_]+\}/g, 'x') : value;
  let u: URL;
  try {
    u = new URL(probe);
  } catch {
    return 'is not a valid URL.';
  }
  if (u.username || u.password) return 'must not contain a user name or password (https://user:pass@host/…): they would be printed in logs and published in outputs. Pass credentials through the token input (a secret) instead.';
  if (!isSecureUrl(u)) return `must use https:// (plain http is only accepted for loopback addresses), got "${u.protocol}//${u.host}".`;
  return undefined;
}
