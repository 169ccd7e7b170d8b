/**
 * Target `http`: PUT each file to an update server (URL template + bearer token), HEAD first to skip bytes the
 * server already holds, then read back (the server's digest header, else a streamed re-download).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RelforgeError, type FieldProblem } from '../../platform/errors.js';
import { hashFile } from '../../platform/fs.js';
import { request, describeFailure, type HttpResponse } from '../../platform/http.js';
import { expandUrlTemplate } from '../core/manifest.js';
import { setLevelTemplate, templateProblems } from '../urls.js';
import type { FileResult, PackageTarget, PlannedFile, RemoteState, TargetContext } from './target.js';
import { TargetBase } from './target.js';

export interface HttpTargetOptions {
  /** PUT URL template, e.g. `https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}`. */
  uploadUrl: string;
  /** Bearer token (input `package-token`). */
  token: string;
  /**
   * How uploads are read back: `auto` (the server's digest header — RFC 9530 Repr-Digest, Digest,
   * x-checksum-sha256 — else a streamed re-download) or `download` (always re-download and hash).
   */
  readBack?: 'auto' | 'download';
  /** Attempts per request and the first backoff (tests lower them). */
  attempts?: number;
  baseDelayMs?: number;
}

/** sha256 hex from digest headers: RFC 9530 Repr-Digest / Content-Digest, RFC 3230 Digest, x-checksum-sha256, x-amz-checksum-sha256. */
export function digestFromHeaders(headers: Record<string, string | string[] | undefined>): string | undefined {
  const h = (n: string) => {
    const v = headers[n];
    return Array.isArray(v) ? v.join(',') : v;
  };
  for (const name of ['repr-digest', 'content-digest']) {
    const m = /(?:^|,)\s*sha-256=:([A-Za-z0-9+/=]+):/i.exec(h(name) ?? '');
    if (m) return Buffer.from(m[1]!, 'base64').toString('hex');
  }
  const d = /(?:^|,)\s*sha-256=([A-Za-z0-9+/=]+)/i.exec(h('digest') ?? '');
  if (d) return Buffer.from(d[1]!, 'base64').toString('hex');
  const x = h('x-checksum-sha256');
  if (x && /^[0-9a-f]{64}$/i.test(x.trim())) return x.trim().toLowerCase();
  const a = h('x-amz-checksum-sha256');
  if (a) return Buffer.from(a.trim(), 'base64').toString('hex');
  return undefined;
}

class HttpTarget extends TargetBase<HttpTargetOptions> implements PackageTarget {
  readonly kind = 'http' as const;
  readonly flatNamespace = false;
  readonly replacesLivePackages = true;

  bind(ctx: TargetContext): { problems: FieldProblem[]; downloadTemplate: string } {
    this.log = ctx.log;
    const problems: FieldProblem[] = [];
    if (!this.o.uploadUrl) problems.push({ field: 'upload-url', message: 'is required for target http (a PUT URL template such as https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}).' });
    else problems.push(...templateProblems(this.o.uploadUrl, 'upload-url'));
    if (!this.o.token && !ctx.dryRun) problems.push({ field: 'package-token', message: 'is required for target http (the bearer token the update server accepts for uploads).' });
    return { problems, downloadTemplate: this.o.uploadUrl };
  }

  destination(f: PlannedFile): string {
    return expandUrlTemplate(f.platform ? this.o.uploadUrl : setLevelTemplate(this.o.uploadUrl), f.values);
  }

  async inspect(f: PlannedFile): Promise<RemoteState> {
    const back = await this.remoteSha256(this.destination(f));
    if (!back) return 'absent';
    return back.sha256 === f.sha256 && (back.size === undefined || back.size === f.size) ? 'same' : 'different';
  }

  async remove(files: PlannedFile[]): Promise<void> {
    for (const f of files) {
      const url = this.destination(f);
      const res = await this.send('DELETE', url);
      if (res.status === 404) continue;
      if (res.status === 405 || res.status === 501) {
        throw new RelforgeError(
          `The update server does not accept DELETE for ${url} (HTTP ${res.status}), so the live set of this version cannot be taken down before it is replaced (clients would see a manifest beside replaced files). Publish a new version, or let the package-token delete files. Nothing was changed.`,
        );
      }
      if (res.status < 200 || res.status > 299) throw this.fail(res, `take down ${f.name} at ${url}`);
      this.log(`took down ${f.name} (${url}) before replacing the set`);
    }
  }

  async put(files: PlannedFile[]): Promise<FileResult[]> {
    const out: FileResult[] = [];
    for (const f of files) out.push(await this.putOne(f));
    return out;
  }

  async finish(): Promise<FileResult[]> {
    return [];
  }

  /** Every URL here is the configured upload-url template expanded: its origin is the one the token may go to. */
  private send(method: string, url: string, extra: Partial<Parameters<typeof request>[0]> = {}): Promise<HttpResponse> {
    const credentials = { headers: { authorization: `Bearer ${this.o.token}` }, origins: [new URL(url).origin], what: 'the package-token' };
    return request({ method, url, credentials, needsCredentials: true, attempts: this.o.attempts, baseDelayMs: this.o.baseDelayMs, ...extra });
  }

  private fail(res: HttpResponse, what: string): RelforgeError {
    const hint =
      res.status === 401 || res.status === 403
        ? ' Check the package-token input: the update server refused it (it needs permission to upload).'
        : res.status >= 500
          ? ' The server failed after every retry; re-run the step (it converges: files already there with the same bytes are skipped).'
          : '';
    return new RelforgeError(`${describeFailure(res, `Could not ${what}`)}.${hint}`);
  }

  /** sha256 of what the server serves: its digest header, else a streamed re-download; undefined when absent. */
  private async remoteSha256(url: string): Promise<{ sha256: string; size?: number; by: string } | undefined> {
    if (this.o.readBack === 'download') return this.download(url);
    const head = await this.send('HEAD', url);
    if (head.status === 404) return undefined;
    // Servers without HEAD: verify by downloading.
    if (head.status === 405 || head.status === 501) return this.download(url);
    if (head.status < 200 || head.status > 299) throw this.fail(head, `check ${url}`);
    const d = digestFromHeaders(head.headers);
    const size = head.headers['content-length'] !== undefined ? Number(head.headers['content-length']) : undefined;
    return d ? { sha256: d, size, by: 'server digest' } : this.download(url);
  }

  private async download(url: string): Promise<{ sha256: string; size: number; by: string } | undefined> {
    const dir = await mkdtemp(join(tmpdir(), 'relforge-readback-'));
    try {
      const dest = join(dir, 'file');
      const res = await this.send('GET', url, { saveTo: dest });
      if (res.status === 404) return undefined;
      if (res.status < 200 || res.status > 299) throw this.fail(res, `download ${url} to verify it`);
      const h = await hashFile(dest, ['sha256']);
      return { sha256: h.sha256, size: h.size, by: 're-download' };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Uploads one file unless the server already has the same bytes; then verifies what the server holds. */
  private async putOne(f: PlannedFile): Promise<FileResult> {
    const url = this.destination(f);
    const before = await this.remoteSha256(url);
    if (before && before.sha256 === f.sha256 && (before.size === undefined || before.size === f.size)) {
      this.log(`unchanged ${f.name} (the server already holds these bytes)`);
      return { name: f.name, url, outcome: 'unchanged', verifiedBy: before.by };
    }
    const res = await this.send('PUT', url, {
      headers: { 'content-type': 'application/octet-stream' },
      body: { file: f.path },
      timeoutMs: 300_000,
      deadlineMs: 3_600_000,
    });
    if (res.status < 200 || res.status > 299) throw this.fail(res, `upload ${f.name} to ${url}`);
    const back = await this.remoteSha256(url);
    if (!back) throw new RelforgeError(`Uploaded ${f.name} to ${url} (HTTP ${res.status}) but the server does not serve it back (HTTP 404): check the upload-url template and the server.`);
    if (back.sha256 !== f.sha256 || (back.size !== undefined && back.size !== f.size)) {
      throw new RelforgeError(
        `Checksum mismatch after uploading ${f.name}: the server holds sha256 ${back.sha256}${back.size !== undefined ? ` (${back.size} bytes)` : ''}, the local file is ${f.sha256} (${f.size} bytes). Nothing further was published (no manifest); re-run the step, and check the server or proxy if it repeats.`,
      );
    }
    const outcome = before ? 'replaced' : 'uploaded';
    this.log(`${outcome} ${f.name} → ${url} (verified by ${back.by})`);
    return { name: f.name, url, outcome, verifiedBy: back.by };
  }
}

export function httpTarget(o: HttpTargetOptions): PackageTarget {
  return new HttpTarget(o);
}
