/**
 * `signTrusted`: Authenticode-sign files with Azure Trusted Signing through jsign, fail-closed.
 *
 *   validate → token (+ preflight of account/profile) → jsign + Java → copy files to a temp dir →
 *   jsign once for all copies (re-run with retry() on a transient service error) → staged write
 *   (../staged-write.ts): signed copies next to the originals → verify each one independently (pinned root,
 *   subject, EKU, timestamp) → rename them into place, or roll back.
 *
 * Until the final renames nothing outside the temp dir and the staged files is written; any failure leaves
 * the originals byte-for-byte untouched (docs/architecture.md, invariant 2).
 */
import { X509Certificate } from 'node:crypto';
import { closeSync, copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { Problems, RelforgeError, errorMessage, fieldError } from '../../platform/errors.js';
import { READ_CHUNK, expandFiles, sha256File } from '../../platform/fs.js';
import { retry } from '../../platform/retry.js';
import type { RuntimeInfo } from '../../platform/runtime.js';
import { redact } from '../../platform/secrets.js';
import { urlInputProblem } from '../../platform/url.js';
import { getAccessToken, normalizeEndpoint, preflight, validateAccountProfile, type TokenMethod, type TokenSettings } from './trusted-signing-service.js';
import { JsignError, acquireJsign, findJava, runJsign, type DigestName, type JsignResult } from './jsign.js';
import { MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM } from './microsoft-root.js';
import { PIN_FIELDS, checkAuthenticodePins, verifyAuthenticodeFile } from './verify.js';
import { stagedWrite } from '../staged-write.js';
import { DEFAULT_TIMESTAMP_URL } from './options.js';
import { signTrustedSchema } from './options.js';

export { DEFAULT_TIMESTAMP_URL };

export const DIGESTS: readonly DigestName[] = ['SHA256', 'SHA384', 'SHA512'];
const SERVICE_EKU = '1.3.6.1.4.1.311.97.1.0';
const JSIGN_ATTEMPTS = 2;
const RETRY_PAUSE_MS = 5_000;

type Env = Record<string, string | undefined>;

export interface SignTrustedSettings {
  /** Glob patterns (relative to cwd). */
  files: string[];
  /**
   * One file, taken literally (no globbing): the per-file mode of a bundler's sign command (Tauri's
   * `bundle.windows.signCommand`: `relforge sign-trusted … --file %1`). Instead of `files`.
   */
  file?: string;
  /** Set by a rehearsal (rehearsal.ts): the notice that the emulators and their test root were used; logged and returned. */
  rehearsal?: string;
  cwd?: string;
  endpoint: string;
  account: string;
  profile: string;
  auth: TokenSettings;
  timestampUrl?: string;
  digest?: string;
  description?: string;
  descriptionUrl?: string;
  /** Identity pins: every attribute of `expectedSubject` (e.g. "CN=Contoso Ltd, O=Contoso Ltd") must be in the leaf subject. */
  expectedSubject?: string;
  /** Identity EKU OIDs the leaf must carry (1.3.6.1.4.1.311.97.…). Default: the profile's identity EKU reported by the service. */
  expectedEku?: string[];
  /** PEM text or a path to a PEM file; default: Microsoft Identity Verification Root CA 2020 (shipped). */
  trustedRoot?: string;
  /** PEM text or path for the timestamp authority's root; default: the trusted root. */
  tsaRoot?: string;
  jsignVersion?: string;
  jsignPath?: string;
  /** Outer limit for the jsign run (and the total of the service calls), in seconds; default 600. */
  timeoutSeconds?: number;
  /** Accept files whose real path is outside the workspace (cwd, GITHUB_WORKSPACE, RUNNER_TEMP). Default false. */
  allowOutsideWorkspace?: boolean;
  runtime: RuntimeInfo;
  env?: Env;
  log?: (m: string) => void;
  /** Called with every secret obtained at run time (access token, OIDC ID token) so the entry can mask it. */
  onSecret?: (secret: string) => void;
}

export interface SignedFile {
  file: string;
  sha256Before: string;
  sha256After: string;
  signerSubject: string;
  leafSha256: string;
  timestamp: string | null;
  digestAlgorithm: string;
  kind: string;
}

export interface SignTrustedResult {
  signed: SignedFile[];
  signerSubject: string;
  tokenMethod: TokenMethod;
  jsign: { version: string; source: string; durationMs: number };
  identityEkus: string[];
  durationMs: number;
  /** The rehearsal notice (src/signing/authenticode/rehearsal.ts), when this was one. */
  rehearsal?: string;
}

const OID_RE = /^[0-2](\.(0|[1-9]\d*))+$/;

function readPem(value: string, field: string, problems: Problems, cwd: string): string | undefined {
  const v = value.trim();
  let text = v;
  if (!v.includes('-----BEGIN')) {
    const p = resolve(cwd, v);
    if (!existsSync(p)) {
      problems.add(field, `must be PEM text or the path of a PEM file; "${v}" does not exist.`);
      return undefined;
    }
    text = readFileSync(p, 'utf8');
  }
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    problems.add(field, 'holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks).');
    return undefined;
  }
  for (const b of blocks) {
    try {
      new X509Certificate(b);
    } catch (err) {
      problems.add(field, `has a certificate that does not parse: ${errorMessage(err)}.`);
      return undefined;
    }
  }
  return blocks.join('\n') + '\n';
}

/** PE ("MZ") or MSI (OLE compound file); other types cannot be verified independently, so they are refused. */
export function fileKind(path: string): 'pe' | 'msi' | undefined {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(8);
    const n = readSync(fd, b, 0, 8, 0);
    if (n >= 2 && b[0] === 0x4d && b[1] === 0x5a) return 'pe';
    if (n === 8 && b.equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) return 'msi';
    return undefined;
  } finally {
    closeSync(fd);
  }
}

interface ValidSettings {
  endpoint: string;
  digest: DigestName;
  timestampUrl: string;
  roots: string;
  tsaRoots: string;
  expectedEku: string[];
  expectedSubject?: string;
  timeoutMs: number;
}

/** Checks every setting at once; the problems are reported by field (SettingsError). */
export function validateSettings(s: SignTrustedSettings): ValidSettings {
  const problems = new Problems();
  const cwd = resolve(s.cwd ?? process.cwd());
  let endpoint = '';
  try {
    endpoint = normalizeEndpoint(s.endpoint);
  } catch (err) {
    problems.include(err);
  }
  for (const [field, message] of validateAccountProfile(s.account, s.profile)) problems.add(field, message);
  const digest = (s.digest || signTrustedSchema.options.digest.default).toUpperCase().replace('-', '') as DigestName;
  if (!DIGESTS.includes(digest)) problems.add('digest', `must be SHA256, SHA384 or SHA512, got "${s.digest}".`);
  const timestampUrl = (s.timestampUrl || DEFAULT_TIMESTAMP_URL).trim();
  // The default TSA is plain http (Microsoft's); a timestamp request carries no secret.
  const tsaProblem = urlInputProblem(timestampUrl.replace(/^http:\/\//i, 'https://'));
  if (tsaProblem) problems.add('timestamp-url', `${tsaProblem.replace(/\.$/, '')} (an RFC 3161 timestamp server).`);
  const roots = s.trustedRoot?.trim() ? readPem(s.trustedRoot, 'trusted-root', problems, cwd) : MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM;
  const tsaRoots = s.tsaRoot?.trim() ? readPem(s.tsaRoot, 'tsa-root', problems, cwd) : roots;
  const expectedEku = (s.expectedEku ?? []).map((e) => e.trim()).filter(Boolean);
  for (const e of expectedEku) if (!OID_RE.test(e)) problems.add('expected-eku', `has "${e}", which is not an OID (e.g. 1.3.6.1.4.1.311.97.123456789.1.2.3).`);
  const expectedSubject = s.expectedSubject?.trim() || undefined;
  if (expectedSubject && !/^\s*[A-Za-z0-9.]+\s*=/.test(expectedSubject)) problems.add('expected-subject', `must be attribute=value pairs like "CN=Contoso Ltd, O=Contoso Ltd", got "${expectedSubject}".`);
  const secs = s.timeoutSeconds ?? 600;
  if (!Number.isFinite(secs) || secs < 5 || secs > 6 * 3600) problems.add('timeout-seconds', `must be a number of seconds between 5 and 21600, got "${s.timeoutSeconds}".`);
  if (s.auth.authorityHost) {
    const p = urlInputProblem(s.auth.authorityHost);
    if (p) problems.add('authority-host', p);
  }
  if (roots && tsaRoots && problems.count === 0) {
    try {
      checkAuthenticodePins({ roots, tsaRoots, subject: expectedSubject, ekus: expectedEku }, PIN_FIELDS);
    } catch (err) {
      problems.include(err);
    }
  }
  problems.throwIfAny();
  return { endpoint, digest, timestampUrl, roots: roots!, tsaRoots: tsaRoots!, expectedEku, expectedSubject, timeoutMs: secs * 1000 };
}

/** Copies src to dst while hashing it (one read). */
async function copyHashed(src: string, dst: string, mode?: number): Promise<string> {
  const h = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      h.update(chunk);
      cb(null, chunk);
    },
  });
  await pipeline(createReadStream(src, { highWaterMark: READ_CHUNK }), tap, createWriteStream(dst, { flags: 'wx', ...(mode !== undefined ? { mode } : {}) }));
  return h.digest('hex');
}

interface Copy {
  original: string;
  copy: string;
  before: string;
  mode: number;
}

/** Everything the signing run needs once the service has accepted the credentials. */
interface Authorized {
  token: { token: string; method: TokenMethod };
  identityEkus: string[];
}

export async function signTrusted(s: SignTrustedSettings): Promise<SignTrustedResult> {
  const started = Date.now();
  const log = s.log ?? (() => {});
  const env = s.env ?? process.env;
  const cwd = resolve(s.cwd ?? process.cwd());
  const v = validateSettings(s);
  if (s.rehearsal) log(s.rehearsal);
  const field = s.file !== undefined ? 'file' : 'files';
  if (s.file !== undefined && s.files.length) throw fieldError('file', 'and {{files}} cannot both be set: --file signs one file (a bundler\'s sign command, e.g. Tauri\'s signCommand "… --file %1"), files takes globs.');
  const files = await expandFiles(s.file !== undefined ? [s.file] : s.files, {
    cwd,
    inputName: field,
    allowOutsideWorkspace: s.allowOutsideWorkspace,
    allowOption: 'allow-outside-workspace',
    env,
    literal: s.file !== undefined,
  });
  const rel = (p: string) => relative(cwd, p) || basename(p);
  const unsupported = files.filter((f) => !fileKind(f));
  if (unsupported.length) {
    throw fieldError(
      field,
      `has ${unsupported.map(rel).join(', ')}, neither a PE file (.exe/.dll/.sys/.efi) nor an MSI; relforge signs only what it can verify independently afterwards.`,
    );
  }
  // 1. Credentials first: nothing is touched before the service has accepted us.
  const deadline = Date.now() + v.timeoutMs;
  const auth = await authorize(s, v, env, deadline, log);
  // 2. Tools.
  const java = findJava(env);
  const jsign = await acquireJsign({ version: s.jsignVersion, jsignPath: s.jsignPath, env, log });
  log(`Using jsign ${jsign.version} (${jsign.source}): ${jsign.jar}`);
  // 3. Sign copies, then stage, verify and commit them.
  const work = mkdtempSync(join(tmpdir(), 'relforge-sign-trusted-'));
  try {
    const copies: Copy[] = [];
    for (const [i, f] of files.entries()) {
      const dir = join(work, String(i));
      mkdirSync(dir);
      const copy = join(dir, basename(f));
      copies.push({ original: f, copy, before: await copyHashed(f, copy), mode: statSync(f).mode & 0o7777 });
    }
    const run = await signCopies(s, v, { java, jar: jsign.jar, token: auth.token.token, copies, deadline, env, log, rel });
    const signed = await commitSigned(v, auth.identityEkus, copies, rel, log);
    log(`Signed and verified ${signed.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s (jsign ${(run.durationMs / 1000).toFixed(1)} s).`);
    return {
      signed,
      signerSubject: [...new Set(signed.map((x) => x.signerSubject))].join('; '),
      tokenMethod: auth.token.method,
      jsign: { version: jsign.version, source: jsign.source, durationMs: run.durationMs },
      identityEkus: auth.identityEkus,
      durationMs: Date.now() - started,
      ...(s.rehearsal ? { rehearsal: s.rehearsal } : {}),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Token + preflight; the identity EKU pin (given, or the one the service reports for the profile). */
async function authorize(s: SignTrustedSettings, v: ValidSettings, env: Env, deadline: number, log: (m: string) => void): Promise<Authorized> {
  const left = () => Math.max(5_000, deadline - Date.now());
  const token = await getAccessToken({ ...s.auth, onSecret: s.onSecret, deadlineMs: Math.min(120_000, left()) }, s.runtime, env);
  s.onSecret?.(token.token);
  log(`Obtained an Entra ID access token (${token.method}).`);
  const pre = await preflight({ endpoint: v.endpoint, account: s.account, profile: s.profile, token: token.token, deadlineMs: Math.min(120_000, left()) });
  const serviceIdentityEkus = pre.ekus.filter((e) => e.startsWith('1.3.6.1.4.1.311.97.') && e !== SERVICE_EKU);
  let identityEkus = v.expectedEku;
  if (identityEkus.length === 0) {
    if (serviceIdentityEkus.length === 1) {
      identityEkus = serviceIdentityEkus;
      log(`Pinning the identity EKU the service reports for this profile: ${identityEkus[0]} (set "expected-eku" to pin it yourself).`);
    } else {
      log(`No "expected-eku" pin and the service reported ${serviceIdentityEkus.length} identity EKUs: only the root${v.expectedSubject ? ' and subject' : ''} pins apply. Set "expected-eku" for a stronger guarantee.`);
    }
  } else {
    for (const e of identityEkus) {
      if (pre.ekus.length && !pre.ekus.includes(e)) {
        throw fieldError('expected-eku', `has ${e}, which is not among the EKUs of profile "${s.profile}" (${pre.ekus.join(', ') || 'none'}); a signature could never match this pin. Check {{profile}} and {{expected-eku}}.`);
      }
    }
  }
  log(`Preflight OK: account "${s.account}", profile "${s.profile}" at ${v.endpoint}.`);
  return { token, identityEkus };
}

/** jsign once for all copies; jsign 7.5 never retries, so a 429/5xx re-runs it (with retry()) on fresh copies. */
async function signCopies(
  s: SignTrustedSettings,
  v: ValidSettings,
  c: { java: string; jar: string; token: string; copies: Copy[]; deadline: number; env: Env; log: (m: string) => void; rel: (p: string) => string },
): Promise<JsignResult> {
  const named = (text: string) => c.copies.reduce((t, x) => t.split(x.copy).join(c.rel(x.original)), text);
  return retry<JsignResult>(
    async (attempt) => {
      const remaining = c.deadline - Date.now();
      if (remaining < 5_000) throw fieldError('timeout-seconds', `(${v.timeoutMs / 1000}) was used up before jsign could ${attempt > 1 ? 'be retried' : 'start'}; raise it. Originals are untouched.`);
      if (attempt > 1) for (const x of c.copies) copyFileSync(x.original, x.copy);
      c.log(`Signing ${c.copies.length} file(s) with jsign in one run${attempt > 1 ? ` (attempt ${attempt})` : ''}…`);
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
          connectTimeoutMs: Math.min(30_000, remaining),
          readTimeoutMs: Math.min(60_000, remaining),
          env: c.env,
          onOutput: (l) => c.log(`jsign: ${named(l)}`),
        });
        return { done: run };
      } catch (err) {
        const msg = named(errorMessage(err));
        if (!(err instanceof JsignError && err.transient)) throw new RelforgeError(`${msg}${attempt > 1 ? ` (after ${attempt} attempts)` : ''} Originals are untouched.`, { cause: err });
        return {
          retry: msg,
          exhausted: () => {
            throw new RelforgeError(`${msg}${attempt > 1 ? ` (after ${attempt} attempts)` : ''} Originals are untouched.`, { cause: err });
          },
        };
      }
    },
    {
      attempts: JSIGN_ATTEMPTS,
      baseDelayMs: RETRY_PAUSE_MS,
      // A retry must leave jsign at least 10 s before the deadline.
      deadlineMs: Math.max(0, c.deadline - Date.now() - 10_000),
      onRetry: ({ delayMs, reason }) => c.log(`${reason} Retrying in ${delayMs / 1000} s.`),
    },
  );
}

/**
 * Staged write: each signed copy goes next to its original (same mode), is verified there independently, and the
 * originals (still what was signed) are replaced only when every file passed; otherwise nothing is replaced.
 */
async function commitSigned(v: ValidSettings, identityEkus: string[], copies: Copy[], rel: (p: string) => string, log: (m: string) => void): Promise<SignedFile[]> {
  const modes = new Map(copies.map((c) => [c.original, c.mode]));
  return stagedWrite<SignedFile[]>(
    {
      write: async (stage) => {
        const signed: SignedFile[] = [];
        for (const c of copies) {
          const after = await copyHashed(c.copy, stage.temp(c.original), c.mode);
          if (after === c.before) throw new RelforgeError(`${rel(c.original)}: jsign exited 0 but did not change the file (not signed). Originals are untouched; nothing was published.`);
          signed.push({ file: rel(c.original), sha256Before: c.before, sha256After: after, signerSubject: '', leafSha256: '', timestamp: null, digestAlgorithm: '', kind: '' });
        }
        return signed;
      },
      verify: async (signed, stage) => {
        for (const [i, c] of copies.entries()) {
          const staged = stage.current(c.original);
          let r;
          try {
            if ((await sha256File(staged)) !== signed[i]!.sha256After) throw new RelforgeError('the staged copy changed after it was written.');
            r = await verifyAuthenticodeFile(staged, { roots: v.roots, tsaRoots: v.tsaRoots, subject: v.expectedSubject, ekus: identityEkus.length ? identityEkus : undefined });
          } catch (err) {
            const msg = redact(errorMessage(err)).split(staged).join(rel(c.original));
            throw new RelforgeError(`${rel(c.original)}: the signed copy failed independent verification, so nothing was replaced (originals are untouched): ${msg}`, { cause: err });
          }
          Object.assign(signed[i]!, { signerSubject: r.signerSubject, leafSha256: r.leafSha256, timestamp: r.timestamp ? r.timestamp.toISOString() : null, digestAlgorithm: r.digestAlgorithm, kind: r.kind });
        }
        // The originals must still be what was signed.
        for (const c of copies) {
          if ((await sha256File(c.original)) !== c.before) throw new RelforgeError(`${rel(c.original)} changed while it was being signed; nothing was replaced. Re-run the step.`);
        }
      },
      mode: (target) => modes.get(target),
    },
    { log },
  );
}
