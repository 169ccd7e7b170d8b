/**
 * A small HTTP update server for tests, demos and the benchmark: the `target: http` side of
 * upload-packages and the download side of agents.
 *
 * Protocol (what a typical self-hosted update server offers):
 * - `PUT <any path>` with `Authorization: Bearer <token>` stores the raw body (streamed to disk, hashed on
 *   the way): 201 when new, 200 when replaced; JSON body `{"size":…, "sha256":"…"}` and a
 *   `Repr-Digest: sha-256=:<base64>:` header (RFC 9530). A PUT must carry Content-Length (411 otherwise)
 *   and the body must be exactly that long (400 otherwise).
 * - `GET`/`HEAD <path>` serve a stored file (Content-Length, Repr-Digest, ETag); 404 when absent.
 *   Reads need the token too unless `publicReads` (default true: agents download without it).
 * - `DELETE <path>` (token) removes a file: 204, or 404.
 * - Wrong or missing token → 401 with `WWW-Authenticate: Bearer`.
 *
 * Fault switches (mutable at any time through `faults`):
 * - `noDigest`: send no Repr-Digest (forces clients to re-download to verify);
 * - `failPut(path)`: return a status (e.g. 500 or 503) instead of storing;
 * - `corruptOnStore(path)`: store the bytes with one byte flipped (the digest header then matches the
 *   corrupted bytes, as a real server's would);
 * - `lieDigest(path)`: store correctly but announce the digest of the *uploaded* bytes while serving
 *   altered ones (only a re-download can tell);
 * - `noDelete`: answer DELETE with 405 (servers that cannot remove files).
 * `tamper(path)` flips a byte of a stored file after the fact (a compromised mirror).
 * Every request is logged in `requests` (method, path, status) so tests can check ordering.
 * `watch(fn)` calls `fn` after every write (PUT, DELETE) took effect: a test can look at what a client polling
 * between any two requests of a publish could fetch (issue 13 cases 4 and 10).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, openSync, readSync, writeSync, closeSync, rmSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface StoredFile {
  path: string;
  size: number;
  sha256: string;
  diskPath: string;
  puts: number;
}

export interface UpdateServerFaults {
  noDigest?: boolean;
  failPut?: (path: string) => number | undefined;
  corruptOnStore?: (path: string) => boolean;
  lieDigest?: (path: string) => boolean;
  /** Answer DELETE with 405 (a server that cannot remove files). */
  noDelete?: boolean;
}

export interface UpdateServer {
  url: string;
  token: string;
  files: Map<string, StoredFile>;
  requests: { method: string; path: string; status: number }[];
  faults: UpdateServerFaults;
  /** Flips one byte of a stored file (after the upload), keeping the recorded digest. */
  tamper(path: string, offset?: number): void;
  /** Reads a stored file (small files only). */
  read(path: string): Buffer;
  /** Calls `fn` after every PUT or DELETE took effect; returns a function that stops watching. */
  watch(fn: (write: { method: string; path: string; status: number }) => void): () => void;
  close(): Promise<void>;
}

export interface UpdateServerOptions {
  token: string;
  port?: number;
  publicReads?: boolean;
  dir?: string;
}

const flip = (path: string, offset: number) => {
  const fd = openSync(path, 'r+');
  try {
    const b = Buffer.alloc(1);
    readSync(fd, b, 0, 1, offset);
    b[0] = b[0]! ^ 0xff;
    writeSync(fd, b, 0, 1, offset);
  } finally {
    closeSync(fd);
  }
};

export async function startUpdateServer(opts: UpdateServerOptions): Promise<UpdateServer> {
  if (!opts.token || opts.token.length < 8) throw new Error('startUpdateServer: give a token of at least 8 characters');
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'relforge-update-server-'));
  const ownsDir = !opts.dir;
  const files = new Map<string, StoredFile>();
  const requests: UpdateServer['requests'] = [];
  const faults: UpdateServerFaults = {};
  const lies = new Map<string, string>();
  const watchers = new Set<(write: { method: string; path: string; status: number }) => void>();
  const publicReads = opts.publicReads ?? true;
  const expected = Buffer.from(`Bearer ${opts.token}`);

  const authorized = (req: IncomingMessage) => {
    const got = Buffer.from(req.headers.authorization ?? '');
    return got.length === expected.length && timingSafeEqual(got, expected);
  };
  const digestHeaders = (path: string, f: StoredFile): Record<string, string> => {
    if (faults.noDigest) return {};
    const hex = lies.get(path) ?? f.sha256;
    return { 'repr-digest': `sha-256=:${Buffer.from(hex, 'hex').toString('base64')}:`, etag: `"${hex}"` };
  };

  const state: PutState = { dir, files, faults, lies, seq: 0, digestHeaders };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const send = (status: number, body: string | object = '', headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? '', path, status });
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers });
      res.end(req.method === 'HEAD' ? undefined : text);
      if (req.method === 'PUT' || req.method === 'DELETE') for (const fn of watchers) fn({ method: req.method, path, status });
    };
    if (path.includes('/../') || path.endsWith('/..') || !path.startsWith('/') || path.includes('\0')) {
      req.resume();
      return send(400, 'bad path');
    }
    const needsAuth = req.method !== 'GET' && req.method !== 'HEAD' ? true : !publicReads;
    if (needsAuth && !authorized(req)) {
      req.resume();
      return send(401, 'missing or wrong bearer token', { 'www-authenticate': 'Bearer realm="updates"' });
    }
    if (req.method === 'PUT') return storePut(state, req, path, send);
    req.resume();
    if (req.method === 'GET' || req.method === 'HEAD') {
      const f = files.get(path);
      if (!f) return send(404, 'not found');
      const size = statSync(f.diskPath).size;
      const headers = { 'content-type': 'application/octet-stream', 'content-length': String(size), ...digestHeaders(path, f) };
      requests.push({ method: req.method, path, status: 200 });
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(f.diskPath, { highWaterMark: 1024 * 1024 }).pipe(res);
      return;
    }
    if (req.method === 'DELETE') {
      if (faults.noDelete) return send(405, 'method not allowed', { allow: 'GET, HEAD, PUT' });
      const f = files.get(path);
      if (!f) return send(404, 'not found');
      rmSync(f.diskPath, { force: true });
      files.delete(path);
      lies.delete(path);
      return send(204);
    }
    return send(405, 'method not allowed', { allow: 'GET, HEAD, PUT, DELETE' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token: opts.token,
    files,
    requests,
    faults,
    tamper(path, offset) {
      const f = files.get(path);
      if (!f) throw new Error(`tamper: no stored file ${path}`);
      flip(f.diskPath, offset ?? Math.floor(f.size / 2));
    },
    watch(fn) {
      watchers.add(fn);
      return () => void watchers.delete(fn);
    },
    read(path) {
      const f = files.get(path);
      if (!f) throw new Error(`read: no stored file ${path}`);
      const fd = openSync(f.diskPath, 'r');
      try {
        const buf = Buffer.alloc(statSync(f.diskPath).size);
        readSync(fd, buf, 0, buf.length, 0);
        return buf;
      } finally {
        closeSync(fd);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => {
          if (ownsDir) rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

interface PutState {
  dir: string;
  files: Map<string, StoredFile>;
  faults: UpdateServerFaults;
  lies: Map<string, string>;
  seq: number;
  digestHeaders: (path: string, f: StoredFile) => Record<string, string>;
}

type Send = (status: number, body?: string | object, headers?: Record<string, string>) => void;

/** PUT: streams the body to a temp file, checks its length, applies the store faults, then moves it in place. */
async function storePut(state: PutState, req: IncomingMessage, path: string, send: Send): Promise<void> {
  const { dir, files, faults, lies } = state;
  const len = req.headers['content-length'];
  if (len === undefined) {
    req.resume();
    return send(411, 'Content-Length required');
  }
  const failStatus = faults.failPut?.(path);
  if (failStatus) {
    req.resume();
    return send(failStatus, `injected failure for ${path}`);
  }
  const tmp = join(dir, `upload-${++state.seq}`);
  const hash = createHash('sha256');
  let size = 0;
  const out = createWriteStream(tmp);
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  } catch {
    rmSync(tmp, { force: true });
    return;
  }
  if (size !== Number(len)) {
    rmSync(tmp, { force: true });
    return send(400, `body is ${size} bytes, Content-Length said ${len}`);
  }
  let sha256 = hash.digest('hex');
  lies.delete(path);
  if (size > 0 && faults.corruptOnStore?.(path)) {
    flip(tmp, Math.floor(size / 2));
    sha256 = createHash('sha256').update(await readAll(tmp)).digest('hex');
  } else if (size > 0 && faults.lieDigest?.(path)) {
    lies.set(path, sha256);
    flip(tmp, Math.floor(size / 2));
    sha256 = createHash('sha256').update(await readAll(tmp)).digest('hex');
  }
  const prev = files.get(path);
  const diskPath = prev?.diskPath ?? join(dir, `file-${state.seq}`);
  renameSync(tmp, diskPath);
  const f: StoredFile = { path, size, sha256, diskPath, puts: (prev?.puts ?? 0) + 1 };
  files.set(path, f);
  return send(prev ? 200 : 201, { size, sha256: lies.get(path) ?? sha256 }, state.digestHeaders(path, f));
}

async function readAll(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(path) as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}
