/**
 * Independent Authenticode verification (file level), fail-closed.
 *
 * PE: the file is streamed through the Authenticode digest (1 MiB reads, constant memory); the certificate
 * table, the CMS signature, the chain to a pinned root at the timestamp time, the EKUs, the subject pin and
 * the RFC 3161 timestamp (signature, chain to the pinned TSA root, message imprint) are checked in-process
 * with Node's crypto and X509Certificate.
 * MSI: parsed in-process too (OLE compound file, \x05DigitalSignature stream, content digest over the
 * streams in Authenticode order, plus the \x05MsiDigitalSignatureEx metadata pre-hash when present).
 * No external tool is needed.
 */
import { X509Certificate, createHash, verify as cryptoVerify, constants, type KeyObject } from 'node:crypto';
import { open } from 'node:fs/promises';
import { READ_CHUNK } from '../../platform/fs.js';
import { Problems, RelforgeError, errorMessage } from '../../platform/errors.js';
import { PE_HEAD_BYTES, PeFormatError, authenticodeRanges, peLayout } from './core/pe.js';
import {
  AuthenticodeFormatError,
  HASH_OIDS,
  OID,
  SIGNATURE_OIDS,
  parseAuthenticodeSignature,
  parseCertificateTable,
  parseSignedData,
  parseTstInfo,
  singleValue,
  type AuthenticodeSignature,
  type SignerInfo,
} from './core/signed-data.js';
import { DerError, TAG, octets, oid, readDer, seq, smallInt } from './core/der.js';
import { OLE_MAGIC, DIGITAL_SIGNATURE, DIGITAL_SIGNATURE_EX, MsiFormatError, findRootStream, msiHashSteps, msiPrehashParts, readCompoundFile, streamRanges, type CompoundFile, type HashStep } from './core/msi.js';
import { formatName, missingSubjectAttributes, parseCertInfo, parseSubjectPin, type CertInfo } from './core/x509.js';

export interface AuthenticodePins {
  /** PEM bundle of trusted roots (trust anchors for the code-signing chain). */
  roots: string;
  /** PEM bundle of trusted timestamping roots; defaults to `roots`. */
  tsaRoots?: string;
  /** Every attribute named (e.g. `CN=Contoso Ltd, O=Contoso`) must be in the leaf subject. */
  subject?: string;
  /** EKU OIDs the leaf must carry besides codeSigning (e.g. the Trusted Signing identity EKU). */
  ekus?: string[];
}

export interface AuthenticodeResult {
  file: string;
  kind: 'pe' | 'msi';
  /** Leaf subject, most specific first: "CN=…, O=…, C=…". */
  signerSubject: string;
  /** SHA-256 (lowercase hex) of the leaf certificate's DER. */
  leafSha256: string;
  /** RFC 3161 genTime. */
  timestamp?: Date;
  /** File digest algorithm (sha256 | sha384 | sha512). */
  digestAlgorithm: string;
}

export interface VerifyAuthenticodeOptions {
  /** "Now" for the future-timestamp check and for chains without a timestamp (tests). */
  now?: Date;
  /** Default true: a signature without an RFC 3161 timestamp fails (Trusted Signing leaves live 3 days). */
  requireTimestamp?: boolean;
}

/** A failed verification; `check` names the check that failed (digest, signature, chain, eku, subject, timestamp, …). */
export class AuthenticodeVerificationError extends RelforgeError {
  readonly check: string;
  readonly file: string;
  constructor(file: string, check: string, detail: string, options?: { cause?: unknown }) {
    super(`Authenticode verification of ${file} failed [${check}]: ${detail}`, options);
    this.name = 'AuthenticodeVerificationError';
    this.check = check;
    this.file = file;
  }
}

const ALLOWED_DIGESTS = new Set(['sha256', 'sha384', 'sha512']);
const FUTURE_SKEW_MS = 5 * 60_000;
/** Upper bound for a certificate table we are willing to read into memory. */
const MAX_CERT_TABLE = 16 * 1024 * 1024;

/** Splits a PEM bundle into certificates; throws naming `what` when it holds none or a bad one. */
export function parsePemCertificates(text: string, what: string): X509Certificate[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (!blocks.length) throw new RelforgeError(`${what} holds no PEM certificate (expected "-----BEGIN CERTIFICATE-----" blocks).`);
  return blocks.map((b, i) => {
    try {
      return new X509Certificate(b);
    } catch (e) {
      throw new RelforgeError(`${what}: certificate #${i + 1} cannot be parsed: ${(e as Error).message}`);
    }
  });
}

interface PreparedPins {
  roots: X509Certificate[];
  tsaRoots: X509Certificate[];
  subject?: ReturnType<typeof parseSubjectPin>;
  subjectText?: string;
  ekus: string[];
}

/** The options each pin came from, so problems are reported by field (the caller's names). */
export interface PinFields {
  roots: string;
  tsaRoots: string;
  subject: string;
  ekus: string;
}

/** sign-trusted's and verify-authenticode's option names. */
export const PIN_FIELDS: PinFields = { roots: 'trusted-root', tsaRoots: 'tsa-root', subject: 'expected-subject', ekus: 'expected-eku' };

/**
 * Validates pins up front (PEM parse, EKU OIDs, subject syntax). With `fields`, every problem is reported by
 * field (SettingsError, all at once); without, the first one is thrown as a RelforgeError sentence.
 */
export function checkAuthenticodePins(pins: AuthenticodePins, fields?: PinFields): void {
  if (!fields) {
    preparePins(pins);
    return;
  }
  const problems = new Problems();
  const attempt = (field: string, f: () => void): boolean => {
    try {
      f();
      return true;
    } catch (e) {
      problems.add(field, `is not usable: ${errorMessage(e)}`);
      return false;
    }
  };
  const rootsOk = attempt(fields.roots, () => preparePins({ roots: pins.roots }));
  if (pins.tsaRoots) attempt(fields.tsaRoots, () => preparePins({ roots: pins.tsaRoots! }));
  if (rootsOk) {
    attempt(fields.ekus, () => preparePins({ roots: pins.roots, ekus: pins.ekus }));
    attempt(fields.subject, () => preparePins({ roots: pins.roots, subject: pins.subject }));
  }
  problems.throwIfAny();
}

function preparePins(pins: AuthenticodePins): PreparedPins {
  if (!pins || typeof pins.roots !== 'string') throw new RelforgeError('Authenticode pins: a trusted root PEM bundle is required.');
  const roots = parsePemCertificates(pins.roots, 'The trusted root bundle');
  const tsaRoots = pins.tsaRoots ? parsePemCertificates(pins.tsaRoots, 'The TSA root bundle') : roots;
  const out: PreparedPins = { roots, tsaRoots, ekus: [] };
  for (const e of pins.ekus ?? []) {
    if (!/^\d+(\.\d+)+$/.test(e.trim())) throw new RelforgeError(`EKU pin "${e}" is not a dotted OID (e.g. 1.3.6.1.4.1.311.97.1.2.3.4).`);
    out.ekus.push(e.trim());
  }
  if (pins.subject !== undefined && pins.subject.trim() !== '') {
    try {
      out.subject = parseSubjectPin(pins.subject);
      out.subjectText = pins.subject;
    } catch (e) {
      throw new RelforgeError(`${(e as Error).message}.`);
    }
  }
  return out;
}

function hashName(algOid: string, what: string, fail: (check: string, detail: string) => never): string {
  const h = HASH_OIDS[algOid];
  if (!h || !ALLOWED_DIGESTS.has(h)) fail('algorithm', `${what} uses ${h ?? algOid}; only SHA-256, SHA-384 and SHA-512 are accepted`);
  return h!;
}

/** Verifies a SignerInfo signature over the DER of its signed attributes. */
function verifySignerSignature(signer: SignerInfo, key: KeyObject, hash: string): boolean {
  const data = signer.signedAttrs!.der;
  const alg = signer.signatureAlgorithm.oid;
  if (alg === OID.rsaPss) {
    if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'rsa-pss') return false;
    let saltLength = 20;
    let pssHash = 'sha1';
    const params = signer.signatureAlgorithm.params;
    if (params) {
      for (const f of seq(params, 'RSASSA-PSS-params')) {
        const inner = f.children()[0]!;
        if (f.isContext(0)) pssHash = HASH_OIDS[oid(seq(inner)[0]!)] ?? 'unknown';
        if (f.isContext(2)) saltLength = smallInt(inner);
      }
    }
    if (pssHash !== hash) return false;
    return cryptoVerify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signer.signature);
  }
  const s = SIGNATURE_OIDS[alg];
  if (!s) return false;
  if (s.hash && s.hash !== hash) return false;
  const kt = key.asymmetricKeyType;
  if (s.key === 'rsa' && kt !== 'rsa') return false;
  if (s.key === 'ec' && kt !== 'ec') return false;
  return cryptoVerify(hash, data, s.key === 'rsa' ? { key, padding: constants.RSA_PKCS1_PADDING } : key, signer.signature);
}

interface Cert {
  x509: X509Certificate;
  info: CertInfo;
}

function loadCerts(ders: Buffer[]): Cert[] {
  return ders.map((d) => ({ x509: new X509Certificate(d), info: parseCertInfo(d) }));
}

function findSigner(signer: SignerInfo, certs: Cert[]): Cert | undefined {
  const sid = signer.sid;
  if ('ski' in sid) return certs.find((c) => c.info.subjectKeyIdentifier?.equals(sid.ski));
  const norm = (b: Buffer) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    return b.subarray(i);
  };
  return certs.find((c) => c.info.issuerRaw.equals(sid.issuerRaw) && norm(c.info.serial).equals(norm(sid.serial)));
}

const dn = (s: string) => s.split('\n').reverse().join(', ');
const describe = (c: X509Certificate) => dn(c.subject);

/**
 * Builds leaf → intermediates (from `pool`) → pinned root, checking every link's signature, validity at
 * `at`, CA flags, keyCertSign and pathLen. Returns the path (leaf first, pinned root last).
 */
function buildChain(leaf: Cert, pool: Cert[], roots: X509Certificate[], at: Date, purpose: string, fail: (check: string, detail: string) => never): Cert[] {
  const path: Cert[] = [leaf];
  const rootFps = new Set(roots.map((r) => r.fingerprint256));
  let cur = leaf;
  for (let depth = 0; ; depth++) {
    if (depth > 8) fail('chain', `the ${purpose} chain is longer than 8 certificates`);
    if (rootFps.has(cur.x509.fingerprint256) && depth > 0) break;
    const root = roots.find((r) => cur.x509.checkIssued(r) && cur.x509.verify(r.publicKey));
    if (root) {
      if (root.fingerprint256 !== cur.x509.fingerprint256) path.push({ x509: root, info: parseCertInfo(root.raw) });
      break;
    }
    const next = pool.find((c) => !path.includes(c) && cur.x509.checkIssued(c.x509) && cur.x509.verify(c.x509.publicKey));
    if (!next) {
      fail(
        'chain',
        `the ${purpose} chain does not lead to a pinned root: "${describe(cur.x509)}" is issued by "${dn(cur.x509.issuer)}", ` +
          `which is neither a pinned root nor a certificate in the signature (pinned: ${roots.map((r) => `"${describe(r)}"`).join(', ')}). Check the root PEM you pinned.`,
      );
    }
    path.push(next!);
    cur = next!;
  }
  for (const [i, c] of path.entries()) {
    const from = new Date(c.x509.validFrom);
    const to = new Date(c.x509.validTo);
    if (at < from || at > to)
      fail(
        'validity',
        `the ${purpose} certificate "${describe(c.x509)}" is not valid at ${at.toISOString()} (the ${i === 0 ? 'timestamp/verification time' : 'verification time'}); it is valid from ${from.toISOString()} to ${to.toISOString()}`,
      );
    if (i === 0) {
      if (c.info.basicConstraints?.ca) fail('chain', `the ${purpose} leaf "${describe(c.x509)}" is a CA certificate`);
      continue;
    }
    const isRoot = i === path.length - 1 && rootFps.has(c.x509.fingerprint256);
    const bc = c.info.basicConstraints;
    if (!(bc?.ca ?? (isRoot && !bc))) fail('chain', `"${describe(c.x509)}" issues certificates but is not a CA (basicConstraints)`);
    if (c.info.keyUsage && !c.info.keyUsage.includes('keyCertSign')) fail('chain', `"${describe(c.x509)}" issues certificates but its keyUsage lacks keyCertSign`);
    const intermediatesBelow = i - 1;
    if (bc?.pathLen !== undefined && intermediatesBelow > bc.pathLen) fail('chain', `"${describe(c.x509)}" allows a path length of ${bc.pathLen}, but ${intermediatesBelow} CA certificates follow it`);
  }
  return path;
}

interface CmsOutcome {
  leaf: Cert;
  timestamp?: Date;
  digestAlgorithm: string;
}

/** Every check on an Authenticode PKCS#7 except the file digest (which depends on the file type). */
function verifyAuthenticodeCms(sig: AuthenticodeSignature, pins: PreparedPins, opts: VerifyAuthenticodeOptions, fail: (check: string, detail: string) => never): CmsOutcome {
  const { signedData: sd, signer, spc } = sig;
  const fileHash = hashName(spc.digestAlgorithm, 'the file digest', fail);
  const signerHash = hashName(signer.digestAlgorithm.oid, 'the signer digest', fail);
  // messageDigest covers the SpcIndirectDataContent value octets.
  const md = createHash(signerHash).update(sd.contentOctets).digest();
  if (!md.equals(sig.messageDigest)) fail('message-digest', 'the messageDigest signed attribute does not match the signed content (the signature was altered)');
  let certs: Cert[];
  try {
    certs = loadCerts(sd.certificates);
  } catch (e) {
    fail('certificates', `a certificate in the signature cannot be parsed: ${(e as Error).message}`);
  }
  const leaf = findSigner(signer, certs!);
  if (!leaf) fail('certificates', 'the signing certificate named by the SignerInfo is not in the signature');
  if (!verifySignerSignature(signer, leaf!.x509.publicKey, signerHash))
    fail('signature', `the CMS signature does not verify with the public key of "${describe(leaf!.x509)}" (wrong key or altered signed attributes)`);

  const now = opts.now ?? new Date();
  let at = now;
  let timestamp: Date | undefined;
  if (sig.timestampToken) {
    timestamp = verifyTimestamp(sig.timestampToken.der, signer.signature, sd.certificates, pins, now, fail);
    at = timestamp;
  } else if (opts.requireTimestamp ?? true) {
    if (signer.unsignedAttrs.some((a) => a.type === OID.counterSignature))
      fail('timestamp', 'the signature carries only a legacy Authenticode countersignature; an RFC 3161 timestamp is required (jsign: --tsmode RFC3161; signtool: /tr … /td sha256)');
    fail('timestamp', 'the signature has no RFC 3161 timestamp; Trusted Signing certificates live 3 days, so an untimestamped signature expires with them (sign with --tsaurl … --tsmode RFC3161)');
  }

  buildChain(leaf!, certs!.filter((c) => c !== leaf), pins.roots, at, 'code-signing', fail);

  const ekus = leaf!.info.ekus ?? [];
  if (!ekus.includes(OID.codeSigning)) fail('eku', `the leaf "${describe(leaf!.x509)}" lacks the codeSigning EKU (${OID.codeSigning}); it carries [${ekus.join(', ') || 'no EKU extension'}]`);
  for (const e of pins.ekus) if (!ekus.includes(e)) fail('eku', `the leaf "${describe(leaf!.x509)}" lacks the pinned EKU ${e}; it carries [${ekus.join(', ')}] (check expected-eku / --eku)`);
  if (leaf!.info.keyUsage && !leaf!.info.keyUsage.includes('digitalSignature')) fail('eku', `the leaf "${describe(leaf!.x509)}" keyUsage lacks digitalSignature`);
  if (pins.subject) {
    const missing = missingSubjectAttributes(leaf!.info.subject, pins.subject);
    if (missing.length)
      fail('subject', `the leaf subject "${formatName(leaf!.info.subject)}" does not contain ${missing.map((m) => `${m.type}=${m.value}`).join(', ')} (pinned "${pins.subjectText}")`);
  }
  const out: CmsOutcome = { leaf: leaf!, digestAlgorithm: fileHash };
  if (timestamp) out.timestamp = timestamp;
  return out;
}

/** RFC 3161 token checks; returns genTime. */
function verifyTimestamp(token: Buffer, signedSignature: Buffer, outerCerts: Buffer[], pins: PreparedPins, now: Date, fail: (check: string, detail: string) => never): Date {
  let sd;
  let tst;
  try {
    sd = parseSignedData(token, 'RFC 3161 timestamp token');
    if (sd.contentType !== OID.tstInfo || sd.content?.tag !== TAG.OCTET_STRING) fail('timestamp', `the timestamp token content is ${sd.contentType}, not TSTInfo (${OID.tstInfo})`);
    tst = parseTstInfo(sd.contentOctets);
  } catch (e) {
    if (e instanceof AuthenticodeFormatError || e instanceof DerError) fail('timestamp', e.message);
    throw e;
  }
  if (sd.signerInfos.length !== 1) fail('timestamp', `the timestamp token has ${sd.signerInfos.length} signers; exactly one is expected`);
  const ts = sd.signerInfos[0]!;
  const tsHash = hashName(ts.digestAlgorithm.oid, 'the timestamp signer digest', fail);
  if (!ts.signedAttrs) fail('timestamp', 'the timestamp token signer has no signed attributes');
  const ct = singleValue(ts.signedAttrs!.attrs, OID.contentType, 'timestamp contentType');
  if (!ct || oid(ct) !== OID.tstInfo) fail('timestamp', 'the timestamp contentType signed attribute is not TSTInfo');
  const md = singleValue(ts.signedAttrs!.attrs, OID.messageDigest, 'timestamp messageDigest');
  if (!md || !createHash(tsHash).update(sd.contentOctets).digest().equals(octets(md))) fail('timestamp', 'the timestamp messageDigest does not match its TSTInfo (the token was altered)');
  let certs: Cert[];
  try {
    certs = loadCerts([...sd.certificates, ...outerCerts]);
  } catch (e) {
    fail('timestamp', `a certificate in the timestamp token cannot be parsed: ${(e as Error).message}`);
  }
  const tsaCert = findSigner(ts, certs!);
  if (!tsaCert) fail('timestamp', 'the TSA certificate is not in the timestamp token (request it with certReq)');
  if (!verifySignerSignature(ts, tsaCert!.x509.publicKey, tsHash)) fail('timestamp', `the timestamp token signature does not verify with the key of "${describe(tsaCert!.x509)}"`);
  if (!(tsaCert!.info.ekus ?? []).includes(OID.timeStamping)) fail('timestamp', `the TSA certificate "${describe(tsaCert!.x509)}" lacks the timeStamping EKU`);
  const imprintHash = hashName(tst!.hashAlgorithm, 'the timestamp message imprint', fail);
  if (!createHash(imprintHash).update(signedSignature).digest().equals(tst!.hashedMessage))
    fail('timestamp', 'the timestamp message imprint does not match the signature it claims to timestamp (the token belongs to another signature)');
  const genTime = tst!.genTime;
  if (genTime.getTime() > now.getTime() + FUTURE_SKEW_MS) fail('timestamp', `the timestamp time ${genTime.toISOString()} lies in the future`);
  const chainFail = (check: string, detail: string): never => fail('timestamp', `${check}: ${detail}${check === 'chain' ? ' (check tsa-root / --tsa-root)' : ''}`);
  buildChain(tsaCert!, certs!.filter((c) => c !== tsaCert), pins.tsaRoots, genTime, 'timestamping', chainFail);
  return genTime;
}

async function readExactly(fh: import('node:fs/promises').FileHandle, buf: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < buf.length) {
    const { bytesRead } = await fh.read(buf, done, buf.length - done, position + done);
    if (bytesRead === 0) throw new Error(`unexpected end of file at offset ${position + done}`);
    done += bytesRead;
  }
}


/**
 * Verifies one file (PE or MSI) against the pins. Throws AuthenticodeVerificationError naming the failing
 * check, or RelforgeError for unusable pins.
 */
export async function verifyAuthenticodeFile(path: string, pins: AuthenticodePins, opts: VerifyAuthenticodeOptions = {}): Promise<AuthenticodeResult> {
  const prepared = preparePins(pins);
  try {
    return await verifyFile(path, prepared, opts);
  } catch (e) {
    if (e instanceof RelforgeError) throw e;
    // Anything else while reading untrusted structures is a malformed file, never a pass.
    if (e instanceof DerError || e instanceof AuthenticodeFormatError || e instanceof MsiFormatError || e instanceof PeFormatError)
      throw new AuthenticodeVerificationError(path, 'format', e.message, { cause: e });
    throw new AuthenticodeVerificationError(path, 'format', `the signature could not be processed: ${(e as Error).message}`, { cause: e });
  }
}

async function verifyFile(path: string, prepared: PreparedPins, opts: VerifyAuthenticodeOptions): Promise<AuthenticodeResult> {
  const fail = (check: string, detail: string): never => {
    throw new AuthenticodeVerificationError(path, check, detail);
  };
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw new RelforgeError(`Cannot open ${path} for Authenticode verification: ${(e as Error).message}`, { cause: e });
  }
  try {
    const size = (await fh.stat()).size;
    const head = Buffer.alloc(Math.min(size, PE_HEAD_BYTES));
    await readExactly(fh, head, 0);
    if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC)) return await verifyMsi(path, fh, size, prepared, opts, fail);
    if (head.length < 2 || head.readUInt16LE(0) !== 0x5a4d) fail('format', 'the file is neither a PE (MZ) nor an MSI (OLE compound file)');
    let ranges: Array<[number, number]>;
    let table: { offset: number; size: number };
    try {
      const layout = peLayout(head, size);
      ranges = authenticodeRanges(layout, size);
      table = layout.certTable!;
    } catch (e) {
      if (e instanceof PeFormatError) fail(/appended/.test(e.message) ? 'appended-data' : /not signed/.test(e.message) ? 'unsigned' : 'format', e.message);
      throw e;
    }
    if (table!.size > MAX_CERT_TABLE) fail('certificate-table', `the certificate table is ${table!.size} bytes, larger than the ${MAX_CERT_TABLE}-byte limit`);
    const tableBuf = Buffer.alloc(table!.size);
    await readExactly(fh, tableBuf, table!.offset);
    let sig: AuthenticodeSignature;
    try {
      sig = parseAuthenticodeSignature(parseCertificateTable(tableBuf));
    } catch (e) {
      if (e instanceof AuthenticodeFormatError || e instanceof DerError)
        fail(/nested|signers|second certificate/.test(e.message) ? 'single-signature' : 'certificate-table', e.message);
      throw e;
    }
    if (sig!.spc.dataType !== OID.spcPeImageData) fail('format', `the signed content type is ${sig!.spc.dataType}, expected SPC_PE_IMAGE_DATA for a PE file`);
    const cms = verifyAuthenticodeCms(sig!, prepared, opts, fail);
    // Stream the digest ranges (constant memory): two 1 MiB buffers, the next read runs while the current
    // chunk is hashed.
    const h = createHash(cms.digestAlgorithm);
    const bufs = [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
    const reads: Array<{ pos: number; len: number }> = [];
    for (const [s, e] of ranges!) for (let pos = s; pos < e; pos += READ_CHUNK) reads.push({ pos, len: Math.min(READ_CHUNK, e - pos) });
    const readAt = (i: number) => {
      const r = reads[i]!;
      return readExactly(fh!, bufs[i % 2]!.subarray(0, r.len), r.pos).then(() => bufs[i % 2]!.subarray(0, r.len));
    };
    let pending = reads.length ? readAt(0) : undefined;
    for (let i = 0; i < reads.length; i++) {
      const chunk = await pending!;
      pending = i + 1 < reads.length ? readAt(i + 1) : undefined;
      h.update(chunk);
    }
    if (!h.digest().equals(sig!.spc.digest)) fail('digest', `the file's Authenticode ${cms.digestAlgorithm} digest does not match the signed digest (the file was modified after signing)`);
    return result(path, 'pe', cms);
  } finally {
    await fh?.close();
  }
}

function result(file: string, kind: 'pe' | 'msi', cms: CmsOutcome): AuthenticodeResult {
  const r: AuthenticodeResult = {
    file,
    kind,
    signerSubject: formatName(cms.leaf.info.subject),
    leafSha256: createHash('sha256').update(cms.leaf.x509.raw).digest('hex'),
    digestAlgorithm: cms.digestAlgorithm,
  };
  if (cms.timestamp) r.timestamp = cms.timestamp;
  return r;
}


/**
 * MSI: parsed in-process (OLE compound file → \x05DigitalSignature stream → the same CMS checks as PE), and the
 * content digest streamed over the storages/streams in Authenticode order, preceded by the metadata pre-hash
 * when \x05MsiDigitalSignatureEx is present (which must then equal the stored pre-hash).
 */
async function verifyMsi(
  path: string,
  fh: import('node:fs/promises').FileHandle,
  size: number,
  pins: PreparedPins,
  opts: VerifyAuthenticodeOptions,
  fail: (check: string, detail: string) => never,
): Promise<AuthenticodeResult> {
  const read = async (offset: number, length: number) => {
    const b = Buffer.alloc(length);
    await readExactly(fh, b, offset);
    return b;
  };
  let cf: CompoundFile;
  try {
    cf = await readCompoundFile(read, size);
  } catch (e) {
    if (e instanceof MsiFormatError) fail('format', `the MSI structure is invalid: ${e.message}`);
    throw e;
  }
  const sigEntry = findRootStream(cf!, DIGITAL_SIGNATURE);
  if (!sigEntry) fail('unsigned', 'the MSI has no Authenticode signature (no \\x05DigitalSignature stream)');
  if (sigEntry!.size > MAX_CERT_TABLE) fail('certificate-table', `the MSI signature stream is ${sigEntry!.size} bytes, larger than the ${MAX_CERT_TABLE}-byte limit`);
  let sig: AuthenticodeSignature;
  try {
    const parts: Buffer[] = [];
    for (const [off, len] of streamRanges(cf!, sigEntry!)) parts.push(await read(off, len));
    const der = Buffer.concat(parts);
    const node = readDer(der, 0);
    if (der.subarray(node.end).some((b) => b !== 0)) throw new AuthenticodeFormatError('non-zero bytes follow the PKCS#7 structure in the signature stream');
    sig = parseAuthenticodeSignature(der.subarray(0, node.end));
  } catch (e) {
    if (e instanceof MsiFormatError) fail('format', `the MSI structure is invalid: ${e.message}`);
    if (e instanceof AuthenticodeFormatError || e instanceof DerError) fail(/nested|signers/.test(e.message) ? 'single-signature' : 'certificate-table', e.message);
    throw e;
  }
  if (sig!.spc.dataType !== OID.spcSipInfo) fail('format', `the signed content type is ${sig!.spc.dataType}, expected SPC_SIPINFO for an MSI`);
  const cms = verifyAuthenticodeCms(sig!, pins, opts, fail);
  let steps: HashStep[];
  try {
    steps = msiHashSteps(cf!);
  } catch (e) {
    if (e instanceof MsiFormatError) fail('format', `the MSI structure is invalid: ${e.message}`);
    throw e;
  }
  const h = createHash(cms.digestAlgorithm);
  const exEntry = findRootStream(cf!, DIGITAL_SIGNATURE_EX);
  if (exEntry) {
    // MsiDigitalSignatureEx: the digest starts with a pre-hash over the storage metadata (names, sizes, times).
    const pre = createHash(cms.digestAlgorithm);
    for (const part of msiPrehashParts(cf!)) pre.update(part);
    const prehash = pre.digest();
    if (exEntry.size !== prehash.length) fail('digest', `the MsiDigitalSignatureEx stream is ${exEntry.size} bytes, expected a ${cms.digestAlgorithm} pre-hash`);
    const stored = Buffer.concat(await Promise.all(streamRanges(cf!, exEntry).map(([off, len]) => read(off, len))));
    if (!stored.equals(prehash)) fail('digest', 'the MSI metadata (stream names, sizes or times) changed after signing: MsiDigitalSignatureEx does not match');
    h.update(prehash);
  }
  const chunk = Buffer.allocUnsafe(READ_CHUNK);
  for (const step of steps!) {
    if ('bytes' in step) {
      h.update(step.bytes);
      continue;
    }
    for (const [off, len] of step.ranges) {
      for (let done = 0; done < len; ) {
        const n = Math.min(chunk.length, len - done);
        const part = chunk.subarray(0, n);
        await readExactly(fh, part, off + done);
        h.update(part);
        done += n;
      }
    }
  }
  if (!h.digest().equals(sig!.spc.digest)) fail('digest', `the MSI's Authenticode ${cms.digestAlgorithm} digest does not match the signed digest (the file was modified after signing)`);
  return result(path, 'msi', cms);
}

