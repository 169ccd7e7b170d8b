/**
 * Authenticode structures, parsed with the DER reader (pure): WIN_CERTIFICATE → PKCS#7 SignedData →
 * SpcIndirectDataContent (digest algorithm + digest), the SignerInfo with its signed attributes
 * (contentType, messageDigest), the RFC 3161 timestamp token in the unsigned attributes and its TSTInfo,
 * and nested signatures. Cryptographic checks live in the adapter (src/signing/authenticode/verify.ts).
 */
import { FormatError } from '../../../platform/errors.js';
import { DerError, DerNode, TAG, integer, octets, oid, parseDer, readDer, retag, seq, set, time } from './der.js';

export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  counterSignature: '1.2.840.113549.1.9.6',
  spcIndirectData: '1.3.6.1.4.1.311.2.1.4',
  spcPeImageData: '1.3.6.1.4.1.311.2.1.15',
  spcSipInfo: '1.3.6.1.4.1.311.2.1.30',
  spcNestedSignature: '1.3.6.1.4.1.311.2.4.1',
  /** Microsoft's RFC 3161 timestamp attribute (signtool, jsign, osslsigncode). */
  msRfc3161Timestamp: '1.3.6.1.4.1.311.3.3.1',
  /** CMS id-aa-timeStampToken (RFC 3161 appendix A). */
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
} as const;

/** Hash OID → Node hash name. SHA-1 is listed so it can be named in errors; callers refuse it for file digests. */
export const HASH_OIDS: Record<string, string> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

/** Signature algorithm OIDs that imply a hash (RSA PKCS#1 v1.5 and ECDSA). */
export const SIGNATURE_OIDS: Record<string, { key: 'rsa' | 'ec'; hash?: string }> = {
  '1.2.840.113549.1.1.1': { key: 'rsa' },
  '1.2.840.113549.1.1.5': { key: 'rsa', hash: 'sha1' },
  '1.2.840.113549.1.1.11': { key: 'rsa', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { key: 'rsa', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { key: 'rsa', hash: 'sha512' },
  '1.2.840.10045.2.1': { key: 'ec' },
  '1.2.840.10045.4.3.2': { key: 'ec', hash: 'sha256' },
  '1.2.840.10045.4.3.3': { key: 'ec', hash: 'sha384' },
  '1.2.840.10045.4.3.4': { key: 'ec', hash: 'sha512' },
};

export class AuthenticodeFormatError extends FormatError {}

export interface AlgorithmIdentifier {
  oid: string;
  params?: DerNode;
}

export interface Attribute {
  type: string;
  values: DerNode[];
}

export interface SignerInfo {
  version: number;
  /** IssuerAndSerialNumber (v1) or SubjectKeyIdentifier (v3). */
  sid: { issuerRaw: Buffer; serial: Buffer } | { ski: Buffer };
  digestAlgorithm: AlgorithmIdentifier;
  /** The signed attributes and the DER the signature covers (SET OF, tag 0x31). */
  signedAttrs?: { attrs: Attribute[]; der: Buffer };
  signatureAlgorithm: AlgorithmIdentifier;
  signature: Buffer;
  unsignedAttrs: Attribute[];
}

export interface SignedData {
  version: number;
  digestAlgorithms: string[];
  contentType: string;
  /** The content's value octets: what the messageDigest attribute covers. */
  contentOctets: Buffer;
  /** The content node (SEQUENCE for Authenticode, OCTET STRING for CMS/TSTInfo). */
  content?: DerNode;
  certificates: Buffer[];
  signerInfos: SignerInfo[];
}

export interface SpcIndirectData {
  /** SPC_PE_IMAGE_DATA for PE, SPC_SIPINFO for MSI and others. */
  dataType: string;
  digestAlgorithm: string;
  digest: Buffer;
}

export interface TstInfo {
  policy: string;
  hashAlgorithm: string;
  hashedMessage: Buffer;
  serial: bigint;
  genTime: Date;
  nonce?: bigint;
}

const u = (n: DerNode | undefined, what: string): DerNode => {
  if (!n) throw new AuthenticodeFormatError(`${what} is missing`);
  return n;
};

function algorithm(node: DerNode, what: string): AlgorithmIdentifier {
  const [o, params] = seq(node, what);
  const out: AlgorithmIdentifier = { oid: oid(u(o, `${what} OID`)) };
  if (params && params.tag !== TAG.NULL) out.params = params;
  return out;
}

function attributes(node: DerNode, what: string): Attribute[] {
  return node.children().map((a) => {
    const [t, vals] = seq(a, what);
    return { type: oid(u(t, `${what} type`)), values: set(u(vals, `${what} values`), `${what} values`) };
  });
}

export function attribute(attrs: Attribute[], type: string): Attribute | undefined {
  return attrs.find((a) => a.type === type);
}

/**
 * Reads the PE certificate table: exactly one WIN_CERTIFICATE (revision 0x0200, type PKCS_SIGNED_DATA 0x0002),
 * dwLength consistent with the table size (8-byte padding only, zero-filled). Returns the PKCS#7 DER.
 */
export function parseCertificateTable(table: Buffer): Buffer {
  if (table.length < 8) throw new AuthenticodeFormatError(`the certificate table is ${table.length} bytes, too small for a WIN_CERTIFICATE`);
  const dwLength = table.readUInt32LE(0);
  const revision = table.readUInt16LE(4);
  const type = table.readUInt16LE(6);
  if (revision !== 0x0200) throw new AuthenticodeFormatError(`WIN_CERTIFICATE revision is 0x${revision.toString(16)}, expected 0x0200`);
  if (type !== 0x0002) throw new AuthenticodeFormatError(`WIN_CERTIFICATE type is 0x${type.toString(16)}, expected 0x0002 (PKCS_SIGNED_DATA)`);
  if (dwLength < 8 || dwLength > table.length) throw new AuthenticodeFormatError(`WIN_CERTIFICATE dwLength ${dwLength} does not fit the ${table.length}-byte certificate table`);
  const padded = (dwLength + 7) & ~7;
  if (padded !== table.length)
    throw new AuthenticodeFormatError(
      `the certificate table holds ${table.length} bytes but its WIN_CERTIFICATE covers ${padded}: a second certificate entry or extra data follows (exactly one signature is allowed)`,
    );
  if (table.subarray(dwLength).some((b) => b !== 0)) throw new AuthenticodeFormatError('the WIN_CERTIFICATE padding is not zero-filled');
  const body = table.subarray(8, dwLength);
  let node: DerNode;
  try {
    node = readDer(body, 0);
  } catch (e) {
    throw new AuthenticodeFormatError(`the WIN_CERTIFICATE does not hold a DER PKCS#7 structure: ${(e as Error).message}`);
  }
  if (body.subarray(node.end).some((b) => b !== 0)) throw new AuthenticodeFormatError('non-zero bytes follow the PKCS#7 structure inside the WIN_CERTIFICATE');
  return body.subarray(0, node.end);
}

/** ContentInfo(SignedData) → SignedData. */
export function parseSignedData(der: Buffer, what = 'PKCS#7 signature'): SignedData {
  try {
    const ci = seq(parseDer(der, what), `${what} ContentInfo`);
    const ct = oid(u(ci[0], 'ContentInfo contentType'));
    if (ct !== OID.signedData) throw new AuthenticodeFormatError(`${what}: content type ${ct} is not SignedData (${OID.signedData})`);
    const wrapper = u(ci[1], 'ContentInfo content');
    if (!wrapper.isContext(0)) throw new AuthenticodeFormatError(`${what}: ContentInfo content is not [0]`);
    const sd = seq(u(wrapper.children()[0], 'SignedData'), 'SignedData');
    let i = 0;
    const version = Number(integer(u(sd[i++], 'SignedData version')));
    const digestAlgorithms = set(u(sd[i++], 'digestAlgorithms'), 'digestAlgorithms').map((n) => algorithm(n, 'digestAlgorithm').oid);
    const eci = seq(u(sd[i++], 'encapContentInfo'), 'encapContentInfo');
    const contentType = oid(u(eci[0], 'eContentType'));
    let content: DerNode | undefined;
    let contentOctets: Buffer = Buffer.alloc(0);
    if (eci[1]) {
      if (!eci[1].isContext(0)) throw new AuthenticodeFormatError(`${what}: eContent is not [0] EXPLICIT`);
      content = u(eci[1].children()[0], 'eContent');
      // PKCS#7 v1.5 (Authenticode) carries the SEQUENCE directly; CMS wraps it in an OCTET STRING.
      // Either way the message digest covers the value octets (RFC 2315 §9.3, RFC 5652 §5.4).
      contentOctets = Buffer.from(content.value);
    }
    const certificates: Buffer[] = [];
    let n = sd[i];
    if (n?.isContext(0)) {
      for (const c of n.children()) if (c.tag === TAG.SEQUENCE) certificates.push(Buffer.from(c.raw));
      n = sd[++i];
    }
    if (n?.isContext(1)) n = sd[++i]; // crls
    const signerInfos = set(u(n, 'signerInfos'), 'signerInfos').map((s) => parseSignerInfo(s));
    const out: SignedData = { version, digestAlgorithms, contentType, contentOctets, certificates, signerInfos };
    if (content) out.content = content;
    return out;
  } catch (e) {
    if (e instanceof AuthenticodeFormatError) throw e;
    if (e instanceof DerError) throw new AuthenticodeFormatError(`${what} is malformed: ${e.message}`);
    throw e;
  }
}

function parseSignerInfo(node: DerNode): SignerInfo {
  const f = seq(node, 'SignerInfo');
  let i = 0;
  const version = Number(integer(u(f[i++], 'SignerInfo version')));
  const sidNode = u(f[i++], 'SignerInfo sid');
  let sid: SignerInfo['sid'];
  if (sidNode.tag === TAG.SEQUENCE) {
    const [issuer, serial] = seq(sidNode, 'IssuerAndSerialNumber');
    sid = { issuerRaw: Buffer.from(u(issuer, 'issuer').raw), serial: Buffer.from(u(serial, 'serialNumber').expect(TAG.INTEGER, 'serialNumber').value) };
  } else if (sidNode.isContext(0)) sid = { ski: Buffer.from(sidNode.value) };
  else throw new AuthenticodeFormatError('SignerInfo sid is neither IssuerAndSerialNumber nor SubjectKeyIdentifier');
  const digestAlgorithm = algorithm(u(f[i++], 'SignerInfo digestAlgorithm'), 'digestAlgorithm');
  let signedAttrs: SignerInfo['signedAttrs'];
  if (f[i]?.isContext(0)) {
    const n = f[i++]!;
    signedAttrs = { attrs: attributes(n, 'signed attribute'), der: retag(n, TAG.SET) };
  }
  const signatureAlgorithm = algorithm(u(f[i++], 'SignerInfo signatureAlgorithm'), 'signatureAlgorithm');
  const signature = Buffer.from(octets(u(f[i++], 'SignerInfo signature')));
  const unsignedAttrs = f[i]?.isContext(1) ? attributes(f[i]!, 'unsigned attribute') : [];
  const out: SignerInfo = { version, sid, digestAlgorithm, signatureAlgorithm, signature, unsignedAttrs };
  if (signedAttrs) out.signedAttrs = signedAttrs;
  return out;
}

/** SpcIndirectDataContent ::= SEQUENCE { data SpcAttributeTypeAndOptionalValue, messageDigest DigestInfo }. */
export function parseSpcIndirectData(content: DerNode): SpcIndirectData {
  try {
    const [data, digestInfo] = seq(content, 'SpcIndirectDataContent');
    const dataType = oid(u(seq(u(data, 'SpcAttributeTypeAndOptionalValue'), 'SpcAttributeTypeAndOptionalValue')[0], 'SPC data type'));
    const [alg, digest] = seq(u(digestInfo, 'DigestInfo'), 'DigestInfo');
    return { dataType, digestAlgorithm: algorithm(u(alg, 'DigestInfo algorithm'), 'DigestInfo algorithm').oid, digest: Buffer.from(octets(u(digest, 'DigestInfo digest'))) };
  } catch (e) {
    if (e instanceof DerError) throw new AuthenticodeFormatError(`SpcIndirectDataContent is malformed: ${e.message}`);
    throw e;
  }
}

/** TSTInfo (RFC 3161 §2.4.2) from the token's eContent octets. */
export function parseTstInfo(der: Buffer): TstInfo {
  try {
    const f = seq(parseDer(der, 'TSTInfo'), 'TSTInfo');
    const policy = oid(u(f[1], 'TSTInfo policy'));
    const [mi, ...rest] = [f[2], ...f.slice(3)];
    const [alg, hashed] = seq(u(mi, 'messageImprint'), 'messageImprint');
    const serial = integer(u(rest[0], 'TSTInfo serialNumber'));
    const genTime = time(u(rest[1], 'TSTInfo genTime').expect(TAG.GENERALIZED_TIME, 'genTime'));
    const out: TstInfo = {
      policy,
      hashAlgorithm: algorithm(u(alg, 'messageImprint algorithm'), 'messageImprint algorithm').oid,
      hashedMessage: Buffer.from(octets(u(hashed, 'hashedMessage'))),
      serial,
      genTime,
    };
    const nonce = rest.slice(2).find((n) => n.tag === TAG.INTEGER);
    if (nonce) out.nonce = integer(nonce);
    return out;
  } catch (e) {
    if (e instanceof DerError) throw new AuthenticodeFormatError(`TSTInfo is malformed: ${e.message}`);
    throw e;
  }
}

/** The single attribute value as a DER node, or an error naming the attribute. */
export function singleValue(attrs: Attribute[], type: string, name: string): DerNode | undefined {
  const a = attrs.filter((x) => x.type === type);
  if (a.length === 0) return undefined;
  if (a.length > 1 || a[0]!.values.length !== 1) throw new AuthenticodeFormatError(`the ${name} attribute must appear once with one value`);
  return a[0]!.values[0]!;
}

/** Everything the verifier needs from an Authenticode PKCS#7, after the structural checks. */
export interface AuthenticodeSignature {
  signedData: SignedData;
  signer: SignerInfo;
  spc: SpcIndirectData;
  /** contentType and messageDigest signed attributes. */
  messageDigest: Buffer;
  /** The RFC 3161 token (ContentInfo DER) and the OID it was found under, if present. */
  timestampToken?: { der: Buffer; attribute: string };
}

/**
 * Structural checks on an Authenticode PKCS#7 (fail-closed): SignedData with SPC_INDIRECT_DATA content,
 * exactly one SignerInfo, no nested signatures, signed attributes with contentType = SPC_INDIRECT_DATA and
 * one messageDigest; picks up the RFC 3161 token from the unsigned attributes.
 */
export function parseAuthenticodeSignature(pkcs7: Buffer): AuthenticodeSignature {
  const sd = parseSignedData(pkcs7, 'Authenticode signature');
  if (sd.contentType !== OID.spcIndirectData || !sd.content)
    throw new AuthenticodeFormatError(`the signature content type is ${sd.contentType}, expected SPC_INDIRECT_DATA (${OID.spcIndirectData})`);
  if (sd.signerInfos.length !== 1) throw new AuthenticodeFormatError(`the signature has ${sd.signerInfos.length} signers; exactly one is allowed`);
  const signer = sd.signerInfos[0]!;
  if (sd.version !== 1) throw new AuthenticodeFormatError(`the SignedData version is ${sd.version}; Authenticode requires 1`);
  if (signer.version !== 1) throw new AuthenticodeFormatError(`the SignerInfo version is ${signer.version}; Authenticode requires 1`);
  if (sd.digestAlgorithms.length !== 1 || sd.digestAlgorithms[0] !== signer.digestAlgorithm.oid)
    throw new AuthenticodeFormatError(`the SignedData digestAlgorithms [${sd.digestAlgorithms.join(', ')}] do not name exactly the signer's digest algorithm ${signer.digestAlgorithm.oid}`);
  const nested = signer.unsignedAttrs.filter((a) => a.type === OID.spcNestedSignature).reduce((n, a) => n + a.values.length, 0);
  if (nested > 0) throw new AuthenticodeFormatError(`exactly one signature is allowed, but the file carries ${nested} nested signature(s) besides the primary one (sign with --replace)`);
  const spc = parseSpcIndirectData(sd.content);
  if (!signer.signedAttrs) throw new AuthenticodeFormatError('the SignerInfo has no signed attributes (Authenticode requires them)');
  const ctNode = singleValue(signer.signedAttrs.attrs, OID.contentType, 'contentType');
  if (!ctNode) throw new AuthenticodeFormatError('the contentType signed attribute is missing');
  const ct = oid(ctNode);
  if (ct !== OID.spcIndirectData) throw new AuthenticodeFormatError(`the contentType signed attribute is ${ct}, expected ${OID.spcIndirectData}`);
  const mdNode = singleValue(signer.signedAttrs.attrs, OID.messageDigest, 'messageDigest');
  if (!mdNode) throw new AuthenticodeFormatError('the messageDigest signed attribute is missing');
  const out: AuthenticodeSignature = { signedData: sd, signer, spc, messageDigest: Buffer.from(octets(mdNode)) };
  const tsAttrs = signer.unsignedAttrs.filter((a) => a.type === OID.msRfc3161Timestamp || a.type === OID.timeStampToken);
  const tsCount = tsAttrs.reduce((n, a) => n + a.values.length, 0);
  if (tsCount > 1) throw new AuthenticodeFormatError(`the signature carries ${tsCount} RFC 3161 timestamps; exactly one is expected`);
  if (tsCount === 1) out.timestampToken = { der: Buffer.from(tsAttrs[0]!.values[0]!.raw), attribute: tsAttrs[0]!.type };
  return out;
}
