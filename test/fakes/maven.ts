/**
 * Loopback stand-in for Maven Central (RELFORGE_MAVEN_BASE, test only): serves `files` (repository path →
 * bytes) with GET, 404 otherwise; counts downloads. Used to test jsign acquisition: pinned SHA-256
 * accepted and cached, tampered jar refused.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MavenEmulator {
  url: string;
  files: Map<string, Buffer>;
  downloads: string[];
  close(): Promise<void>;
}

export async function startMaven(files: Record<string, Buffer> = {}): Promise<MavenEmulator> {
  const emu: MavenEmulator = { url: '', files: new Map(Object.entries(files)), downloads: [], close: async () => {} };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/^\/+/, '');
    const body = emu.files.get(path);
    if (req.method !== 'GET' || !body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    emu.downloads.push(path);
    res.writeHead(200, { 'content-type': 'application/java-archive', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  emu.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  emu.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return emu;
}
