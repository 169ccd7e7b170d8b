import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/platform/secrets.ts
var secrets = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (!value) return;
  const add = (v) => {
    const t = v.trim();
    if (t.length >= 4) secrets.add(t);
  };
  add(value);
  for (const line of value.split(/\r?\n/)) add(line);
}
function redact(text) {
  if (!text || secrets.size === 0) return text;
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join("***");
  }
  return out;
}
function excerpt(text, max = 500) {
  const safe = redact(text ?? "");
  return safe.length <= max ? safe : `${safe.slice(0, max)}…`;
}

export {
  registerSecret,
  redact,
  excerpt
};
