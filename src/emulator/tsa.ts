/**
 * Loopback RFC 3161 time-stamping authority: POST application/timestamp-query → `openssl ts -reply`
 * (argument arrays) → application/timestamp-reply. Signs with the test PKI's TSA certificate.
 *
 * Scriptable faults for client tests: `fail` (HTTP status to answer with), `hang` (never answer).
 * `requests` counts the queries served.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { KeyCert } from './pki.js';
import { TAG, boolean, integer, octets, oid, parseDer, seq } from '../signing/authenticode/core/der.js';

const HASH_LENGTHS: Record<string, number> = {
  '1.3.14.3.2.26': 20,
  '2.16.840.1.101.3.4.2.1': 32,
  '2.16.840.1.101.3.4.2.2': 48,
  '2.16.840.1.101.3.4.2.3': 64,
};

/**
 * Validates a TimeStampReq (RFC 3161 §2.4.1): version 1, a messageImprint whose hash length matches its
 * algorithm, optional reqPolicy/nonce/certReq. Returns a problem description or undefined.
 */
export function timeStampReqProblem(body: Buffer): string | undefined {
  try {
    const f = seq(parseDer(body, 'TimeStampReq'), 'TimeStampReq');
    if (integer(f[0]!) !== 1n) return 'TimeStampReq version must be 1';
    const [alg, hashed] = seq(f[1]!, 'MessageImprint');
    const algOid = oid(seq(alg!, 'AlgorithmIdentifier')[0]!);
    const want = HASH_LENGTHS[algOid];
    if (!want) return `unsupported messageImprint hash algorithm ${algOid}`;
    if (octets(hashed!).length !== want) return `messageImprint is ${octets(hashed!).length} bytes, expected ${want} for ${algOid}`;
    for (const n of f.slice(2)) {
      if (n.tag === TAG.OID || n.tag === TAG.INTEGER) continue;
      if (n.tag === TAG.BOOLEAN) boolean(n);
      else if (!n.isContext(0)) return `unexpected field with tag 0x${n.tag.toString(16)} in TimeStampReq`;
    }
    return undefined;
  } catch (e) {
    return `malformed TimeStampReq: ${(e as Error).message}`;
  }
}

/** PKIStatus of a TimeStampResp (0 granted, 1 grantedWithMods, ≥2 failures). */
export function timeStampRespStatus(der: Buffer): number {
  const [status] = seq(parseDer(der, 'TimeStampResp'), 'TimeStampResp');
  return Number(integer(seq(status!, 'PKIStatusInfo')[0]!));
}

export interface TsaEmulator {
  /** http://127.0.0.1:PORT/ */
  url: string;
  port: number;
  requests: number;
  /** Answer every request with this HTTP status (no body) while set. */
  fail?: number;
  /** Never answer while set. */
  hang?: boolean;
  close(): Promise<void>;
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args[0]} ${args[1] ?? ''} failed: ${stderr || err.message}`));
      else resolve();
    });
  });
}

export async function startTsa(opts: { tsa: KeyCert; extraCerts?: KeyCert[]; digest?: 'sha256' | 'sha384' | 'sha512' }): Promise<TsaEmulator> {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-tsa-'));
  const serial = join(dir, 'tsaserial');
  writeFileSync(serial, '01\n');
  const certsPath = join(dir, 'tsa-certs.pem');
  writeFileSync(certsPath, (opts.extraCerts ?? []).map((c) => c.certPem.trim() + '\n').join(''));
  const cfg = join(dir, 'tsa.cnf');
  writeFileSync(
    cfg,
    [
      '[ tsa ]',
      'default_tsa = tsa_config',
      '[ tsa_config ]',
      `serial = ${serial}`,
      'crypto_device = builtin',
      `signer_cert = ${opts.tsa.certPath}`,
      ...(opts.extraCerts?.length ? [`certs = ${certsPath}`] : []),
      `signer_key = ${opts.tsa.keyPath}`,
      `signer_digest = ${opts.digest ?? 'sha256'}`,
      'default_policy = 1.3.6.1.4.1.55555.1.1',
      'other_policies = 1.3.6.1.4.1.55555.1.2',
      'digests = sha1, sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = yes',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  let seq = 0;
  const emu: TsaEmulator = { url: '', port: 0, requests: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (emu.hang) return;
        if (emu.fail) {
          res.writeHead(emu.fail).end();
          return;
        }
        const ct = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (req.method !== 'POST' || ct !== 'application/timestamp-query') {
          res.writeHead(req.method !== 'POST' ? 405 : 415, { 'content-type': 'text/plain' }).end('expected POST application/timestamp-query\n');
          return;
        }
        const body = Buffer.concat(chunks);
        const problem = timeStampReqProblem(body);
        if (problem) {
          res.writeHead(400, { 'content-type': 'text/plain' }).end(`${problem}\n`);
          return;
        }
        const n = ++seq;
        const q = join(dir, `q${n}.tsq`);
        const r = join(dir, `r${n}.tsr`);
        writeFileSync(q, body);
        try {
          await run('openssl', ['ts', '-reply', '-config', cfg, '-section', 'tsa_config', '-queryfile', q, '-out', r], dir);
          const reply = readFileSync(r);
          const status = timeStampRespStatus(reply);
          if (status > 1) throw new Error(`openssl ts -reply produced a rejection (PKIStatus ${status})`);
          emu.requests++;
          res.writeHead(200, { 'content-type': 'application/timestamp-reply', 'content-length': reply.length }).end(reply);
        } catch (e) {
          res.writeHead(500, { 'content-type': 'text/plain' }).end(`${(e as Error).message}\n`);
        } finally {
          rmSync(q, { force: true });
          rmSync(r, { force: true });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  emu.port = port;
  emu.url = `http://127.0.0.1:${port}/`;
  emu.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      });
    });
  return emu;
}
