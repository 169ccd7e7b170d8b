import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";

// src/publishing/core/checksums.ts
function escapeName(name) {
  if (!/[\\\n\r]/.test(name)) return { escaped: false, text: name };
  return { escaped: true, text: name.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r") };
}
function formatChecksums(entries) {
  return entries.map(({ name, sha256 }) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RelforgeError(`Internal: "${sha256}" is not a SHA-256 hex digest.`);
    if (name === "") throw new RelforgeError("Internal: empty name in SHA256SUMS.");
    const e = escapeName(name);
    return `${e.escaped ? "\\" : ""}${sha256}  ${e.text}
`;
  }).join("");
}
function parseChecksums(text) {
  const out = [];
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") continue;
    const line = raw.replace(/\r$/, "");
    const m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new RelforgeError(`Malformed SHA256SUMS line: "${line.slice(0, 120)}"`);
    let name = m[3];
    if (m[1]) name = name.replace(/\\(\\|n|r)/g, (_, c) => c === "n" ? "\n" : c === "r" ? "\r" : "\\");
    out.push({ name, sha256: m[2].toLowerCase() });
  }
  return out;
}

export {
  formatChecksums,
  parseChecksums
};
