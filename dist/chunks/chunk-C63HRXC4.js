import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  checkKeyPin,
  loadSigningKey
} from "./chunk-CV2P5TFH.js";
import {
  STAGED_NAME,
  stagedWrite
} from "./chunk-RPQXM2BZ.js";
import {
  formatPlatform,
  inferPlatform
} from "./chunk-EMFWNUUK.js";
import {
  releaseTime
} from "./chunk-PYADJEUB.js";
import {
  formatChecksums
} from "./chunk-RXAWHCPD.js";
import {
  verifyBuffer,
  verifyFile,
  verifyRawFile
} from "./chunk-H3MUK3LW.js";
import {
  commentTimestamp,
  parsePublicKey,
  parseSignature,
  renderTrustedComment,
  sanitizeComment,
  signMessage,
  signPrehashed,
  verifySignature
} from "./chunk-XOUA3GKF.js";
import {
  READ_CHUNK,
  expandFiles,
  hashFile
} from "./chunk-Y7UKLQWK.js";
import {
  RelforgeError,
  errorMessage,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/signing/minisign/sign-files.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir, readFile as readFile2, stat as stat2, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

// src/signing/minisign/hash-pool.ts
import { Worker } from "node:worker_threads";
var WORKER_SOURCE = `
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
var HashPool = class {
  workers = [];
  idle = [];
  queue = [];
  seq = 0;
  constructor(size) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER_SOURCE, { eval: true });
      this.workers.push(w);
      this.idle.push(w);
    }
  }
  async acquire() {
    const w = this.idle.pop();
    if (w) return w;
    await new Promise((res) => this.queue.push(res));
    return this.acquire();
  }
  release(w) {
    this.idle.push(w);
    this.queue.shift()?.();
  }
  async hash(path, withSha256) {
    const w = await this.acquire();
    const id = ++this.seq;
    try {
      return await new Promise((res, rej) => {
        const onMessage = (m) => {
          if (m.id !== id) return;
          cleanup();
          if (m.error) rej(new Error(m.error));
          else res({ size: m.size, blake2b512: m.blake2b512, sha256: m.sha256 });
        };
        const onError = (e) => (cleanup(), rej(e));
        const cleanup = () => {
          w.off("message", onMessage);
          w.off("error", onError);
        };
        w.on("message", onMessage);
        w.on("error", onError);
        w.postMessage({ id, path, algos: withSha256 ? ["blake2b512", "sha256"] : ["blake2b512"], chunk: READ_CHUNK });
      });
    } finally {
      this.release(w);
    }
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
async function hashOnMainThread(path, withSha256) {
  return withSha256 ? await hashFile(path, ["blake2b512", "sha256"]) : await hashFile(path, ["blake2b512"]);
}

// src/signing/minisign/sign-file.ts
import { createHash, sign } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
var RAW_SIZE_LIMIT = 512 * 1024 * 1024;
async function readBounded(path, what) {
  const s = await stat(path).catch((err) => {
    throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
  });
  if (s.size > RAW_SIZE_LIMIT) {
    throw new RelforgeError(
      `${path} is ${s.size} bytes, above the ${RAW_SIZE_LIMIT / 1024 / 1024} MiB limit for ${what}: Ed25519 signing over raw bytes needs the whole file in memory. Use the default minisign format (prehashed "ED", streamed; minisign -S) for large files.`
    );
  }
  return await readFile(path).catch((err) => {
    throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
  });
}
function signBuffer(data, key, opts) {
  return signMessage(key.privateKey, key.keyId, data, { ...opts, algorithm: opts.algorithm ?? "ED" });
}
function signRaw(data, key) {
  return sign(null, data, key.privateKey).toString("base64");
}

// src/signing/minisign/sign-files.ts
async function signFiles(settings) {
  const p = await prepare(settings);
  const cwd = resolve(settings.cwd ?? process.cwd());
  const { plan, sumsPath } = await planOutputs(p, cwd);
  const workers = p.format === "minisign" && p.algorithm === "ED" ? Math.min(settings.workers ?? Math.min(2, availableParallelism()), plan.length) : 0;
  const pool = workers > 0 ? new HashPool(workers) : void 0;
  const unchanged = [];
  try {
    const written = await stagedWrite(
      {
        write: async (stage) => {
          const signed = await signAll(p, plan, stage, pool, unchanged);
          return { signed, sums: sumsPath ? await writeChecksums(p, signed, sumsPath, stage, unchanged) : void 0 };
        },
        verify: async (w, stage) => verifyWritten(p, w, stage)
      },
      { log: p.log }
    );
    return {
      signatures: written.signed.map((x) => ({ file: x.file, signature: x.target, sha256: x.sha256, size: x.size, keyId: p.key.keyIdHex })),
      publicKey: p.key.publicKeyText,
      keyId: p.key.keyIdHex,
      checksumsFile: written.sums?.path,
      checksumsSignature: written.sums?.sigPath,
      format: p.format,
      algorithm: p.algorithm,
      timestamp: p.timestamp,
      timestampSource: p.timestampSource,
      unchanged
    };
  } catch (err) {
    throw err instanceof RelforgeError ? err : new RelforgeError(`Signing failed: ${errorMessage(err)}`, { cause: err });
  } finally {
    await pool?.close();
  }
}
async function prepare(s) {
  const log = s.log ?? (() => {
  });
  const format = s.format ?? "minisign";
  const algorithm = s.algorithm ?? "ED";
  if (format !== "minisign" && format !== "raw") throw fieldError("format", `must be minisign or raw, got "${String(format)}".`);
  if (algorithm !== "ED" && algorithm !== "Ed") throw fieldError("algorithm", `must be ED (prehashed, default) or Ed (legacy), got "${String(algorithm)}".`);
  const key = checkKeyPin(s.key ?? await loadSigningKey(s.privateKey ?? "", s.password), s.publicKey);
  const pinned = parsePublicKey(s.publicKey || key.publicKeyText);
  const { timestamp, source } = await resolveTimestamp(s, log);
  renderComment(s.trustedComment, { version: s.version, file: "x", platform: s.platform === "none" ? void 0 : s.platform, timestamp });
  if (s.trustedComment && s.version && !/version:/.test(s.trustedComment)) {
    log(`warning: the trusted-comment has no "version:" field, so verifiers cannot bind signatures to version ${s.version}.`);
  }
  return { s, log, format, algorithm, ext: format === "raw" ? ".sig" : ".minisig", key, pinned, timestamp, timestampSource: source, checksums: s.checksums ?? true };
}
async function resolveTimestamp(s, log = () => {
}) {
  const given = s.timestamp ?? s.now;
  if (given !== void 0) return { timestamp: given, source: "setting" };
  const t = await releaseTime({ env: s.env, cwd: s.cwd, rev: "HEAD" });
  if (t) return { timestamp: t.seconds, source: t.source };
  log("note: no SOURCE_DATE_EPOCH and no git commit here: the trusted comments take their timestamp from the clock, so a re-run signs differently.");
  return { timestamp: Math.floor(Date.now() / 1e3), source: "clock" };
}
async function planOutputs(p, cwd) {
  const { s, ext } = p;
  const files = await expandFiles(s.files, { cwd, inputName: "files", allowOutsideWorkspace: s.allowOutsideWorkspace, allowOption: "allow-outside-workspace", env: s.env });
  const outDir = s.outputDir ? resolve(cwd, s.outputDir) : void 0;
  if (outDir) await mkdir(outDir, { recursive: true });
  const sumsPath = p.checksums ? join(outDir ?? dirname(files[0]), "SHA256SUMS") : void 0;
  const set = new Set(files);
  const inputs = files.filter((f) => {
    const own = STAGED_NAME.test(f) || f === sumsPath || sumsPath !== void 0 && f === sumsPath + ext || f.endsWith(ext) && set.has(f.slice(0, -ext.length)) || outDir !== void 0 && f.endsWith(ext) && dirname(f) === outDir;
    if (own) p.log(`skipping ${f}: it is an output of this action (signature, checksum or temporary file)`);
    return !own;
  });
  if (inputs.length === 0) throw fieldError("files", "matched only signature or checksum files from an earlier run; nothing to sign.");
  const targets = /* @__PURE__ */ new Set();
  const plan = inputs.map((file) => {
    const name = basename(file);
    const target = join(outDir ?? dirname(file), name + ext);
    if (targets.has(target)) throw fieldError("files", `has two files that would write the same signature ${target}: give files with distinct names or drop {{output-dir}}.`);
    targets.add(target);
    return { file, name, target };
  });
  return { plan, sumsPath };
}
async function signAll(p, plan, stage, pool, unchanged) {
  const signed = /* @__PURE__ */ new Map();
  const one = async (x) => {
    const existing = await readSmall(x.target);
    const r = await signOne(p, x, existing, pool);
    signed.set(x.file, r);
    if (r.text === existing) {
      stage.keep(x.target);
      unchanged.push(x.target);
    } else {
      await writeFile(stage.temp(x.target), r.text, { flag: "wx" });
    }
  };
  if (pool) {
    const sizes = /* @__PURE__ */ new Map();
    for (const x of plan) sizes.set(x.file, Number((await fingerprint(x.file).catch(() => ({ size: 0n }))).size));
    const order = [...plan].sort((a, b) => sizes.get(b.file) - sizes.get(a.file));
    const outcomes = await Promise.allSettled(order.map(one));
    const failed = outcomes.find((o) => o.status === "rejected");
    if (failed) throw failed.reason;
  } else {
    for (const x of plan) await one(x);
  }
  return plan.map((x) => signed.get(x.file));
}
async function signOne(p, x, existing, pool) {
  const before = await fingerprint(x.file).catch((err) => {
    throw new RelforgeError(`Could not read ${x.file}: ${errorMessage(err)}`);
  });
  const fields = { version: p.s.version, file: x.name, platform: platformOf(x.name, p.s.platform), timestamp: p.timestamp };
  if (p.format === "raw" || p.algorithm === "Ed") {
    const data = await readBounded(x.file, p.format === "raw" ? "format: raw" : 'legacy "Ed" signatures');
    const sha256 = p.checksums ? createHash2("sha256").update(data).digest("hex") : null;
    if (p.format === "raw") return { ...x, text: signRaw(data, p.key) + "\n", sha256, size: data.length, before };
    const comment2 = reusableComment(p, existing, fields, { data });
    const text2 = signMessage(p.key.privateKey, p.key.keyId, data, { algorithm: "Ed", trustedComment: comment2, untrustedComment: p.s.untrustedComment });
    return { ...x, text: text2, sha256, size: data.length, before };
  }
  let d;
  try {
    d = pool ? await pool.hash(x.file, p.checksums) : await hashOnMainThread(x.file, p.checksums);
  } catch (err) {
    throw new RelforgeError(`Could not read ${x.file}: ${errorMessage(err)}`);
  }
  const digest = Buffer.from(d.blake2b512, "hex");
  const comment = reusableComment(p, existing, fields, { digest });
  const text = signPrehashed(p.key.privateKey, p.key.keyId, digest, { trustedComment: comment, untrustedComment: p.s.untrustedComment });
  return { ...x, text, sha256: d.sha256 ?? null, size: d.size, digest, before };
}
function reusableComment(p, existing, fields, message) {
  const fresh = renderComment(p.s.trustedComment, fields);
  if (existing === void 0) return fresh;
  try {
    const sig = parseSignature(existing);
    if (sig.algorithm !== p.algorithm) return fresh;
    verifySignature(sig, p.pinned, message);
    const ts = commentTimestamp(sig.trustedComment);
    if (ts === void 0 || ts === fields.timestamp) return fresh;
    const same = renderComment(p.s.trustedComment, { ...fields, timestamp: ts });
    return same === sig.trustedComment ? same : fresh;
  } catch {
    return fresh;
  }
}
async function writeChecksums(p, signed, sumsPath, stage, unchanged) {
  const sumsDir = dirname(sumsPath);
  const data = Buffer.from(formatChecksums(signed.map((x) => ({ name: relative(sumsDir, x.file).split(sep).join("/"), sha256: x.sha256 }))), "utf8");
  const sigPath = sumsPath + p.ext;
  const fields = { version: p.s.version, file: "SHA256SUMS", platform: p.s.platform === "none" ? void 0 : p.s.platform, timestamp: p.timestamp };
  const oldSig = await readSmall(sigPath);
  const sigText = p.format === "raw" ? signRaw(data, p.key) + "\n" : signMessage(p.key.privateKey, p.key.keyId, data, {
    algorithm: p.algorithm,
    trustedComment: reusableComment(p, oldSig, fields, { data }),
    untrustedComment: p.s.untrustedComment
  });
  const outputs = [
    [sumsPath, data, await readSmall(sumsPath, 64 * 1024 * 1024)],
    [sigPath, Buffer.from(sigText), oldSig]
  ];
  for (const [path, content, old] of outputs) {
    if (old !== void 0 && Buffer.from(old).equals(content)) {
      stage.keep(path);
      unchanged.push(path);
    } else {
      await writeFile(stage.temp(path), content, { flag: "wx" });
    }
  }
  return { path: sumsPath, sigPath, data, sigText };
}
async function verifyWritten(p, w, stage) {
  const read = (target) => readFile2(stage.current(target), "utf8");
  for (const x of w.signed) {
    const text = await read(x.target);
    const after = await fingerprint(x.file);
    if (!sameFingerprint(x.before, after) || Number(after.size) !== x.size) {
      throw new RelforgeError(`${x.file} changed while it was being signed (size, mtime or inode differ): nothing was published; re-run the step.`);
    }
    try {
      if (p.format === "raw") await verifyRawFile(x.file, text.trim(), p.pinned.publicKey);
      else if (p.s.reread || p.algorithm === "Ed") await verifyFile(x.file, text, p.pinned);
      else verifySignature(parseSignature(text), p.pinned, { digest: x.digest });
    } catch (err) {
      throw new RelforgeError(`Verify-after-sign failed for ${x.file}: ${errorMessage(err)} Nothing was published.`, { cause: err });
    }
  }
  if (!w.sums) return;
  const onDisk = Buffer.from(await read(w.sums.path));
  const sigText = await read(w.sums.sigPath);
  try {
    if (!onDisk.equals(w.sums.data)) throw new RelforgeError("the file on disk differs from what was written.");
    if (p.format === "raw") await verifyRawFile(stage.current(w.sums.path), sigText.trim(), p.pinned.publicKey);
    else verifyBuffer(onDisk, sigText, p.pinned);
  } catch (err) {
    throw new RelforgeError(`Verify-after-sign failed for SHA256SUMS: ${errorMessage(err)}`, { cause: err });
  }
}
async function readSmall(path, max = 64 * 1024) {
  try {
    const s = await stat2(path);
    if (!s.isFile() || s.size > max) return void 0;
    return await readFile2(path, "utf8");
  } catch {
    return void 0;
  }
}
function platformOf(name, setting) {
  if (setting === "none") return void 0;
  if (setting) return setting;
  try {
    return formatPlatform(inferPlatform(name));
  } catch {
    return void 0;
  }
}
function renderComment(template, fields) {
  try {
    return sanitizeComment(renderTrustedComment(template, fields), "trusted");
  } catch (err) {
    throw new RelforgeError(errorMessage(err), { cause: err });
  }
}
async function fingerprint(path) {
  const s = await stat2(path, { bigint: true });
  if (!s.isFile()) throw new RelforgeError(`${path} is not a regular file.`);
  return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs };
}
var sameFingerprint = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

export {
  signBuffer,
  signFiles
};
