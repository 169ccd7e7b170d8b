/**
 * The small HTTP layer both forge adapters share: credentials, JSON in/out, status → typed error
 * (permission problems named with the fix), and paging. All traffic goes through src/platform/http.ts,
 * whose one credential policy decides where the token may go: the adapters hand it the token and the
 * configured API URL, never a per-call decision. API calls need the token, so a URL outside its origins
 * (a `Link: rel="next"` elsewhere, an upload URL on another host) is refused; `credentials: 'if-allowed'`
 * (downloads of URLs a response names) fetches such a URL without it.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { credentialOrigins, credentialsAllowed, describeFailure, request, type Credentials, type HttpBody, type HttpResponse, type HttpRequest } from '../../platform/http.js';
import { excerpt, registerSecret } from '../../platform/secrets.js';
import { ForgeError, ForgePermissionError } from './types.js';

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  onRetry?: HttpRequest['onRetry'];
}

export interface CallOptions {
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  body?: HttpBody;
  headers?: Record<string, string>;
  /** Statuses that are success for this call (default: any 2xx). */
  ok?: number[];
  /** Statuses returned to the caller instead of thrown (e.g. 404 "already gone", 409/422 "exists"). */
  allow?: number[];
  retry?: 'all' | 'rate-limit';
  saveTo?: string;
  consume?: (body: Readable) => Promise<void>;
  followRedirects?: number;
  /** 'required' (default): refuse a URL outside the token's origins. 'if-allowed': fetch it without the token. */
  credentials?: 'required' | 'if-allowed';
  /** What the call does, for messages: "create the draft release for v1.2.3". */
  what: string;
}

export interface ClientSetup {
  /** The configured API root: its origin (and GitHub's uploads sibling, with `uploadsSibling`) may receive the token. */
  apiUrl: string;
  /** GitHub only: `uploads.<host>` beside an `api.<host>` API may receive the token too (see credentialOrigins). */
  uploadsSibling?: boolean;
  /** The header carrying the token, e.g. `{ authorization: 'Bearer …' }`. */
  auth: Record<string, string>;
  /** Other headers of every call (accept, API version). */
  headers?: Record<string, string>;
  retry: RetryOptions;
  /** Says which permission a 401/403/404-on-write needs on this forge. */
  permissionHint: (what: string, status: number) => string;
}

export class ForgeClient {
  readonly credentials: Credentials;
  readonly retry: RetryOptions;
  private readonly headers: Record<string, string>;
  private readonly permissionHint: ClientSetup['permissionHint'];

  constructor(setup: ClientSetup) {
    // The token is a secret wherever this adapter is used (library callers too): redacted from every message.
    for (const v of Object.values(setup.auth)) registerSecret(v.replace(/^(?:Bearer|token|Basic)\s+/i, ''));
    this.credentials = { headers: setup.auth, origins: credentialOrigins(setup.apiUrl, { uploadsSibling: setup.uploadsSibling }), what: 'the forge token' };
    this.headers = setup.headers ?? {};
    this.retry = setup.retry;
    this.permissionHint = setup.permissionHint;
  }

  withQuery(url: string, query?: Record<string, string | number | undefined>): string {
    if (!query) return url;
    const u = new URL(url);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, String(v));
    return u.href;
  }

  async call(method: string, url: string, opts: CallOptions): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...this.headers, ...opts.headers };
    let body = opts.body;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] = 'application/json';
    }
    const res = await request({
      method,
      url: this.withQuery(url, opts.query),
      headers,
      body,
      credentials: this.credentials,
      needsCredentials: opts.credentials !== 'if-allowed',
      attempts: this.retry.attempts,
      baseDelayMs: this.retry.baseDelayMs,
      maxDelayMs: this.retry.maxDelayMs,
      timeoutMs: this.retry.timeoutMs,
      onRetry: this.retry.onRetry,
      retry: opts.retry,
      saveTo: opts.saveTo,
      consume: opts.consume,
      followRedirects: opts.followRedirects,
    });
    const good = opts.ok ? opts.ok.includes(res.status) : res.status >= 200 && res.status < 300;
    if (good || opts.allow?.includes(res.status)) return res;
    throw this.failure(res, opts.what, url);
  }

  failure(res: HttpResponse, what: string, url?: string): ForgeError {
    const text = describeFailure(res, `Could not ${what}`);
    const rateLimited = res.status === 429 || (res.status === 403 && (/rate limit/i.test(res.text()) || res.headers['x-ratelimit-remaining'] === '0'));
    if (rateLimited) return new ForgeError(`${text}. The forge's rate limit was still exceeded after every retry: wait for the limit to reset (x-ratelimit-reset) and re-run; the publish step is safe to re-run.`, res.status);
    const foreign = url !== undefined && !credentialsAllowed(url, this.credentials.origins);
    if (foreign && [401, 403, 404].includes(res.status)) {
      return new ForgeError(`${text}. It was fetched without the token: ${new URL(url).origin} is not the configured API origin (${this.credentials.origins.join(', ')}), so the token is never sent there. Check the configured API URL and the server's ROOT_URL (Gitea/Forgejo).`, res.status);
    }
    if (res.status === 401 || res.status === 403) return new ForgePermissionError(`${text}. ${this.permissionHint(what, res.status)}`, res.status);
    if (res.status === 413) return new ForgeError(`${text}. The file is larger than the forge accepts (Gitea/Forgejo: [repository.release] FILE_MAX_SIZE, default 2048 MB; GitHub: 2 GiB per asset).`, 413);
    if (res.status >= 500) return new ForgeError(`${text}. The forge failed after every retry; re-run the step (it converges: nothing is duplicated).`, res.status);
    return new ForgeError(text, res.status);
  }

  async json<T>(method: string, url: string, opts: CallOptions): Promise<T> {
    const res = await this.call(method, url, opts);
    try {
      return res.json<T>();
    } catch {
      throw new ForgeError(`Could not ${opts.what}: the forge answered HTTP ${res.status} with a body that is not JSON (${excerpt(res.text(), 200)}). Check that the API URL points at the forge's API root.`, res.status);
    }
  }

  /**
   * Every page of a list endpoint. Follows `Link: rel="next"` when present — a link outside the API origin is
   * refused by the credential policy (the list would come from elsewhere); otherwise stops at the first page
   * shorter than `pageSize` (Gitea caps `limit` at 50 whatever is asked).
   */
  async all<T>(url: string, opts: CallOptions & { pageParam: string; pageSize: number; sizeParam: string; maxPages?: number }): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = this.withQuery(url, { ...opts.query, [opts.sizeParam]: opts.pageSize, [opts.pageParam]: 1 });
    for (let page = 1; next && page <= (opts.maxPages ?? 1000); page++) {
      const res = await this.call('GET', next, { ...opts, query: undefined, credentials: 'required' });
      let items: T[];
      try {
        items = res.json<T[]>();
      } catch {
        throw new ForgeError(`Could not ${opts.what}: page ${page} is not JSON.`, res.status);
      }
      if (!Array.isArray(items)) throw new ForgeError(`Could not ${opts.what}: page ${page} is not a list.`, res.status);
      out.push(...items);
      const link = String(res.headers.link ?? '');
      const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
      if (m) next = new URL(m[1]!, next).href;
      else if (link === '' && items.length > 0 && items.length >= Math.min(opts.pageSize, 50)) {
        next = this.withQuery(url, { ...opts.query, [opts.sizeParam]: opts.pageSize, [opts.pageParam]: page + 1 });
      } else next = undefined;
    }
    return out;
  }

  /** SHA-256 of a download, hashed while it streams (no temp file, memory independent of the size). */
  async sha256(url: string, opts: Omit<CallOptions, 'consume' | 'saveTo'>): Promise<string> {
    let hex: string | undefined;
    await this.call('GET', url, {
      ...opts,
      consume: async (body) => {
        const h = createHash('sha256');
        for await (const chunk of body) h.update(chunk as Buffer);
        hex = h.digest('hex');
      },
    });
    if (hex === undefined) throw new ForgeError(`Could not ${opts.what}: the forge answered without a body.`);
    return hex;
  }
}
