import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/platform/url.ts
function isLoopbackHost(hostname) {
  const h = hostname.replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}
function isSecureUrl(u) {
  return u.protocol === "https:" || u.protocol === "http:" && isLoopbackHost(u.hostname);
}
function urlInputProblem(value, opts = {}) {
  const probe = opts.allowTemplate ? value.replace(/\{[a-z_]+\}/g, "x") : value;
  let u;
  try {
    u = new URL(probe);
  } catch {
    return "is not a valid URL.";
  }
  if (u.username || u.password) return "must not contain a user name or password (https://user:pass@host/…): they would be printed in logs and published in outputs. Pass credentials through the token input (a secret) instead.";
  if (!isSecureUrl(u)) return `must use https:// (plain http is only accepted for loopback addresses), got "${u.protocol}//${u.host}".`;
  return void 0;
}

export {
  isSecureUrl,
  urlInputProblem
};
