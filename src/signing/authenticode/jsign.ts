/**
 * jsign adapter: acquire the pinned jsign jar (Maven Central through platform/http's request(), streamed to a
 * temp file and SHA-256 checked before use, cached under RUNNER_TOOL_CACHE; process.env is never changed), find Java, and run jsign once for all files against Azure Trusted Signing.
 * The access token goes to jsign through an environment variable (`--storepass env:VAR`), never argv.
 * jsign 7.5 has no HTTP timeouts: JVM connect/read timeouts are set and the process is killed after
 * an outer deadline (docs/reference/trusted-signing.md §7).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RelforgeError, errorMessage, fieldError } from '../../platform/errors.js';
import { assertSecureUrl, describeFailure, request } from '../../platform/http.js';
import { sha256File } from '../../platform/fs.js';
import { excerpt, redact } from '../../platform/secrets.js';
import { SIGNER_ROLE_HINT, CODESIGNING_SCOPE } from './trusted-signing-service.js';
import { DEFAULT_JSIGN_VERSION } from './options.js';

export { DEFAULT_JSIGN_VERSION };

/** jsign versions relforge knows, with the SHA-256 of `net.jsign:jsign:<v>` on Maven Central. */
export const JSIGN_PINS: Readonly<Record<string, string>> = {
  // Maven Central jsign-7.5.jar (its published .sha1 f71ce8b6df19371c5cbf084223f142f9f678a7bb matches this file).
  '7.5': '602a51c3545a6dc4fb99bd2ea7152b26d1345916d0c93ddfbd5936cb735af91c',
};
export const MAVEN_CENTRAL = 'https://repo1.maven.org/maven2';
/**
 * TEST ONLY: RELFORGE_MAVEN_BASE replaces the Maven Central base URL (a loopback emulator in tests).
 * The SHA-256 pin is still enforced, so it cannot be used to run an unpinned jar.
 */
export const MAVEN_BASE_ENV = 'RELFORGE_MAVEN_BASE';
export const TOKEN_ENV = 'RELFORGE_TRUSTED_SIGNING_TOKEN';

type Env = Record<string, string | undefined>;

export interface JsignVersion {
  version: string;
  sha256: string;
}

/** `7.5` (a pinned version) or `7.6@<sha256 hex>` (any other version with its pin). */
export function parseJsignVersion(spec: string | undefined): JsignVersion {
  const s = (spec ?? '').trim() || DEFAULT_JSIGN_VERSION;
  const m = /^(\d+(?:\.\d+){0,3})(?:@(?:sha256:)?([0-9a-fA-F]{64}))?$/.exec(s);
  if (!m) throw fieldError('jsign-version', `must be a version like ${DEFAULT_JSIGN_VERSION}, or VERSION@SHA256 for a version relforge has no pin for; got "${excerpt(s, 100)}".`);
  const version = m[1]!;
  const sha256 = (m[2] ?? JSIGN_PINS[version])?.toLowerCase();
  if (!sha256) throw fieldError('jsign-version', `names jsign ${version}, for which relforge has no SHA-256 pin (known: ${Object.keys(JSIGN_PINS).join(', ')}): give ${version}@<sha256 of jsign-${version}.jar> or use {{jsign-path}}.`);
  return { version, sha256 };
}

export interface AcquiredJsign {
  jar: string;
  version: string;
  source: 'path' | 'cache' | 'download';
}

/**
 * Where a jsign jar is cached: RUNNER_TOOL_CACHE (a runner's tool cache, the layout @actions/tool-cache used:
 * jsign/<x.y.z>/<arch>/), else a per-user cache for the CLI. A cached jar is hash-checked before every use.
 */
export function jsignCacheDir(version: string, env: Env = process.env): string {
  const base = env.RUNNER_TOOL_CACHE || join(homedir(), '.cache', 'relforge', 'tool-cache');
  const cacheVersion = [...version.split('.'), '0', '0'].slice(0, Math.max(3, version.split('.').length)).join('.');
  return join(base, 'jsign', cacheVersion, process.arch);
}

/** Streams url to file, hashing the bytes as they arrive; returns the SHA-256 (hex) of what was written. */
async function download(url: string, file: string): Promise<string> {
  let digest = '';
  const res = await request({
    method: 'GET',
    url,
    followRedirects: 5,
    timeoutMs: 60_000,
    // Called once per attempt with a fresh body: a retried download starts the file and the hash over.
    consume: async (body: Readable) => {
      const hash = createHash('sha256');
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(body, tap, createWriteStream(file));
      digest = hash.digest('hex');
    },
  });
  if (res.status < 200 || res.status >= 300) throw new RelforgeError(describeFailure(res, `GET ${url}`));
  return digest;
}

/** The jar to run: `jsign-path` as given, else the pinned version from the tool cache or Maven Central. */
export async function acquireJsign(opts: { version?: string; jsignPath?: string; env?: Env; log?: (m: string) => void }): Promise<AcquiredJsign> {
  const env = opts.env ?? process.env;
  if (opts.jsignPath) {
    const p = opts.jsignPath;
    if (!existsSync(p) || !statSync(p).isFile()) throw fieldError('jsign-path', `names "${p}", which is not a file; give the path of a jsign jar (e.g. jsign-${DEFAULT_JSIGN_VERSION}.jar) or leave it empty to download the pinned jsign.`);
    return { jar: p, version: 'custom', source: 'path' };
  }
  const { version, sha256 } = parseJsignVersion(opts.version);
  const cacheDir = jsignCacheDir(version, env);
  const jar = join(cacheDir, `jsign-${version}.jar`);
  if (existsSync(jar)) {
    if ((await sha256File(jar)) === sha256) return { jar, version, source: 'cache' };
    opts.log?.(`Cached jsign ${version} does not match its SHA-256 pin; downloading it again.`);
  }
  const base = (env[MAVEN_BASE_ENV] || MAVEN_CENTRAL).replace(/\/+$/, '');
  assertSecureUrl(base, MAVEN_BASE_ENV);
  const url = `${base}/net/jsign/jsign/${version}/jsign-${version}.jar`;
  opts.log?.(`Downloading jsign ${version} from ${url}`);
  const tmp = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'relforge-jsign-'));
  try {
    const downloaded = join(tmp, `jsign-${version}.jar`);
    let actual: string;
    try {
      actual = await download(url, downloaded);
    } catch (err) {
      throw new RelforgeError(`Could not download jsign ${version} from ${url}: ${excerpt(errorMessage(err))}. Check the runner's access to Maven Central, or provide the jar with "jsign-path".`, { cause: err });
    }
    if (actual !== sha256) {
      throw new RelforgeError(`SHA-256 mismatch for jsign-${version}.jar downloaded from ${url}: expected ${sha256}, got ${actual}. The download was discarded; nothing was signed. If you pinned the version yourself, check the hash in "jsign-version".`);
    }
    // Into the cache atomically (copy beside the target, then rename): a concurrent job never sees half a jar.
    mkdirSync(cacheDir, { recursive: true });
    const part = `${jar}.${process.pid}.part`;
    copyFileSync(downloaded, part);
    renameSync(part, jar);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { jar, version, source: 'download' };
}

/** `$JAVA_HOME/bin/java`, else `java` on PATH; a clear error naming actions/setup-java otherwise. */
export function findJava(env: Env = process.env): string {
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(join(env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java'));
  for (const dir of (env.PATH ?? '').split(delimiter)) if (dir) candidates.push(join(dir, process.platform === 'win32' ? 'java.exe' : 'java'));
  for (const c of candidates) if (existsSync(c)) return c;
  throw new RelforgeError(
    'Java was not found (no $JAVA_HOME/bin/java and no "java" on PATH); jsign needs Java 8 or newer. ' +
      'Add a step before this one: "uses: actions/setup-java@v4" with "distribution: temurin" and "java-version: 21" ' +
      '(on Gitea/Forgejo use a runner image with a JRE, or install default-jre-headless).',
  );
}

export type DigestName = 'SHA256' | 'SHA384' | 'SHA512';

export interface JsignRun {
  java: string;
  jar: string;
  endpoint: string;
  account: string;
  profile: string;
  token: string;
  tsaUrl: string;
  digest: DigestName;
  description?: string;
  descriptionUrl?: string;
  files: string[];
  /** Outer kill timeout for the whole jsign process. */
  timeoutMs: number;
  /** JVM HTTP connect/read timeouts (sun.net.client.default*Timeout). */
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
  env?: Env;
  onOutput?: (line: string) => void;
}

/** jsign failed; `transient` when the service answered 429/5xx (jsign 7.5 itself never retries). */
export class JsignError extends RelforgeError {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'JsignError';
  }
}

/** True when jsign's output shows a throttling or server-side error worth one more attempt. */
export function isTransientJsignFailure(output: string): boolean {
  return /HTTP Error (?:429|50\d)\b|\b(?:429|50\d) - |InternalServerError|ServiceUnavailable|TooManyRequests|BadGateway|GatewayTimeout/.test(output);
}

export interface JsignResult {
  output: string;
  durationMs: number;
}

/** The jsign command line (no secret in it: the token is read from env var TOKEN_ENV). */
export function jsignArgs(r: Omit<JsignRun, 'token' | 'java' | 'timeoutMs'>): string[] {
  const connect = r.connectTimeoutMs ?? 30_000;
  const read = r.readTimeoutMs ?? 60_000;
  const args = [
    `-Dsun.net.client.defaultConnectTimeout=${connect}`,
    `-Dsun.net.client.defaultReadTimeout=${read}`,
    '-Djava.awt.headless=true',
    '-jar',
    r.jar,
    '--storetype',
    'TRUSTEDSIGNING',
    '--keystore',
    r.endpoint,
    '--storepass',
    `env:${TOKEN_ENV}`,
    '--alias',
    `${r.account}/${r.profile}`,
    '--tsaurl',
    r.tsaUrl,
    '--tsmode',
    'RFC3161',
    '--replace',
    '-d',
    r.digest.replace(/^SHA/, 'SHA-'),
  ];
  if (r.description) args.push('-n', r.description);
  if (r.descriptionUrl) args.push('-u', r.descriptionUrl);
  args.push(...r.files);
  return args;
}

/** An actionable reading of jsign's error output. */
export function explainJsignFailure(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const errLines = lines.filter((l) => /^jsign:|Exception|Error|failed|timed out/i.test(l) && !/^\s*at /.test(l));
  // Redact, then cut (excerpt): a token echoed across the cut must not leak in part.
  const detail = excerpt((errLines.length ? errLines : lines.slice(-3)).slice(0, 4).join(' | '), 600);
  const hints: string[] = [];
  const http = (codes: string) => new RegExp(`HTTP Error (?:${codes})\\b|\\b(?:${codes}) - |(?:^|[\\s(])(?:${codes})(?=[\\s:,.)]|$)`, 'm');
  if (http('403').test(output) || /Forbidden/.test(output)) hints.push(`HTTP 403: ${SIGNER_ROLE_HINT}; and "endpoint" must be the signing account's region`);
  if (http('401').test(output) || /Unauthorized/.test(output)) hints.push(`HTTP 401: the token must be for the scope ${CODESIGNING_SCOPE}; jsign ${DEFAULT_JSIGN_VERSION} speaks api-version 2022-06-15-preview, which some accounts reject with 401 (ebourg/jsign#350)`);
  if (http('404').test(output) || /\bNotFound\b/.test(output)) hints.push('HTTP 404: check "account" and "profile"');
  if (http('429').test(output) || /TooManyRequests/.test(output)) hints.push('HTTP 429: the service is throttling; re-run the step later');
  if (http('50\\d').test(output) || /InternalServerError|ServiceUnavailable|BadGateway|GatewayTimeout/.test(output)) hints.push('the service answered with a server error; re-run the step later');
  if (/private key doesn't match the certificate/.test(output)) hints.push("the service's signature does not match the certificate it returned (key or certificate rotated mid-run, or a service fault); re-run the step");
  if (/timed out|SocketTimeout|Read timed out/i.test(output)) hints.push('a service call timed out; raise "timeout-seconds" or re-run');
  if (/timestamp/i.test(output) && !/\b40[13]\b/.test(output)) hints.push('timestamping failed: check "timestamp-url"');
  return redact(`${detail || 'no error output'}${hints.length ? ` (${hints.join('; ')})` : ''}`);
}

/** Runs jsign once for all files. Rejects with an actionable RelforgeError on non-zero exit or timeout. */
export function runJsign(r: JsignRun): Promise<JsignResult> {
  const args = jsignArgs(r);
  const started = Date.now();
  return new Promise<JsignResult>((resolve, reject) => {
    const child = spawn(r.java, args, {
      env: { ...(r.env ?? process.env), [TOKEN_ENV]: r.token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let pending = '';
    let killed = false;
    const onData = (d: Buffer) => {
      const text = d.toString('utf8');
      output += text;
      if (output.length > 1_000_000) output = output.slice(-500_000);
      pending += text;
      const parts = pending.split(/\r?\n/);
      pending = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) r.onOutput?.(redact(line));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, r.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new RelforgeError(`Could not start Java (${r.java}): ${redact(err.message)}. Install a JRE (actions/setup-java) or set JAVA_HOME.`, { cause: err }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending.trim()) r.onOutput?.(redact(pending));
      const durationMs = Date.now() - started;
      if (killed) {
        reject(
          new RelforgeError(
            `jsign did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped. The signing service or the timestamp server stalled ` +
              `(last output: ${explainJsignFailure(output)}). Re-run the step, or raise "timeout-seconds".`,
          ),
        );
        return;
      }
      if (code !== 0) {
        reject(new JsignError(`jsign failed (exit ${code ?? signal}): ${explainJsignFailure(output)}`, isTransientJsignFailure(output)));
        return;
      }
      resolve({ output: redact(output), durationMs });
    });
  });
}
