import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM
} from "./chunk-MJGNXGK4.js";
import {
  PIN_FIELDS,
  checkAuthenticodePins,
  verifyAuthenticodeFile
} from "./chunk-C6QHKXF4.js";
import {
  CODESIGNING_SCOPE,
  SIGNER_ROLE_HINT,
  getAccessToken,
  normalizeEndpoint,
  preflight,
  validateAccountProfile
} from "./chunk-KQ3NOQ3P.js";
import {
  DEFAULT_JSIGN_VERSION,
  DEFAULT_TIMESTAMP_URL,
  signTrustedSchema
} from "./chunk-LHUTWNNG.js";
import {
  assertSecureUrl,
  describeFailure,
  request
} from "./chunk-YF5KYWNU.js";
import {
  urlInputProblem
} from "./chunk-QMOW4FBF.js";
import {
  retry
} from "./chunk-UTAM4NQJ.js";
import {
  stagedWrite
} from "./chunk-RPQXM2BZ.js";
import {
  READ_CHUNK,
  expandFiles,
  sha256File
} from "./chunk-Y7UKLQWK.js";
import {
  excerpt,
  redact
} from "./chunk-A3HMJ4J5.js";
import {
  Problems,
  RelforgeError,
  errorMessage,
  fieldError
} from "./chunk-ZSVB6QKT.js";

// src/signing/authenticode/sign-trusted.ts
import { X509Certificate } from "node:crypto";
import { closeSync, copyFileSync as copyFileSync2, createReadStream, createWriteStream as createWriteStream2, existsSync as existsSync2, mkdirSync as mkdirSync2, mkdtempSync as mkdtempSync2, openSync, readFileSync, readSync, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import { createHash as createHash2 } from "node:crypto";
import { tmpdir as tmpdir2 } from "node:os";
import { basename, join as join2, relative, resolve } from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
import { Transform as Transform2 } from "node:stream";

// src/signing/authenticode/jsign.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var JSIGN_PINS = {
  // Maven Central jsign-7.5.jar (its published .sha1 f71ce8b6df19371c5cbf084223f142f9f678a7bb matches this file).
  "7.5": "602a51c3545a6dc4fb99bd2ea7152b26d1345916d0c93ddfbd5936cb735af91c"
};
var MAVEN_CENTRAL = "https://repo1.maven.org/maven2";
var MAVEN_BASE_ENV = "RELFORGE_MAVEN_BASE";
var TOKEN_ENV = "RELFORGE_TRUSTED_SIGNING_TOKEN";
function parseJsignVersion(spec) {
  const s = (spec ?? "").trim() || DEFAULT_JSIGN_VERSION;
  const m = /^(\d+(?:\.\d+){0,3})(?:@(?:sha256:)?([0-9a-fA-F]{64}))?$/.exec(s);
  if (!m) throw fieldError("jsign-version", `must be a version like ${DEFAULT_JSIGN_VERSION}, or VERSION@SHA256 for a version relforge has no pin for; got "${excerpt(s, 100)}".`);
  const version = m[1];
  const sha256 = (m[2] ?? JSIGN_PINS[version])?.toLowerCase();
  if (!sha256) throw fieldError("jsign-version", `names jsign ${version}, for which relforge has no SHA-256 pin (known: ${Object.keys(JSIGN_PINS).join(", ")}): give ${version}@<sha256 of jsign-${version}.jar> or use {{jsign-path}}.`);
  return { version, sha256 };
}
function jsignCacheDir(version, env = process.env) {
  const base = env.RUNNER_TOOL_CACHE || join(homedir(), ".cache", "relforge", "tool-cache");
  const cacheVersion = [...version.split("."), "0", "0"].slice(0, Math.max(3, version.split(".").length)).join(".");
  return join(base, "jsign", cacheVersion, process.arch);
}
async function download(url, file) {
  let digest = "";
  const res = await request({
    method: "GET",
    url,
    followRedirects: 5,
    timeoutMs: 6e4,
    // Called once per attempt with a fresh body: a retried download starts the file and the hash over.
    consume: async (body) => {
      const hash = createHash("sha256");
      const tap = new Transform({
        transform(chunk, _enc, done) {
          hash.update(chunk);
          done(null, chunk);
        }
      });
      await pipeline(body, tap, createWriteStream(file));
      digest = hash.digest("hex");
    }
  });
  if (res.status < 200 || res.status >= 300) throw new RelforgeError(describeFailure(res, `GET ${url}`));
  return digest;
}
async function acquireJsign(opts) {
  const env = opts.env ?? process.env;
  if (opts.jsignPath) {
    const p = opts.jsignPath;
    if (!existsSync(p) || !statSync(p).isFile()) throw fieldError("jsign-path", `names "${p}", which is not a file; give the path of a jsign jar (e.g. jsign-${DEFAULT_JSIGN_VERSION}.jar) or leave it empty to download the pinned jsign.`);
    return { jar: p, version: "custom", source: "path" };
  }
  const { version, sha256 } = parseJsignVersion(opts.version);
  const cacheDir = jsignCacheDir(version, env);
  const jar = join(cacheDir, `jsign-${version}.jar`);
  if (existsSync(jar)) {
    if (await sha256File(jar) === sha256) return { jar, version, source: "cache" };
    opts.log?.(`Cached jsign ${version} does not match its SHA-256 pin; downloading it again.`);
  }
  const base = (env[MAVEN_BASE_ENV] || MAVEN_CENTRAL).replace(/\/+$/, "");
  assertSecureUrl(base, MAVEN_BASE_ENV);
  const url = `${base}/net/jsign/jsign/${version}/jsign-${version}.jar`;
  opts.log?.(`Downloading jsign ${version} from ${url}`);
  const tmp = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), "relforge-jsign-"));
  try {
    const downloaded = join(tmp, `jsign-${version}.jar`);
    let actual;
    try {
      actual = await download(url, downloaded);
    } catch (err) {
      throw new RelforgeError(`Could not download jsign ${version} from ${url}: ${excerpt(errorMessage(err))}. Check the runner's access to Maven Central, or provide the jar with "jsign-path".`, { cause: err });
    }
    if (actual !== sha256) {
      throw new RelforgeError(`SHA-256 mismatch for jsign-${version}.jar downloaded from ${url}: expected ${sha256}, got ${actual}. The download was discarded; nothing was signed. If you pinned the version yourself, check the hash in "jsign-version".`);
    }
    mkdirSync(cacheDir, { recursive: true });
    const part = `${jar}.${process.pid}.part`;
    copyFileSync(downloaded, part);
    renameSync(part, jar);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { jar, version, source: "download" };
}
function findJava(env = process.env) {
  const candidates = [];
  if (env.JAVA_HOME) candidates.push(join(env.JAVA_HOME, "bin", process.platform === "win32" ? "java.exe" : "java"));
  for (const dir of (env.PATH ?? "").split(delimiter)) if (dir) candidates.push(join(dir, process.platform === "win32" ? "java.exe" : "java"));
  for (const c of candidates) if (existsSync(c)) return c;
  throw new RelforgeError(
    'Java was not found (no $JAVA_HOME/bin/java and no "java" on PATH); jsign needs Java 8 or newer. Add a step before this one: "uses: actions/setup-java@v4" with "distribution: temurin" and "java-version: 21" (on Gitea/Forgejo use a runner image with a JRE, or install default-jre-headless).'
  );
}
var JsignError = class extends RelforgeError {
  constructor(message, transient) {
    super(message);
    this.transient = transient;
    this.name = "JsignError";
  }
  transient;
};
function isTransientJsignFailure(output) {
  return /HTTP Error (?:429|50\d)\b|\b(?:429|50\d) - |InternalServerError|ServiceUnavailable|TooManyRequests|BadGateway|GatewayTimeout/.test(output);
}
function jsignArgs(r) {
  const connect = r.connectTimeoutMs ?? 3e4;
  const read = r.readTimeoutMs ?? 6e4;
  const args = [
    `-Dsun.net.client.defaultConnectTimeout=${connect}`,
    `-Dsun.net.client.defaultReadTimeout=${read}`,
    "-Djava.awt.headless=true",
    "-jar",
    r.jar,
    "--storetype",
    "TRUSTEDSIGNING",
    "--keystore",
    r.endpoint,
    "--storepass",
    `env:${TOKEN_ENV}`,
    "--alias",
    `${r.account}/${r.profile}`,
    "--tsaurl",
    r.tsaUrl,
    "--tsmode",
    "RFC3161",
    "--replace",
    "-d",
    r.digest.replace(/^SHA/, "SHA-")
  ];
  if (r.description) args.push("-n", r.description);
  if (r.descriptionUrl) args.push("-u", r.descriptionUrl);
  args.push(...r.files);
  return args;
}
function explainJsignFailure(output) {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const errLines = lines.filter((l) => /^jsign:|Exception|Error|failed|timed out/i.test(l) && !/^\s*at /.test(l));
  const detail = excerpt((errLines.length ? errLines : lines.slice(-3)).slice(0, 4).join(" | "), 600);
  const hints = [];
  const http = (codes) => new RegExp(`HTTP Error (?:${codes})\\b|\\b(?:${codes}) - |(?:^|[\\s(])(?:${codes})(?=[\\s:,.)]|$)`, "m");
  if (http("403").test(output) || /Forbidden/.test(output)) hints.push(`HTTP 403: ${SIGNER_ROLE_HINT}; and "endpoint" must be the signing account's region`);
  if (http("401").test(output) || /Unauthorized/.test(output)) hints.push(`HTTP 401: the token must be for the scope ${CODESIGNING_SCOPE}; jsign ${DEFAULT_JSIGN_VERSION} speaks api-version 2022-06-15-preview, which some accounts reject with 401 (ebourg/jsign#350)`);
  if (http("404").test(output) || /\bNotFound\b/.test(output)) hints.push('HTTP 404: check "account" and "profile"');
  if (http("429").test(output) || /TooManyRequests/.test(output)) hints.push("HTTP 429: the service is throttling; re-run the step later");
  if (http("50\\d").test(output) || /InternalServerError|ServiceUnavailable|BadGateway|GatewayTimeout/.test(output)) hints.push("the service answered with a server error; re-run the step later");
  if (/private key doesn't match the certificate/.test(output)) hints.push("the service's signature does not match the certificate it returned (key or certificate rotated mid-run, or a service fault); re-run the step");
  if (/timed out|SocketTimeout|Read timed out/i.test(output)) hints.push('a service call timed out; raise "timeout-seconds" or re-run');
  if (/timestamp/i.test(output) && !/\b40[13]\b/.test(output)) hints.push('timestamping failed: check "timestamp-url"');
  return redact(`${detail || "no error output"}${hints.length ? ` (${hints.join("; ")})` : ""}`);
}
function runJsign(r) {
  const args = jsignArgs(r);
  const started = Date.now();
  return new Promise((resolve2, reject) => {
    const child = spawn(r.java, args, {
      env: { ...r.env ?? process.env, [TOKEN_ENV]: r.token },
      stdio: ["ignore", "pipe", "pipe"]
    });
    let output = "";
    let pending = "";
    let killed = false;
    const onData = (d) => {
      const text = d.toString("utf8");
      output += text;
      if (output.length > 1e6) output = output.slice(-5e5);
      pending += text;
      const parts = pending.split(/\r?\n/);
      pending = parts.pop() ?? "";
      for (const line of parts) if (line.trim()) r.onOutput?.(redact(line));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, r.timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(new RelforgeError(`Could not start Java (${r.java}): ${redact(err.message)}. Install a JRE (actions/setup-java) or set JAVA_HOME.`, { cause: err }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (pending.trim()) r.onOutput?.(redact(pending));
      const durationMs = Date.now() - started;
      if (killed) {
        reject(
          new RelforgeError(
            `jsign did not finish within ${Math.round(r.timeoutMs / 1e3)} s and was stopped. The signing service or the timestamp server stalled (last output: ${explainJsignFailure(output)}). Re-run the step, or raise "timeout-seconds".`
          )
        );
        return;
      }
      if (code !== 0) {
        reject(new JsignError(`jsign failed (exit ${code ?? signal}): ${explainJsignFailure(output)}`, isTransientJsignFailure(output)));
        return;
      }
      resolve2({ output: redact(output), durationMs });
    });
  });
}

// src/signing/authenticode/sign-trusted.ts
var DIGESTS = ["SHA256", "SHA384", "SHA512"];
var SERVICE_EKU = "1.3.6.1.4.1.311.97.1.0";
var JSIGN_ATTEMPTS = 2;
var RETRY_PAUSE_MS = 5e3;
var OID_RE = /^[0-2](\.(0|[1-9]\d*))+$/;
function readPem(value, field, problems, cwd) {
  const v = value.trim();
  let text = v;
  if (!v.includes("-----BEGIN")) {
    const p = resolve(cwd, v);
    if (!existsSync2(p)) {
      problems.add(field, `must be PEM text or the path of a PEM file; "${v}" does not exist.`);
      return void 0;
    }
    text = readFileSync(p, "utf8");
  }
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    problems.add(field, "holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks).");
    return void 0;
  }
  for (const b of blocks) {
    try {
      new X509Certificate(b);
    } catch (err) {
      problems.add(field, `has a certificate that does not parse: ${errorMessage(err)}.`);
      return void 0;
    }
  }
  return blocks.join("\n") + "\n";
}
function fileKind(path) {
  const fd = openSync(path, "r");
  try {
    const b = Buffer.alloc(8);
    const n = readSync(fd, b, 0, 8, 0);
    if (n >= 2 && b[0] === 77 && b[1] === 90) return "pe";
    if (n === 8 && b.equals(Buffer.from("d0cf11e0a1b11ae1", "hex"))) return "msi";
    return void 0;
  } finally {
    closeSync(fd);
  }
}
function validateSettings(s) {
  const problems = new Problems();
  const cwd = resolve(s.cwd ?? process.cwd());
  let endpoint = "";
  try {
    endpoint = normalizeEndpoint(s.endpoint);
  } catch (err) {
    problems.include(err);
  }
  for (const [field, message] of validateAccountProfile(s.account, s.profile)) problems.add(field, message);
  const digest = (s.digest || signTrustedSchema.options.digest.default).toUpperCase().replace("-", "");
  if (!DIGESTS.includes(digest)) problems.add("digest", `must be SHA256, SHA384 or SHA512, got "${s.digest}".`);
  const timestampUrl = (s.timestampUrl || DEFAULT_TIMESTAMP_URL).trim();
  const tsaProblem = urlInputProblem(timestampUrl.replace(/^http:\/\//i, "https://"));
  if (tsaProblem) problems.add("timestamp-url", `${tsaProblem.replace(/\.$/, "")} (an RFC 3161 timestamp server).`);
  const roots = s.trustedRoot?.trim() ? readPem(s.trustedRoot, "trusted-root", problems, cwd) : MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM;
  const tsaRoots = s.tsaRoot?.trim() ? readPem(s.tsaRoot, "tsa-root", problems, cwd) : roots;
  const expectedEku = (s.expectedEku ?? []).map((e) => e.trim()).filter(Boolean);
  for (const e of expectedEku) if (!OID_RE.test(e)) problems.add("expected-eku", `has "${e}", which is not an OID (e.g. 1.3.6.1.4.1.311.97.123456789.1.2.3).`);
  const expectedSubject = s.expectedSubject?.trim() || void 0;
  if (expectedSubject && !/^\s*[A-Za-z0-9.]+\s*=/.test(expectedSubject)) problems.add("expected-subject", `must be attribute=value pairs like "CN=Contoso Ltd, O=Contoso Ltd", got "${expectedSubject}".`);
  const secs = s.timeoutSeconds ?? 600;
  if (!Number.isFinite(secs) || secs < 5 || secs > 6 * 3600) problems.add("timeout-seconds", `must be a number of seconds between 5 and 21600, got "${s.timeoutSeconds}".`);
  if (s.auth.authorityHost) {
    const p = urlInputProblem(s.auth.authorityHost);
    if (p) problems.add("authority-host", p);
  }
  if (roots && tsaRoots && problems.count === 0) {
    try {
      checkAuthenticodePins({ roots, tsaRoots, subject: expectedSubject, ekus: expectedEku }, PIN_FIELDS);
    } catch (err) {
      problems.include(err);
    }
  }
  problems.throwIfAny();
  return { endpoint, digest, timestampUrl, roots, tsaRoots, expectedEku, expectedSubject, timeoutMs: secs * 1e3 };
}
async function copyHashed(src, dst, mode) {
  const h = createHash2("sha256");
  const tap = new Transform2({
    transform(chunk, _enc, cb) {
      h.update(chunk);
      cb(null, chunk);
    }
  });
  await pipeline2(createReadStream(src, { highWaterMark: READ_CHUNK }), tap, createWriteStream2(dst, { flags: "wx", ...mode !== void 0 ? { mode } : {} }));
  return h.digest("hex");
}
async function signTrusted(s) {
  const started = Date.now();
  const log = s.log ?? (() => {
  });
  const env = s.env ?? process.env;
  const cwd = resolve(s.cwd ?? process.cwd());
  const v = validateSettings(s);
  if (s.rehearsal) log(s.rehearsal);
  const field = s.file !== void 0 ? "file" : "files";
  if (s.file !== void 0 && s.files.length) throw fieldError("file", `and {{files}} cannot both be set: --file signs one file (a bundler's sign command, e.g. Tauri's signCommand "… --file %1"), files takes globs.`);
  const files = await expandFiles(s.file !== void 0 ? [s.file] : s.files, {
    cwd,
    inputName: field,
    allowOutsideWorkspace: s.allowOutsideWorkspace,
    allowOption: "allow-outside-workspace",
    env,
    literal: s.file !== void 0
  });
  const rel = (p) => relative(cwd, p) || basename(p);
  const unsupported = files.filter((f) => !fileKind(f));
  if (unsupported.length) {
    throw fieldError(
      field,
      `has ${unsupported.map(rel).join(", ")}, neither a PE file (.exe/.dll/.sys/.efi) nor an MSI; relforge signs only what it can verify independently afterwards.`
    );
  }
  const deadline = Date.now() + v.timeoutMs;
  const auth = await authorize(s, v, env, deadline, log);
  const java = findJava(env);
  const jsign = await acquireJsign({ version: s.jsignVersion, jsignPath: s.jsignPath, env, log });
  log(`Using jsign ${jsign.version} (${jsign.source}): ${jsign.jar}`);
  const work = mkdtempSync2(join2(tmpdir2(), "relforge-sign-trusted-"));
  try {
    const copies = [];
    for (const [i, f] of files.entries()) {
      const dir = join2(work, String(i));
      mkdirSync2(dir);
      const copy = join2(dir, basename(f));
      copies.push({ original: f, copy, before: await copyHashed(f, copy), mode: statSync2(f).mode & 4095 });
    }
    const run = await signCopies(s, v, { java, jar: jsign.jar, token: auth.token.token, copies, deadline, env, log, rel });
    const signed = await commitSigned(v, auth.identityEkus, copies, rel, log);
    log(`Signed and verified ${signed.length} file(s) in ${((Date.now() - started) / 1e3).toFixed(1)} s (jsign ${(run.durationMs / 1e3).toFixed(1)} s).`);
    return {
      signed,
      signerSubject: [...new Set(signed.map((x) => x.signerSubject))].join("; "),
      tokenMethod: auth.token.method,
      jsign: { version: jsign.version, source: jsign.source, durationMs: run.durationMs },
      identityEkus: auth.identityEkus,
      durationMs: Date.now() - started,
      ...s.rehearsal ? { rehearsal: s.rehearsal } : {}
    };
  } finally {
    rmSync2(work, { recursive: true, force: true });
  }
}
async function authorize(s, v, env, deadline, log) {
  const left = () => Math.max(5e3, deadline - Date.now());
  const token = await getAccessToken({ ...s.auth, onSecret: s.onSecret, deadlineMs: Math.min(12e4, left()) }, s.runtime, env);
  s.onSecret?.(token.token);
  log(`Obtained an Entra ID access token (${token.method}).`);
  const pre = await preflight({ endpoint: v.endpoint, account: s.account, profile: s.profile, token: token.token, deadlineMs: Math.min(12e4, left()) });
  const serviceIdentityEkus = pre.ekus.filter((e) => e.startsWith("1.3.6.1.4.1.311.97.") && e !== SERVICE_EKU);
  let identityEkus = v.expectedEku;
  if (identityEkus.length === 0) {
    if (serviceIdentityEkus.length === 1) {
      identityEkus = serviceIdentityEkus;
      log(`Pinning the identity EKU the service reports for this profile: ${identityEkus[0]} (set "expected-eku" to pin it yourself).`);
    } else {
      log(`No "expected-eku" pin and the service reported ${serviceIdentityEkus.length} identity EKUs: only the root${v.expectedSubject ? " and subject" : ""} pins apply. Set "expected-eku" for a stronger guarantee.`);
    }
  } else {
    for (const e of identityEkus) {
      if (pre.ekus.length && !pre.ekus.includes(e)) {
        throw fieldError("expected-eku", `has ${e}, which is not among the EKUs of profile "${s.profile}" (${pre.ekus.join(", ") || "none"}); a signature could never match this pin. Check {{profile}} and {{expected-eku}}.`);
      }
    }
  }
  log(`Preflight OK: account "${s.account}", profile "${s.profile}" at ${v.endpoint}.`);
  return { token, identityEkus };
}
async function signCopies(s, v, c) {
  const named = (text) => c.copies.reduce((t, x) => t.split(x.copy).join(c.rel(x.original)), text);
  return retry(
    async (attempt) => {
      const remaining = c.deadline - Date.now();
      if (remaining < 5e3) throw fieldError("timeout-seconds", `(${v.timeoutMs / 1e3}) was used up before jsign could ${attempt > 1 ? "be retried" : "start"}; raise it. Originals are untouched.`);
      if (attempt > 1) for (const x of c.copies) copyFileSync2(x.original, x.copy);
      c.log(`Signing ${c.copies.length} file(s) with jsign in one run${attempt > 1 ? ` (attempt ${attempt})` : ""}…`);
      try {
        const run = await runJsign({
          java: c.java,
          jar: c.jar,
          endpoint: v.endpoint,
          account: s.account,
          profile: s.profile,
          token: c.token,
          tsaUrl: v.timestampUrl,
          digest: v.digest,
          description: s.description,
          descriptionUrl: s.descriptionUrl,
          files: c.copies.map((x) => x.copy),
          timeoutMs: remaining,
          connectTimeoutMs: Math.min(3e4, remaining),
          readTimeoutMs: Math.min(6e4, remaining),
          env: c.env,
          onOutput: (l) => c.log(`jsign: ${named(l)}`)
        });
        return { done: run };
      } catch (err) {
        const msg = named(errorMessage(err));
        if (!(err instanceof JsignError && err.transient)) throw new RelforgeError(`${msg}${attempt > 1 ? ` (after ${attempt} attempts)` : ""} Originals are untouched.`, { cause: err });
        return {
          retry: msg,
          exhausted: () => {
            throw new RelforgeError(`${msg}${attempt > 1 ? ` (after ${attempt} attempts)` : ""} Originals are untouched.`, { cause: err });
          }
        };
      }
    },
    {
      attempts: JSIGN_ATTEMPTS,
      baseDelayMs: RETRY_PAUSE_MS,
      // A retry must leave jsign at least 10 s before the deadline.
      deadlineMs: Math.max(0, c.deadline - Date.now() - 1e4),
      onRetry: ({ delayMs, reason }) => c.log(`${reason} Retrying in ${delayMs / 1e3} s.`)
    }
  );
}
async function commitSigned(v, identityEkus, copies, rel, log) {
  const modes = new Map(copies.map((c) => [c.original, c.mode]));
  return stagedWrite(
    {
      write: async (stage) => {
        const signed = [];
        for (const c of copies) {
          const after = await copyHashed(c.copy, stage.temp(c.original), c.mode);
          if (after === c.before) throw new RelforgeError(`${rel(c.original)}: jsign exited 0 but did not change the file (not signed). Originals are untouched; nothing was published.`);
          signed.push({ file: rel(c.original), sha256Before: c.before, sha256After: after, signerSubject: "", leafSha256: "", timestamp: null, digestAlgorithm: "", kind: "" });
        }
        return signed;
      },
      verify: async (signed, stage) => {
        for (const [i, c] of copies.entries()) {
          const staged = stage.current(c.original);
          let r;
          try {
            if (await sha256File(staged) !== signed[i].sha256After) throw new RelforgeError("the staged copy changed after it was written.");
            r = await verifyAuthenticodeFile(staged, { roots: v.roots, tsaRoots: v.tsaRoots, subject: v.expectedSubject, ekus: identityEkus.length ? identityEkus : void 0 });
          } catch (err) {
            const msg = redact(errorMessage(err)).split(staged).join(rel(c.original));
            throw new RelforgeError(`${rel(c.original)}: the signed copy failed independent verification, so nothing was replaced (originals are untouched): ${msg}`, { cause: err });
          }
          Object.assign(signed[i], { signerSubject: r.signerSubject, leafSha256: r.leafSha256, timestamp: r.timestamp ? r.timestamp.toISOString() : null, digestAlgorithm: r.digestAlgorithm, kind: r.kind });
        }
        for (const c of copies) {
          if (await sha256File(c.original) !== c.before) throw new RelforgeError(`${rel(c.original)} changed while it was being signed; nothing was replaced. Re-run the step.`);
        }
      },
      mode: (target) => modes.get(target)
    },
    { log }
  );
}

export {
  signTrusted
};
