/**
 * Loopback emulator of the Azure Trusted Signing (Artifact Signing) data plane, with real crypto.
 *
 * Layouts (docs/reference/trusted-signing.md §2-§4, api-specs/):
 * - legacy `api-version=2022-06-15-preview` (what jsign 7.5 speaks): POST …/{profile}/sign → 202 flat
 *   {operationId, status:"InProgress", signature:null, signingCertificate:null}; GET …/sign/{id} → flat body.
 *   Checked against api-specs/trusted-signing-legacy-2022-06-15-preview.md (body has exactly
 *   signatureAlgorithm + digest, JSON content type, bearer token).
 * - stable `api-version=2024-06-15`: POST …/{profile}:sign → 202 + Operation-Location, GET …/sign/{id},
 *   …/sign/certchain (DER PKCS#7), …/sign/rootcert (DER), …/sign/eku (paged). Every request and response
 *   is validated against api-specs/trusted-signing-2024-06-15.openapi.json (violations recorded).
 * Signatures are RSASSA-PKCS1-v1_5 over DigestInfo(alg, digest) made with the test leaf key; the chain is
 * a certs-only PKCS#7 (leaf, intermediate, root) encoded like the real service: base64 of MIME base64.
 *
 * Fault switches (`emu.fault`): HTTP status on some routes (401/403 with or without JSON, 404, 429 with
 * Retry-After, 500), `never-finish`, `hang`, `failed`, `rotate-leaf`, `wrong-key`, `other-root`, `leaf` (any leaf),
 * `reject-legacy-version` (401 for 2022-06-15-preview, as reported in ebourg/jsign#350).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { constants, generateKeyPairSync, privateEncrypt, randomUUID, type KeyObject } from 'node:crypto';
import type { AddressInfo, Socket } from 'node:net';
import { createValidator, specPath, type OpenApiValidator } from './openapi.js';
import type { KeyCert, TestPki } from './pki.js';
import { readBody } from './read-body.js';

export const LEGACY_API_VERSION = '2022-06-15-preview';
export const STABLE_API_VERSION = '2024-06-15';
const SUPPORTED = [LEGACY_API_VERSION, '2023-06-15-preview', STABLE_API_VERSION];

export type Route = 'sign' | 'status' | 'preflight';
export type Fault =
  | { kind: 'status'; status: number; json?: boolean; on?: Route[]; times?: number; code?: string; message?: string }
  | { kind: 'never-finish' }
  | { kind: 'hang'; on?: Route[] }
  | { kind: 'failed' }
  | { kind: 'rotate-leaf'; seen?: number }
  | { kind: 'wrong-key' }
  | { kind: 'other-root' }
  /** Sign with this leaf (same intermediate/root), e.g. another subject or without the identity EKU. */
  | { kind: 'leaf'; leaf: KeyCert }
  | { kind: 'reject-legacy-version' };

export interface LoggedRequest {
  method: string;
  path: string;
  apiVersion: string | null;
  route: string;
  status: number;
}

interface Operation {
  id: string;
  layout: 'legacy' | 'stable';
  polls: number;
  signature: Buffer;
  chain: string;
  failed: boolean;
  neverFinish: boolean;
}

export interface SigningEmulator {
  /** http://127.0.0.1:PORT — use as `endpoint` / jsign `--keystore`. */
  url: string;
  account: string;
  profile: string;
  /** Polls answered "in progress" before "Succeeded". */
  pollsBeforeDone: number;
  fault?: Fault;
  requests: LoggedRequest[];
  /** Sign operations submitted (jsign makes N + 1 for N files). */
  signOperations: number;
  /** Spec violations (2024-06-15 via the OpenAPI document, legacy via its description). */
  violations: string[];
  /** The identity EKUs GET …/sign/eku reports. */
  ekus: string[];
  acceptToken(token: string): void;
  /** The leaf currently used to sign. */
  leaf: KeyCert;
  close(): Promise<void>;
}

// ---- tiny DER writer (certs-only PKCS#7) ----
function der(tag: number, content: Buffer): Buffer {
  const len = content.length;
  let lenBytes: Buffer;
  if (len < 0x80) lenBytes = Buffer.from([len]);
  else {
    const hex = len.toString(16).padStart(len.toString(16).length + (len.toString(16).length % 2), '0');
    const b = Buffer.from(hex, 'hex');
    lenBytes = Buffer.concat([Buffer.from([0x80 | b.length]), b]);
  }
  return Buffer.concat([Buffer.from([tag]), lenBytes, content]);
}
const seq = (...c: Buffer[]) => der(0x30, Buffer.concat(c));
const set = (...c: Buffer[]) => der(0x31, Buffer.concat(c));
const ctx0 = (...c: Buffer[]) => der(0xa0, Buffer.concat(c));
const OID_SIGNED_DATA = Buffer.from('06092a864886f70d010702', 'hex');
const OID_DATA = Buffer.from('06092a864886f70d010701', 'hex');

/** DER PKCS#7 SignedData certs-only; like the real service, encapContentInfo carries the leaf DER again. */
export function certsOnlyPkcs7(certs: Buffer[]): Buffer {
  const leaf = certs[0]!;
  const signedData = seq(Buffer.from([0x02, 0x01, 0x01]), set(), seq(OID_DATA, ctx0(der(0x04, leaf))), ctx0(...certs), set());
  return seq(OID_SIGNED_DATA, ctx0(signedData));
}

/** base64(MIME-base64 with CRLF every 64 chars) — the service's `signingCertificate` encoding. */
export function doubleBase64(derBytes: Buffer): string {
  const inner = derBytes.toString('base64').replace(/(.{64})/g, '$1\r\n').replace(/\r\n$/, '');
  return Buffer.from(inner + '\r\n', 'ascii').toString('base64');
}

const DIGEST_INFO: Record<string, { prefix: string; len: number }> = {
  '256': { prefix: '3031300d060960864801650304020105000420', len: 32 },
  '384': { prefix: '3041300d060960864801650304020205000430', len: 48 },
  '512': { prefix: '3051300d060960864801650304020305000440', len: 64 },
};

function rsaSign(key: string | KeyObject, bits: string, digest: Buffer): Buffer {
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([Buffer.from(DIGEST_INFO[bits]!.prefix, 'hex'), digest]));
}

/** What one emulator keeps between requests. */
interface SigningState {
  pki: TestPki;
  validator: OpenApiValidator;
  tokens: Set<string>;
  operations: Map<string, Operation>;
  hanging: Set<ServerResponse>;
  emu: SigningEmulator;
  rotated?: KeyCert;
  other?: KeyCert;
  wrongKey?: KeyObject;
  violation: (m: string) => void;
}

/** One request, once routed: its parsed parts and the two ways to answer it. */
interface SigningRequest {
  req: IncomingMessage;
  res: ServerResponse;
  body: Buffer;
  m: RegExpExecArray | null;
  route: string;
  layout: 'legacy' | 'stable';
  apiVersion: string | null;
  log: LoggedRequest;
  send: (status: number, payload: unknown, extra?: Record<string, string>, contentType?: string) => void;
  error: (status: number, code: string, message: string, extra?: Record<string, string>) => void;
}

export async function startTrustedSigning(opts: { pki: TestPki; account?: string; profile?: string; pollsBeforeDone?: number; tokens?: string[] }): Promise<SigningEmulator> {
  const pki = opts.pki;
  const validator: OpenApiValidator = createValidator(specPath('trusted-signing-2024-06-15.openapi.json'), { onViolation: 'record' });
  const sockets = new Set<Socket>();
  const extraViolations: string[] = [];
  const tokens = new Set(opts.tokens ?? []);
  const emu: SigningEmulator = {
    url: '',
    account: opts.account ?? 'contoso-signing',
    profile: opts.profile ?? 'contoso-release',
    pollsBeforeDone: opts.pollsBeforeDone ?? 1,
    requests: [],
    signOperations: 0,
    violations: [],
    ekus: ['1.3.6.1.4.1.311.97.1.0', '1.3.6.1.5.5.7.3.3', pki.identityEku],
    acceptToken: (t) => void tokens.add(t),
    leaf: pki.leaf,
    close: async () => {},
  };
  const state: SigningState = { pki, validator, tokens, operations: new Map(), hanging: new Set(), emu, violation: (m) => void extraViolations.push(m) };

  const server = createServer((req, res) => {
    void handleSigning(state, req, res).catch((err: unknown) => {
      state.violation(`emulator error: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('emulator error');
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  emu.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  emu.close = () =>
    new Promise<void>((r) => {
      for (const h of state.hanging) h.destroy();
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  Object.defineProperty(emu, 'violations', {
    get: () => [...validator.violations.map((v) => `${v.kind} ${v.method} ${v.path}${v.status ? ` → ${v.status}` : ''}: ${v.message}`), ...extraViolations],
  });
  return emu;
}

const chainFor = (state: SigningState, leaf: KeyCert): Buffer[] =>
  leaf === state.other ? [leaf.certDer, state.pki.otherIntermediate.certDer, state.pki.otherRoot.certDer] : [leaf.certDer, state.pki.intermediate.certDer, state.pki.root.certDer];

/** The route name of a request (`unknown` when the path, method and api-version do not match one). */
function routeOf(m: RegExpExecArray | null, method: string, layout: 'legacy' | 'stable'): string {
  let route = 'unknown';
  if (m) {
    const [, , , kind, sub] = m;
    if (kind === ':sign' && !sub && method === 'POST') route = 'sign';
    else if (kind === '/sign' && !sub && method === 'POST') route = 'sign';
    else if (kind === '/sign' && sub && ['certchain', 'rootcert', 'eku'].includes(sub) && method === 'GET') route = `preflight:${sub}`;
    else if (kind === '/sign' && sub && method === 'GET') route = 'status';
    if (kind === '/sign' && !sub && layout === 'stable') route = 'unknown'; // legacy path with a stable api-version
    if (kind === ':sign' && layout === 'legacy') route = 'unknown';
  }
  return route;
}

/** Routes a request, validates it (stable layout) and builds its `send`/`error` answers. */
async function parseSigningRequest(state: SigningState, req: IncomingMessage, res: ServerResponse): Promise<SigningRequest> {
  const { validator, emu } = state;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const body = await readBody(req);
  const path = url.pathname;
  const apiVersion = url.searchParams.get('api-version');
  const method = req.method ?? 'GET';
  const m =
    /^\/codesigningaccounts\/([^/]+)\/certificateprofiles\/([^/:]+)(:sign|\/sign)(?:\/([^/]+))?$/.exec(path) ?? null;
  const layout: 'legacy' | 'stable' = apiVersion === LEGACY_API_VERSION ? 'legacy' : 'stable';
  const route = routeOf(m, method, layout);
  const log: LoggedRequest = { method, path, apiVersion, route, status: 0 };
  emu.requests.push(log);
  const stable = layout === 'stable';
  const headers = req.headers as Record<string, string | string[] | undefined>;
  if (stable && route !== 'unknown') validator.validateRequest({ method, path, query: url.searchParams, headers, body: body.length ? body.toString('utf8') : undefined });

  const send = (status: number, payload: unknown, extra: Record<string, string> = {}, contentType = 'application/json; charset=utf-8') => {
    log.status = status;
    const buf = payload === undefined ? Buffer.alloc(0) : Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload));
    const h: Record<string, string | number> = { ...extra, 'content-length': buf.length };
    if (buf.length) h['content-type'] = contentType;
    if (stable && route !== 'unknown' && !extra['x-relforge-skip-validation']) {
      validator.validateResponse({ method, path, status, headers: h, body: contentType.startsWith('application/json') && buf.length ? JSON.parse(buf.toString('utf8')) : undefined });
    }
    delete h['x-relforge-skip-validation'];
    res.writeHead(status, h).end(buf);
  };
  const error = (status: number, code: string, message: string, extra: Record<string, string> = {}) => {
    if (layout === 'legacy') send(status, { errorDetail: { code, message, target: null } }, extra);
    else send(status, { error: { code, message } }, { 'x-ms-error-code': code, ...extra });
  };
  return { req, res, body, m, route, layout, apiVersion, log, send, error };
}

async function handleSigning(state: SigningState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { emu, pki } = state;
  const r = await parseSigningRequest(state, req, res);
  const { m, route, layout, apiVersion, log, send, error } = r;
  if (route === 'unknown') {
    error(404, 'NotFound', `No route for ${log.method} ${log.path}`);
    return;
  }
  if (!apiVersion || !SUPPORTED.includes(apiVersion)) {
    error(400, 'UnsupportedApiVersion', `The HTTP resource does not support the API version '${apiVersion}'.`, { 'api-supported-versions': SUPPORTED.join(', ') });
    return;
  }
  const auth = req.headers.authorization ?? '';
  const token = /^Bearer (.+)$/.exec(auth)?.[1];
  if (!token || !state.tokens.has(token)) {
    error(401, 'Unauthorized', 'The access token is missing, invalid, or not issued for https://codesigning.azure.net.', { 'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common"' });
    return;
  }
  const f = emu.fault;
  const routeKind: Route = route.startsWith('preflight') ? 'preflight' : (route as Route);
  if (f?.kind === 'reject-legacy-version' && layout === 'legacy') {
    error(401, 'Unauthorized', `api-version ${apiVersion} is not supported for this account.`, { 'api-supported-versions': SUPPORTED.join(', ') });
    return;
  }
  if (f?.kind === 'status' && (f.on ?? ['sign', 'status', 'preflight']).includes(routeKind) && (f.times === undefined || f.times > 0)) {
    if (f.times !== undefined) f.times--;
    const extra: Record<string, string> = {};
    if (f.status === 429) extra['retry-after'] = '1';
    if (f.json === false) {
      log.status = f.status;
      res.writeHead(f.status, extra).end();
      return;
    }
    error(f.status, f.code ?? defaultCode(f.status), f.message ?? defaultMessage(f.status), extra);
    return;
  }
  if (f?.kind === 'hang' && (f.on ?? ['sign']).includes(routeKind)) {
    state.hanging.add(res);
    return;
  }
  const [, account, profile] = m!;
  if (decodeURIComponent(account!) !== emu.account || decodeURIComponent(profile!) !== emu.profile) {
    error(404, 'NotFound', `Certificate profile '${decodeURIComponent(account!)}/${decodeURIComponent(profile!)}' was not found.`);
    return;
  }

  if (route === 'preflight:eku') {
    send(200, { value: emu.ekus.map((eku) => ({ eku })) });
    return;
  }
  if (route === 'preflight:certchain') {
    send(200, certsOnlyPkcs7(chainFor(state, emu.leaf)), {}, 'application/pkcs7-mime');
    return;
  }
  if (route === 'preflight:rootcert') {
    send(200, pki.root.certDer, {}, 'application/x-x509-ca-cert');
    return;
  }
  if (route === 'sign') return submitSign(state, r, f);
  return pollStatus(state, r);
}

/** POST …:sign / …/sign: checks the body, signs with the leaf the fault picks, answers 202 with the operation. */
function submitSign(state: SigningState, r: SigningRequest, f: Fault | undefined): void {
  const { emu, pki } = state;
  const { req, body, m, layout, apiVersion, send, error } = r;
  const [, account, profile] = m!;
  const ct = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
  if (ct !== 'application/json') state.violation(`sign: content-type "${ct}" is not application/json`);
  let payload: { signatureAlgorithm?: unknown; digest?: unknown; [k: string]: unknown };
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    error(400, 'BadRequest', 'The request body is not valid JSON.');
    return;
  }
  if (layout === 'legacy') {
    const keys = Object.keys(payload).sort().join(',');
    if (keys !== 'digest,signatureAlgorithm') state.violation(`legacy sign body members "${keys}" (expected exactly signatureAlgorithm, digest)`);
  }
  const alg = String(payload.signatureAlgorithm ?? '');
  const am = /^(RS|PS|ES)(256|384|512)$|^ES256K$/.exec(alg);
  if (!am) {
    error(400, 'BadRequest', `signatureAlgorithm '${alg}' is not supported.`);
    return;
  }
  const digest = typeof payload.digest === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(payload.digest) ? Buffer.from(payload.digest, 'base64') : undefined;
  const bits = am[2] ?? '256';
  if (!digest || digest.length !== DIGEST_INFO[bits]!.len) {
    error(400, 'BadRequest', `digest must be the base64 of a ${DIGEST_INFO[bits]!.len}-byte hash for ${alg}.`);
    return;
  }
  if (am[1] !== 'RS') {
    error(400, 'BadRequest', `signatureAlgorithm '${alg}' does not match the profile's RSA key (the emulator signs RS256/384/512).`);
    return;
  }
  emu.signOperations++;
  let leaf = emu.leaf;
  let key: string | KeyObject = leaf.keyPem;
  if (f?.kind === 'rotate-leaf') f.seen = (f.seen ?? 0) + 1;
  if (f?.kind === 'rotate-leaf' && f.seen! > 1) {
    state.rotated ??= pki.issueLeaf({ name: `rotated-${Date.now()}` });
    leaf = state.rotated;
    key = state.rotated.keyPem;
  }
  if (f?.kind === 'other-root') {
    state.other ??= pki.issueLeaf({ name: `other-${Date.now()}`, issuer: pki.otherIntermediate });
    leaf = state.other;
    key = state.other.keyPem;
  }
  if (f?.kind === 'leaf') {
    leaf = f.leaf;
    key = f.leaf.keyPem;
  }
  if (f?.kind === 'wrong-key') {
    state.wrongKey ??= generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey;
    key = state.wrongKey;
  }
  const op: Operation = {
    id: randomUUID(),
    layout,
    polls: 0,
    signature: rsaSign(key, bits, digest),
    chain: doubleBase64(certsOnlyPkcs7(chainFor(state, leaf))),
    failed: f?.kind === 'failed',
    neverFinish: f?.kind === 'never-finish',
  };
  state.operations.set(op.id, op);
  if (layout === 'legacy') {
    send(202, { operationId: op.id, status: 'InProgress', signature: null, signingCertificate: null });
  } else {
    const host = req.headers.host ?? '127.0.0.1';
    const location = `http://${host}/codesigningaccounts/${account}/certificateprofiles/${profile}/sign/${op.id}?api-version=${apiVersion}`;
    send(202, { id: op.id, status: 'Running' }, { 'operation-location': location });
  }
}

/** GET …/sign/{id}: in progress for `pollsBeforeDone` polls, then the result in the operation's layout. */
function pollStatus(state: SigningState, r: SigningRequest): void {
  const { m, send, error } = r;
  const op = state.operations.get(decodeURIComponent(m![4]!));
  if (!op) {
    error(404, 'NotFound', `Operation '${m![4]}' was not found.`);
    return;
  }
  op.polls++;
  const done = !op.neverFinish && op.polls > state.emu.pollsBeforeDone;
  if (op.layout === 'legacy') {
    if (!done) send(200, { operationId: op.id, status: 'InProgress', signature: null, signingCertificate: null });
    else if (op.failed) send(200, { operationId: op.id, status: 'Failed', signature: null, signingCertificate: null });
    else send(200, { operationId: op.id, status: 'Succeeded', signature: op.signature.toString('base64'), signingCertificate: op.chain });
  } else {
    if (!done) send(200, { id: op.id, status: 'Running' });
    else if (op.failed) send(200, { id: op.id, status: 'Failed', error: { code: 'SigningFailed', message: 'The signing operation failed.' } });
    else send(200, { id: op.id, status: 'Succeeded', result: { signature: op.signature.toString('base64'), signingCertificate: op.chain } });
  }
}

function defaultCode(status: number): string {
  return ({ 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 429: 'TooManyRequests', 500: 'InternalServerError' } as Record<number, string>)[status] ?? 'Error';
}
function defaultMessage(status: number): string {
  return (
    ({
      401: 'The access token is invalid.',
      403: 'The client does not have authorization to perform action Microsoft.CodeSigning/certificateProfiles/Sign/action.',
      404: 'Not found.',
      429: 'Too many requests.',
      500: 'ClaimsPrincipal TenantId is null.',
    } as Record<number, string>)[status] ?? 'Error.'
  );
}
