/**
 * HTTP adapter shared by the forge, signing-service and update-server clients.
 * - node:http/https (not fetch: fetch buffers streamed request bodies, nodejs/undici#4058);
 * - file bodies streamed in 1 MiB chunks with an explicit Content-Length;
 * - retries on 429, 5xx and network errors with backoff, honouring `retry-after` and GitHub's
 *   `x-ratelimit-remaining: 0` + `x-ratelimit-reset`; a 4xx other than 429 (and a 403 that is a
 *   rate limit) is never retried;
 * - per-attempt timeout and a total deadline; error messages never contain registered secrets;
 * - `retry: 'rate-limit'` for non-idempotent requests (creating a release, uploading an asset): only
 *   responses that prove the request was not processed (429, rate-limited 403) are retried; a 5xx or a
 *   network error is returned/thrown so the caller can re-list before trying again (docs/reference/forges.md §6);
 * - GitHub's header-less secondary rate limit (403 "secondary rate limit") waits ≥ 60 s (capped by maxDelayMs);
 * - `parts` bodies (a multipart envelope around a streamed file) with an exact Content-Length;
 * - optional redirect following; a redirect target gets no credential header, whatever its origin (it is a URL an
 *   answer names: object storage, a signed URL — S3 refuses a second auth mechanism, and GHES serves its storage
 *   on its own origin);
 * - ONE credential policy (docs/architecture.md "HTTP"): `credentials` (Authorization or any token header) are sent only to
 *   their configured origins (`credentialOrigins(apiUrl)`: the API origin, plus GitHub's uploads sibling for GitHub only), over
 *   https unless the host is loopback. Any other URL — a paging link, a download or upload URL an answer names,
 *   a redirect target — is fetched without them, or refused (`needsCredentials`) with a message naming the
 *   origin. Callers never decide this per call site;
 * - every retry goes through retry() (src/platform/retry.ts); external text in messages goes through excerpt()
 *   (redact first, then truncate).
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { createWriteStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import { open } from 'node:fs/promises';
import { RelforgeError } from './errors.js';
import { excerpt, redact } from './secrets.js';
import { READ_CHUNK } from './fs.js';
import { isSecureUrl } from './url.js';
import { backoff, retry, type RetryDecision } from './retry.js';

/** One piece of a streamed body: bytes in memory or a whole file read in 1 MiB chunks. */
export type HttpBodyPart = string | Buffer | { file: string; observe?: BodyObserver };

/**
 * Sees a file's bytes as they are sent (e.g. to hash an upload in the same read). `start` is called
 * before every attempt (a retried request re-reads the file), `end` once the whole file was read.
 */
export interface BodyObserver {
  start(): void;
  data(chunk: Buffer): void;
  end(): void;
}
export type HttpBody = HttpBodyPart | { parts: HttpBodyPart[] };

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: HttpBody;
  /** Per-attempt timeout (no bytes moving) in ms; default 60 s. */
  timeoutMs?: number;
  /** Total deadline across retries in ms; default 10 min. */
  deadlineMs?: number;
  /** Number of attempts (1 = no retry); default 5. */
  attempts?: number;
  /** Base backoff in ms (doubles each retry, capped at maxDelayMs); default 1000. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Where a 2xx response body goes: memory (default) or a file (streamed). */
  saveTo?: string;
  /**
   * Reads a 2xx response body as a stream instead (e.g. to hash a download without a temp file). Called once per
   * attempt with a fresh stream; a failure while reading is retried like a network error.
   */
  consume?: (body: Readable) => Promise<void>;
  /** Credentials for this request: sent only where their origins allow (see the module header). */
  credentials?: Credentials;
  /**
   * The request cannot work without its credentials: when the URL is not one of their origins, refuse (throw
   * CredentialScopeError) instead of sending it without them. Redirect hops never need them.
   */
  needsCredentials?: boolean;
  /**
   * 'all' (default): retry 429, rate-limited 403, 5xx and network errors. 'rate-limit': retry only
   * 429 / rate-limited 403 (for non-idempotent requests whose side effect must be checked first).
   */
  retry?: 'all' | 'rate-limit';
  /** Follow up to this many 301/302/303/307/308 redirects (GET/HEAD only); default 0. */
  followRedirects?: number;
  /** Called before each retry (for logging); the message is already secret-free. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text(): string;
  json<T = unknown>(): T;
}

/** A network failure that persisted through every attempt. */
export class HttpNetworkError extends RelforgeError {}

/** Credential headers and the origins that may receive them. */
export interface Credentials {
  /** The headers that carry the credential (`authorization`, a token header…). */
  headers: Record<string, string>;
  /** Origins (`https://host[:port]`) allowed to receive them; build with credentialOrigins(). */
  origins: readonly string[];
  /** For messages: "the forge token". */
  what?: string;
}

/** A URL that needs the credentials is not one of their origins: nothing was sent. */
export class CredentialScopeError extends RelforgeError {}

/** Header names that carry credentials: never forwarded to another origin, whoever set them. */
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|private-token|x-api-key)$|token|secret/i;

/**
 * The origins a forge credential may go to: the API URL's origin, plus — only when the caller says the forge is
 * GitHub (`uploadsSibling`) — GitHub's uploads sibling (`api.github.com` → `uploads.github.com`, likewise
 * `api.<name>.ghe.com`). GHES serves `/api/uploads` beside `/api/v3` on the API origin itself, so it needs none.
 * Gitea and Forgejo upload through their API origin: a Gitea at `api.example.test` never sends its token to
 * `uploads.example.test`. Only an https origin, or http on a loopback host, is ever returned.
 */
export function credentialOrigins(apiUrl: string, opts: { uploadsSibling?: boolean } = {}): string[] {
  let u: URL;
  try {
    u = new URL(apiUrl);
  } catch {
    return [];
  }
  if (!isSecureUrl(u)) return [];
  return opts.uploadsSibling && u.hostname.startsWith('api.') ? [u.origin, `${u.protocol}//uploads.${u.host.slice('api.'.length)}`] : [u.origin];
}

/** Whether `url` may receive credentials scoped to `origins` (same origin, https or loopback http). */
export function credentialsAllowed(url: string | URL, origins: readonly string[]): boolean {
  const u = typeof url === 'string' ? new URL(url) : url;
  return isSecureUrl(u) && origins.includes(u.origin);
}

/** The headers of one hop: the caller's, plus the credentials where the policy allows them. */
function hopHeaders(req: HttpRequest, url: URL): Record<string, string> {
  const headers: Record<string, string> = { ...req.headers };
  const c = req.credentials;
  if (!c) return headers;
  if (credentialsAllowed(url, c.origins)) return { ...headers, ...c.headers };
  if (req.needsCredentials) {
    throw new CredentialScopeError(
      `Refusing to send ${c.what ?? 'the credentials'} to ${redact(url.origin)}: only ${c.origins.map(redact).join(' and ') || 'the configured API origin'} may receive ${c.what ?? 'them'} ` +
        `(https, or http on a loopback address). A forge answer pointed ${redact(`${url.origin}${url.pathname}`)} outside it; nothing was sent there. ` +
        'Check the configured API URL (and, on Gitea/Forgejo, the server\'s ROOT_URL).',
    );
  }
  return headers;
}

const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'UND_ERR_SOCKET', 'ERR_TIMEOUT']);

/** Refuses anything but https, except http to a loopback address (local emulators, tests). */
export function assertSecureUrl(url: string, what: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RelforgeError(`${what} "${redact(url)}" is not a valid URL.`);
  }
  if (isSecureUrl(u)) return u;
  throw new RelforgeError(`${what} must use https:// (plain http is only accepted for loopback addresses), got "${redact(u.origin)}".`);
}

/** How long to wait before retrying this response, or undefined when it must not be retried. */
export function retryDelay(status: number, headers: http.IncomingHttpHeaders, attempt: number, base: number, max: number, now = Date.now()): number | undefined {
  const header = (n: string) => {
    const v = headers[n];
    return Array.isArray(v) ? v[0] : v;
  };
  const backoffMs = backoff(attempt, { baseDelayMs: base, maxDelayMs: max });
  const retryAfter = header('retry-after');
  let hinted: number | undefined;
  if (retryAfter !== undefined) {
    const secs = Number(retryAfter);
    hinted = Number.isFinite(secs) ? secs * 1000 : Math.max(0, Date.parse(retryAfter) - now);
  } else if (header('x-ratelimit-remaining') === '0' && header('x-ratelimit-reset')) {
    hinted = Math.max(0, Number(header('x-ratelimit-reset')) * 1000 - now) + 1000;
  }
  const rateLimited = status === 429 || (status === 403 && hinted !== undefined);
  if (rateLimited) return hinted ?? backoffMs;
  if (status >= 500 && status <= 599) return hinted ?? backoffMs;
  return undefined;
}

function partLength(part: HttpBodyPart): number {
  if (typeof part === 'string') return Buffer.byteLength(part);
  if (Buffer.isBuffer(part)) return part.length;
  return statSync(part.file).size;
}

export function bodyLength(body: HttpBody | undefined): number {
  if (body === undefined) return 0;
  if (typeof body === 'object' && !Buffer.isBuffer(body) && 'parts' in body) return body.parts.reduce((n, p) => n + partLength(p), 0);
  return partLength(body);
}

/**
 * Writes the body to the request through two reused READ_CHUNK buffers: a buffer is refilled only after the
 * socket reported it written, so a large upload allocates nothing per chunk (a read stream's fresh 1 MiB
 * chunks are collected late and kept RSS ~80 MiB higher).
 */
async function writeBody(parts: HttpBodyPart[], dest: Writable): Promise<void> {
  const write = (chunk: Buffer) => new Promise<void>((res, rej) => dest.write(chunk, (err?: Error | null) => (err ? rej(err) : res())));
  let ring: Buffer[] | undefined;
  for (const part of parts) {
    if (typeof part === 'string' || Buffer.isBuffer(part)) {
      await write(typeof part === 'string' ? Buffer.from(part) : part);
      continue;
    }
    ring ??= [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
    const inFlight: (Promise<void> | undefined)[] = [undefined, undefined];
    part.observe?.start();
    const fh = await open(part.file, 'r');
    try {
      for (let i = 0; ; i ^= 1) {
        await inFlight[i];
        const { bytesRead } = await fh.read(ring[i]!, 0, READ_CHUNK, null);
        if (bytesRead === 0) break;
        const chunk = ring[i]!.subarray(0, bytesRead);
        part.observe?.data(chunk);
        inFlight[i] = write(chunk);
        inFlight[i]!.catch(() => {});
      }
      await Promise.all(inFlight);
    } finally {
      await fh.close();
    }
    part.observe?.end();
  }
  await new Promise<void>((res) => dest.end(() => res()));
}

function once(req: HttpRequest, u: URL, hop: Record<string, string>): Promise<HttpResponse> {
  const mod = u.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = { 'user-agent': 'relforge', ...hop };
  if (req.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(req.method.toUpperCase())) {
    headers['content-length'] = String(bodyLength(req.body));
  }
  // saveTo is a consumer that streams the body to the file
  const { saveTo } = req;
  const consume = req.consume ?? (saveTo ? (body: Readable) => pipeline(body, createWriteStream(saveTo)) : undefined);
  return new Promise<HttpResponse>((resolve, reject) => {
    // A server may answer (401, 403, 413, 422…) before it has read the whole body and then close: once an
    // answer has started, a write error (EPIPE) must not hide it; an incomplete answer still fails via res.
    let responded = false;
    const r = mod.request(u, { method: req.method, headers, timeout: req.timeoutMs ?? 60_000 }, (res) => {
      responded = true;
      const done = (body: Buffer) =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          text: () => body.toString('utf8'),
          json: <T>() => JSON.parse(body.toString('utf8')) as T,
        });
      const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
      if (consume && ok) {
        consume(res).then(() => done(Buffer.alloc(0)), (err: unknown) => {
          res.destroy();
          reject(err);
        });
      } else {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(Buffer.concat(chunks)));
        res.on('error', reject);
        res.on('close', () => {
          if (!res.complete) reject(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
        });
      }
    });
    r.on('timeout', () => r.destroy(Object.assign(new Error('request timed out'), { code: 'ERR_TIMEOUT' })));
    r.on('error', (err) => {
      if (!responded) reject(err);
    });
    const body = req.body;
    if (body === undefined) r.end();
    else if (typeof body === 'string' || Buffer.isBuffer(body)) r.end(body);
    else writeBody('parts' in body ? body.parts : [body], r).catch((err: unknown) => r.destroy(err as Error));
  });
}

/**
 * Sends a request, retrying per the policy above. Resolves with any HTTP status (callers decide what
 * a 4xx means); rejects with HttpNetworkError when the network failed on every attempt, and with
 * CredentialScopeError (before sending anything) when the URL needs credentials it may not receive.
 */
export async function request(req: HttpRequest): Promise<HttpResponse> {
  const url = new URL(req.url);
  const headers = hopHeaders(req, url);
  const max = req.maxDelayMs ?? 60_000;
  const base = req.baseDelayMs ?? 1000;
  const where = `${req.method} ${redact(url.origin + url.pathname)}`;
  return retry<HttpResponse>(
    async (attempt) => {
      let res: HttpResponse;
      try {
        res = await once(req, url, headers);
      } catch (err) {
        return networkDecision(err, attempt, req, where);
      }
      if (isRedirect(req, res)) return { done: await followRedirect(req, url, res) };
      return responseDecision(res, attempt, base, max, req.retry);
    },
    { attempts: req.attempts ?? 5, baseDelayMs: base, maxDelayMs: max, deadlineMs: req.deadlineMs ?? 600_000, onRetry: req.onRetry },
  );
}

/** A response: retried on 429, rate-limited 403, secondary rate limits and (unless 'rate-limit') 5xx. */
function responseDecision(res: HttpResponse, attempt: number, base: number, max: number, mode: HttpRequest['retry']): RetryDecision<HttpResponse> {
  let delay = retryDelay(res.status, res.headers, attempt, base, max);
  if (delay === undefined && res.status === 403 && /secondary rate limit|abuse detection/i.test(res.text())) {
    // GitHub's secondary limits may come without headers: wait at least a minute (best practices guide).
    delay = Math.min(max, Math.max(60_000, base * 2 ** (attempt - 1)));
  }
  if (mode === 'rate-limit' && res.status >= 500) delay = undefined;
  if (delay === undefined) return { done: res };
  return { retry: `HTTP ${res.status}`, delayMs: delay, exhausted: () => res };
}

/** A network error: retried when transient (never for 'rate-limit' requests, whose effect must be checked first). */
function networkDecision(err: unknown, attempt: number, req: HttpRequest, where: string): RetryDecision<HttpResponse> {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const msg = excerpt((err as Error).message ?? String(err), 300);
  const fail = (n: number) => new HttpNetworkError(`${where} failed after ${n} attempt(s): ${msg}${code ? ` (${code})` : ''}`, { cause: err });
  if (err instanceof RelforgeError && !code) throw err;
  if (!RETRYABLE_CODES.has(code) || req.retry === 'rate-limit') throw fail(attempt);
  return {
    retry: code || msg,
    exhausted: () => {
      throw fail(attempt);
    },
  };
}

function isRedirect(req: HttpRequest, res: HttpResponse): boolean {
  return !!req.followRedirects && [301, 302, 303, 307, 308].includes(res.status) && !!res.headers.location && ['GET', 'HEAD'].includes(req.method.toUpperCase());
}

/**
 * The next hop of a redirect: https (or loopback http) only, and without credentials — neither the caller's own
 * credential headers nor the policy's, on any origin: the target is named by the answer (object storage, a signed
 * URL), never the API itself.
 */
async function followRedirect(req: HttpRequest, from: URL, res: HttpResponse): Promise<HttpResponse> {
  const next = new URL(String(res.headers.location), from);
  assertSecureUrl(next.href, 'Redirect target');
  const headers = { ...req.headers };
  for (const k of Object.keys(headers)) if (SENSITIVE_HEADER.test(k)) delete headers[k];
  return request({ ...req, url: next.href, headers, credentials: undefined, needsCredentials: false, followRedirects: req.followRedirects! - 1 });
}

/** A short, secret-free description of a failed response for error messages. */
export function describeFailure(res: HttpResponse, what: string): string {
  let detail = res.text();
  try {
    const j = res.json<{ message?: string; error?: { message?: string } | string; error_description?: string }>();
    const picked = j.error_description ?? (typeof j.error === 'string' ? j.error : j.error?.message) ?? j.message;
    if (typeof picked === 'string') detail = picked;
  } catch {
    /* not JSON */
  }
  // Redact, then truncate: a secret echoed across the cut never leaks in part.
  detail = excerpt(detail, 500);
  return `${redact(what)}: HTTP ${res.status}${detail ? ` — ${detail}` : ''}`;
}
