import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  DerError,
  TAG,
  bitString,
  boolean,
  integer,
  octets,
  oid,
  parseDer,
  readDer,
  retag,
  seq,
  set,
  smallInt,
  str,
  time
} from "./chunk-CR5A2SQI.js";
import {
  READ_CHUNK
} from "./chunk-Y7UKLQWK.js";
import {
  FormatError,
  Problems,
  RelforgeError,
  errorMessage
} from "./chunk-ZSVB6QKT.js";

// src/signing/authenticode/verify.ts
import { X509Certificate, createHash, verify as cryptoVerify, constants } from "node:crypto";
import { open } from "node:fs/promises";

// src/signing/authenticode/core/pe.ts
var PeFormatError = class extends FormatError {
};
var PE_HEAD_BYTES = 64 * 1024;
var SECURITY_DIR = 4;
function peLayout(head, fileSize) {
  if (head.length < 64 || head.readUInt16LE(0) !== 23117) throw new PeFormatError('not a PE file: no "MZ" DOS header');
  const peOff = head.readUInt32LE(60);
  if (peOff + 24 > head.length) throw new PeFormatError(`not a PE file: e_lfanew 0x${peOff.toString(16)} points outside the headers`);
  if (head.readUInt32LE(peOff) !== 17744) throw new PeFormatError('not a PE file: no "PE\\0\\0" signature at e_lfanew');
  const sizeOfOptional = head.readUInt16LE(peOff + 20);
  const opt = peOff + 24;
  if (opt + 2 > head.length) throw new PeFormatError("PE optional header is truncated");
  const magicValue = head.readUInt16LE(opt);
  let magic;
  let dirBase;
  let numDirsOff;
  if (magicValue === 267) {
    magic = "PE32";
    dirBase = opt + 96;
    numDirsOff = opt + 92;
  } else if (magicValue === 523) {
    magic = "PE32+";
    dirBase = opt + 112;
    numDirsOff = opt + 108;
  } else throw new PeFormatError(`unknown PE optional header magic 0x${magicValue.toString(16)} (expected 0x10b PE32 or 0x20b PE32+)`);
  const certDirOffset = dirBase + SECURITY_DIR * 8;
  const headerBytes = certDirOffset + 8;
  if (headerBytes > head.length || headerBytes > fileSize) throw new PeFormatError("PE optional header is truncated before the certificate table directory");
  const numDirs = head.readUInt32LE(numDirsOff);
  if (numDirs <= SECURITY_DIR) throw new PeFormatError(`PE has ${numDirs} data directories, so no certificate table (the file is not signed)`);
  if (certDirOffset + 8 > opt + sizeOfOptional) throw new PeFormatError("PE SizeOfOptionalHeader is too small to hold the certificate table directory");
  const offset = head.readUInt32LE(certDirOffset);
  const size = head.readUInt32LE(certDirOffset + 4);
  const layout = { magic, checksumOffset: opt + 64, certDirOffset, headerBytes };
  if (offset !== 0 || size !== 0) layout.certTable = { offset, size };
  return layout;
}
function authenticodeRanges(layout, fileSize) {
  const t = layout.certTable;
  if (!t) throw new PeFormatError("the file is not signed: the PE certificate table directory is empty");
  if (t.size < 8) throw new PeFormatError(`the PE certificate table is ${t.size} bytes, too small for a WIN_CERTIFICATE`);
  if (t.offset < layout.headerBytes) throw new PeFormatError(`the PE certificate table offset 0x${t.offset.toString(16)} overlaps the headers`);
  if (t.offset % 8 !== 0) throw new PeFormatError(`the PE certificate table offset 0x${t.offset.toString(16)} is not 8-byte aligned`);
  const tableEnd = t.offset + t.size;
  if (tableEnd > fileSize) throw new PeFormatError(`the PE certificate table (offset ${t.offset}, size ${t.size}) runs past the end of the file (${fileSize} bytes)`);
  if (tableEnd !== fileSize)
    throw new PeFormatError(`${fileSize - tableEnd} bytes are appended after the PE certificate table; a signed file must end with its certificate table`);
  return [
    [0, layout.checksumOffset],
    [layout.checksumOffset + 4, layout.certDirOffset],
    [layout.certDirOffset + 8, t.offset]
  ];
}

// src/signing/authenticode/core/signed-data.ts
var OID = {
  signedData: "1.2.840.113549.1.7.2",
  data: "1.2.840.113549.1.7.1",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  counterSignature: "1.2.840.113549.1.9.6",
  spcIndirectData: "1.3.6.1.4.1.311.2.1.4",
  spcPeImageData: "1.3.6.1.4.1.311.2.1.15",
  spcSipInfo: "1.3.6.1.4.1.311.2.1.30",
  spcNestedSignature: "1.3.6.1.4.1.311.2.4.1",
  /** Microsoft's RFC 3161 timestamp attribute (signtool, jsign, osslsigncode). */
  msRfc3161Timestamp: "1.3.6.1.4.1.311.3.3.1",
  /** CMS id-aa-timeStampToken (RFC 3161 appendix A). */
  timeStampToken: "1.2.840.113549.1.9.16.2.14",
  tstInfo: "1.2.840.113549.1.9.16.1.4",
  codeSigning: "1.3.6.1.5.5.7.3.3",
  timeStamping: "1.3.6.1.5.5.7.3.8",
  sha1: "1.3.14.3.2.26",
  sha256: "2.16.840.1.101.3.4.2.1",
  sha384: "2.16.840.1.101.3.4.2.2",
  sha512: "2.16.840.1.101.3.4.2.3",
  rsaEncryption: "1.2.840.113549.1.1.1",
  rsaPss: "1.2.840.113549.1.1.10",
  mgf1: "1.2.840.113549.1.1.8"
};
var HASH_OIDS = {
  [OID.sha1]: "sha1",
  [OID.sha256]: "sha256",
  [OID.sha384]: "sha384",
  [OID.sha512]: "sha512"
};
var SIGNATURE_OIDS = {
  "1.2.840.113549.1.1.1": { key: "rsa" },
  "1.2.840.113549.1.1.5": { key: "rsa", hash: "sha1" },
  "1.2.840.113549.1.1.11": { key: "rsa", hash: "sha256" },
  "1.2.840.113549.1.1.12": { key: "rsa", hash: "sha384" },
  "1.2.840.113549.1.1.13": { key: "rsa", hash: "sha512" },
  "1.2.840.10045.2.1": { key: "ec" },
  "1.2.840.10045.4.3.2": { key: "ec", hash: "sha256" },
  "1.2.840.10045.4.3.3": { key: "ec", hash: "sha384" },
  "1.2.840.10045.4.3.4": { key: "ec", hash: "sha512" }
};
var AuthenticodeFormatError = class extends FormatError {
};
var u = (n, what) => {
  if (!n) throw new AuthenticodeFormatError(`${what} is missing`);
  return n;
};
function algorithm(node, what) {
  const [o, params] = seq(node, what);
  const out = { oid: oid(u(o, `${what} OID`)) };
  if (params && params.tag !== TAG.NULL) out.params = params;
  return out;
}
function attributes(node, what) {
  return node.children().map((a) => {
    const [t, vals] = seq(a, what);
    return { type: oid(u(t, `${what} type`)), values: set(u(vals, `${what} values`), `${what} values`) };
  });
}
function parseCertificateTable(table) {
  if (table.length < 8) throw new AuthenticodeFormatError(`the certificate table is ${table.length} bytes, too small for a WIN_CERTIFICATE`);
  const dwLength = table.readUInt32LE(0);
  const revision = table.readUInt16LE(4);
  const type = table.readUInt16LE(6);
  if (revision !== 512) throw new AuthenticodeFormatError(`WIN_CERTIFICATE revision is 0x${revision.toString(16)}, expected 0x0200`);
  if (type !== 2) throw new AuthenticodeFormatError(`WIN_CERTIFICATE type is 0x${type.toString(16)}, expected 0x0002 (PKCS_SIGNED_DATA)`);
  if (dwLength < 8 || dwLength > table.length) throw new AuthenticodeFormatError(`WIN_CERTIFICATE dwLength ${dwLength} does not fit the ${table.length}-byte certificate table`);
  const padded = dwLength + 7 & ~7;
  if (padded !== table.length)
    throw new AuthenticodeFormatError(
      `the certificate table holds ${table.length} bytes but its WIN_CERTIFICATE covers ${padded}: a second certificate entry or extra data follows (exactly one signature is allowed)`
    );
  if (table.subarray(dwLength).some((b) => b !== 0)) throw new AuthenticodeFormatError("the WIN_CERTIFICATE padding is not zero-filled");
  const body = table.subarray(8, dwLength);
  let node;
  try {
    node = readDer(body, 0);
  } catch (e) {
    throw new AuthenticodeFormatError(`the WIN_CERTIFICATE does not hold a DER PKCS#7 structure: ${e.message}`);
  }
  if (body.subarray(node.end).some((b) => b !== 0)) throw new AuthenticodeFormatError("non-zero bytes follow the PKCS#7 structure inside the WIN_CERTIFICATE");
  return body.subarray(0, node.end);
}
function parseSignedData(der, what = "PKCS#7 signature") {
  try {
    const ci = seq(parseDer(der, what), `${what} ContentInfo`);
    const ct = oid(u(ci[0], "ContentInfo contentType"));
    if (ct !== OID.signedData) throw new AuthenticodeFormatError(`${what}: content type ${ct} is not SignedData (${OID.signedData})`);
    const wrapper = u(ci[1], "ContentInfo content");
    if (!wrapper.isContext(0)) throw new AuthenticodeFormatError(`${what}: ContentInfo content is not [0]`);
    const sd = seq(u(wrapper.children()[0], "SignedData"), "SignedData");
    let i = 0;
    const version = Number(integer(u(sd[i++], "SignedData version")));
    const digestAlgorithms = set(u(sd[i++], "digestAlgorithms"), "digestAlgorithms").map((n2) => algorithm(n2, "digestAlgorithm").oid);
    const eci = seq(u(sd[i++], "encapContentInfo"), "encapContentInfo");
    const contentType = oid(u(eci[0], "eContentType"));
    let content;
    let contentOctets = Buffer.alloc(0);
    if (eci[1]) {
      if (!eci[1].isContext(0)) throw new AuthenticodeFormatError(`${what}: eContent is not [0] EXPLICIT`);
      content = u(eci[1].children()[0], "eContent");
      contentOctets = Buffer.from(content.value);
    }
    const certificates = [];
    let n = sd[i];
    if (n?.isContext(0)) {
      for (const c of n.children()) if (c.tag === TAG.SEQUENCE) certificates.push(Buffer.from(c.raw));
      n = sd[++i];
    }
    if (n?.isContext(1)) n = sd[++i];
    const signerInfos = set(u(n, "signerInfos"), "signerInfos").map((s) => parseSignerInfo(s));
    const out = { version, digestAlgorithms, contentType, contentOctets, certificates, signerInfos };
    if (content) out.content = content;
    return out;
  } catch (e) {
    if (e instanceof AuthenticodeFormatError) throw e;
    if (e instanceof DerError) throw new AuthenticodeFormatError(`${what} is malformed: ${e.message}`);
    throw e;
  }
}
function parseSignerInfo(node) {
  const f = seq(node, "SignerInfo");
  let i = 0;
  const version = Number(integer(u(f[i++], "SignerInfo version")));
  const sidNode = u(f[i++], "SignerInfo sid");
  let sid;
  if (sidNode.tag === TAG.SEQUENCE) {
    const [issuer, serial] = seq(sidNode, "IssuerAndSerialNumber");
    sid = { issuerRaw: Buffer.from(u(issuer, "issuer").raw), serial: Buffer.from(u(serial, "serialNumber").expect(TAG.INTEGER, "serialNumber").value) };
  } else if (sidNode.isContext(0)) sid = { ski: Buffer.from(sidNode.value) };
  else throw new AuthenticodeFormatError("SignerInfo sid is neither IssuerAndSerialNumber nor SubjectKeyIdentifier");
  const digestAlgorithm = algorithm(u(f[i++], "SignerInfo digestAlgorithm"), "digestAlgorithm");
  let signedAttrs;
  if (f[i]?.isContext(0)) {
    const n = f[i++];
    signedAttrs = { attrs: attributes(n, "signed attribute"), der: retag(n, TAG.SET) };
  }
  const signatureAlgorithm = algorithm(u(f[i++], "SignerInfo signatureAlgorithm"), "signatureAlgorithm");
  const signature = Buffer.from(octets(u(f[i++], "SignerInfo signature")));
  const unsignedAttrs = f[i]?.isContext(1) ? attributes(f[i], "unsigned attribute") : [];
  const out = { version, sid, digestAlgorithm, signatureAlgorithm, signature, unsignedAttrs };
  if (signedAttrs) out.signedAttrs = signedAttrs;
  return out;
}
function parseSpcIndirectData(content) {
  try {
    const [data, digestInfo] = seq(content, "SpcIndirectDataContent");
    const dataType = oid(u(seq(u(data, "SpcAttributeTypeAndOptionalValue"), "SpcAttributeTypeAndOptionalValue")[0], "SPC data type"));
    const [alg, digest] = seq(u(digestInfo, "DigestInfo"), "DigestInfo");
    return { dataType, digestAlgorithm: algorithm(u(alg, "DigestInfo algorithm"), "DigestInfo algorithm").oid, digest: Buffer.from(octets(u(digest, "DigestInfo digest"))) };
  } catch (e) {
    if (e instanceof DerError) throw new AuthenticodeFormatError(`SpcIndirectDataContent is malformed: ${e.message}`);
    throw e;
  }
}
function parseTstInfo(der) {
  try {
    const f = seq(parseDer(der, "TSTInfo"), "TSTInfo");
    const policy = oid(u(f[1], "TSTInfo policy"));
    const [mi, ...rest] = [f[2], ...f.slice(3)];
    const [alg, hashed] = seq(u(mi, "messageImprint"), "messageImprint");
    const serial = integer(u(rest[0], "TSTInfo serialNumber"));
    const genTime = time(u(rest[1], "TSTInfo genTime").expect(TAG.GENERALIZED_TIME, "genTime"));
    const out = {
      policy,
      hashAlgorithm: algorithm(u(alg, "messageImprint algorithm"), "messageImprint algorithm").oid,
      hashedMessage: Buffer.from(octets(u(hashed, "hashedMessage"))),
      serial,
      genTime
    };
    const nonce = rest.slice(2).find((n) => n.tag === TAG.INTEGER);
    if (nonce) out.nonce = integer(nonce);
    return out;
  } catch (e) {
    if (e instanceof DerError) throw new AuthenticodeFormatError(`TSTInfo is malformed: ${e.message}`);
    throw e;
  }
}
function singleValue(attrs, type, name) {
  const a = attrs.filter((x) => x.type === type);
  if (a.length === 0) return void 0;
  if (a.length > 1 || a[0].values.length !== 1) throw new AuthenticodeFormatError(`the ${name} attribute must appear once with one value`);
  return a[0].values[0];
}
function parseAuthenticodeSignature(pkcs7) {
  const sd = parseSignedData(pkcs7, "Authenticode signature");
  if (sd.contentType !== OID.spcIndirectData || !sd.content)
    throw new AuthenticodeFormatError(`the signature content type is ${sd.contentType}, expected SPC_INDIRECT_DATA (${OID.spcIndirectData})`);
  if (sd.signerInfos.length !== 1) throw new AuthenticodeFormatError(`the signature has ${sd.signerInfos.length} signers; exactly one is allowed`);
  const signer = sd.signerInfos[0];
  if (sd.version !== 1) throw new AuthenticodeFormatError(`the SignedData version is ${sd.version}; Authenticode requires 1`);
  if (signer.version !== 1) throw new AuthenticodeFormatError(`the SignerInfo version is ${signer.version}; Authenticode requires 1`);
  if (sd.digestAlgorithms.length !== 1 || sd.digestAlgorithms[0] !== signer.digestAlgorithm.oid)
    throw new AuthenticodeFormatError(`the SignedData digestAlgorithms [${sd.digestAlgorithms.join(", ")}] do not name exactly the signer's digest algorithm ${signer.digestAlgorithm.oid}`);
  const nested = signer.unsignedAttrs.filter((a) => a.type === OID.spcNestedSignature).reduce((n, a) => n + a.values.length, 0);
  if (nested > 0) throw new AuthenticodeFormatError(`exactly one signature is allowed, but the file carries ${nested} nested signature(s) besides the primary one (sign with --replace)`);
  const spc = parseSpcIndirectData(sd.content);
  if (!signer.signedAttrs) throw new AuthenticodeFormatError("the SignerInfo has no signed attributes (Authenticode requires them)");
  const ctNode = singleValue(signer.signedAttrs.attrs, OID.contentType, "contentType");
  if (!ctNode) throw new AuthenticodeFormatError("the contentType signed attribute is missing");
  const ct = oid(ctNode);
  if (ct !== OID.spcIndirectData) throw new AuthenticodeFormatError(`the contentType signed attribute is ${ct}, expected ${OID.spcIndirectData}`);
  const mdNode = singleValue(signer.signedAttrs.attrs, OID.messageDigest, "messageDigest");
  if (!mdNode) throw new AuthenticodeFormatError("the messageDigest signed attribute is missing");
  const out = { signedData: sd, signer, spc, messageDigest: Buffer.from(octets(mdNode)) };
  const tsAttrs = signer.unsignedAttrs.filter((a) => a.type === OID.msRfc3161Timestamp || a.type === OID.timeStampToken);
  const tsCount = tsAttrs.reduce((n, a) => n + a.values.length, 0);
  if (tsCount > 1) throw new AuthenticodeFormatError(`the signature carries ${tsCount} RFC 3161 timestamps; exactly one is expected`);
  if (tsCount === 1) out.timestampToken = { der: Buffer.from(tsAttrs[0].values[0].raw), attribute: tsAttrs[0].type };
  return out;
}

// src/signing/authenticode/core/msi.ts
var MsiFormatError = class extends FormatError {
};
var OLE_MAGIC = Buffer.from("d0cf11e0a1b11ae1", "hex");
var ENDOFCHAIN = 4294967294;
var FREESECT = 4294967295;
var NOSTREAM = 4294967295;
var MAX_REGSECT = 4294967290;
var DIGITAL_SIGNATURE = "DigitalSignature";
var DIGITAL_SIGNATURE_EX = "MsiDigitalSignatureEx";
function chain(fat, start, what, limit) {
  const out = [];
  let s = start;
  while (s !== ENDOFCHAIN) {
    if (s > MAX_REGSECT || s >= fat.length) throw new MsiFormatError(`${what}: sector chain points to invalid sector 0x${s.toString(16)}`);
    if (out.length > limit) throw new MsiFormatError(`${what}: sector chain is longer than the file (loop?)`);
    out.push(s);
    s = fat[s];
  }
  return out;
}
async function readCompoundFile(read, fileSize) {
  if (fileSize < 512) throw new MsiFormatError("the file is too small to be an MSI (OLE compound file)");
  const h = await read(0, 512);
  if (!h.subarray(0, 8).equals(OLE_MAGIC)) throw new MsiFormatError("not an OLE compound file (bad signature)");
  if (h.readUInt16LE(28) !== 65534) throw new MsiFormatError("OLE compound file: bad byte-order mark");
  const major = h.readUInt16LE(26);
  const shift = h.readUInt16LE(30);
  if (!(major === 3 && shift === 9 || major === 4 && shift === 12)) throw new MsiFormatError(`OLE compound file: unsupported version ${major} / sector shift ${shift}`);
  const sectorSize = 1 << shift;
  const miniShift = h.readUInt16LE(32);
  if (miniShift !== 6) throw new MsiFormatError(`OLE compound file: unsupported mini sector shift ${miniShift}`);
  const numFat = h.readUInt32LE(44);
  const firstDir = h.readUInt32LE(48);
  const miniCutoff = h.readUInt32LE(56);
  if (miniCutoff !== 4096) throw new MsiFormatError(`OLE compound file: unexpected mini stream cutoff ${miniCutoff}`);
  const firstMiniFat = h.readUInt32LE(60);
  const numMiniFat = h.readUInt32LE(64);
  let difatSector = h.readUInt32LE(68);
  const numDifat = h.readUInt32LE(72);
  const maxSectors = Math.ceil(fileSize / sectorSize);
  if (numFat > maxSectors) throw new MsiFormatError("OLE compound file: FAT sector count exceeds the file size");
  const sectorOffset = (s) => (s + 1) * sectorSize;
  const readSector = async (s) => {
    if (s > MAX_REGSECT || sectorOffset(s) + sectorSize > fileSize + sectorSize) throw new MsiFormatError(`OLE compound file: sector 0x${s.toString(16)} lies outside the file`);
    const off = sectorOffset(s);
    const len = Math.min(sectorSize, fileSize - off);
    if (len <= 0) throw new MsiFormatError(`OLE compound file: sector 0x${s.toString(16)} lies outside the file`);
    const b = await read(off, len);
    return len === sectorSize ? b : Buffer.concat([b, Buffer.alloc(sectorSize - len)]);
  };
  const fatSectors = [];
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(h.readUInt32LE(76 + i * 4));
  for (let d = 0; d < numDifat && fatSectors.length < numFat; d++) {
    if (difatSector === ENDOFCHAIN || difatSector === FREESECT) throw new MsiFormatError("OLE compound file: DIFAT chain ends early");
    const b = await readSector(difatSector);
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < numFat; i++) fatSectors.push(b.readUInt32LE(i * 4));
    difatSector = b.readUInt32LE(per * 4);
  }
  if (fatSectors.length !== numFat) throw new MsiFormatError("OLE compound file: fewer FAT sectors listed than declared");
  const perSector = sectorSize / 4;
  const fat = new Uint32Array(numFat * perSector);
  for (const [i, s] of fatSectors.entries()) {
    const b = await readSector(s);
    for (let j = 0; j < perSector; j++) fat[i * perSector + j] = b.readUInt32LE(j * 4);
  }
  const dirSectors = chain(fat, firstDir, "directory", maxSectors);
  const dirBuf = Buffer.concat(await Promise.all(dirSectors.map(readSector)));
  const count = dirBuf.length / 128;
  const raw = [];
  for (let i = 0; i < count; i++) {
    const e = dirBuf.subarray(i * 128, (i + 1) * 128);
    const typeByte = e[66];
    if (typeByte === 0) {
      raw.push(void 0);
      continue;
    }
    const nameLen = e.readUInt16LE(64);
    if (nameLen < 2 || nameLen > 64 || nameLen % 2) throw new MsiFormatError(`OLE directory entry ${i}: bad name length ${nameLen}`);
    const rawName = Buffer.from(e.subarray(0, nameLen));
    const type = typeByte === 1 ? "storage" : typeByte === 2 ? "stream" : typeByte === 5 ? "root" : void 0;
    if (!type) throw new MsiFormatError(`OLE directory entry ${i}: unknown type ${typeByte}`);
    const sizeLow = e.readUInt32LE(120);
    const sizeHigh = major === 4 ? e.readUInt32LE(124) : 0;
    if (sizeHigh > 2097151) throw new MsiFormatError(`OLE directory entry ${i}: stream too large`);
    raw.push({
      entry: {
        index: i,
        rawName,
        name: rawName.subarray(0, nameLen - 2).toString("utf16le"),
        type,
        clsid: Buffer.from(e.subarray(80, 96)),
        start: e.readUInt32LE(116),
        size: sizeHigh * 4294967296 + sizeLow,
        stateBits: Buffer.from(e.subarray(96, 100)),
        ctime: Buffer.from(e.subarray(100, 108)),
        mtime: Buffer.from(e.subarray(108, 116)),
        sizeLow: Buffer.from(e.subarray(120, 124)),
        children: []
      },
      left: e.readUInt32LE(68),
      right: e.readUInt32LE(72),
      child: e.readUInt32LE(76)
    });
  }
  const rootRaw = raw[0];
  if (!rootRaw || rootRaw.entry.type !== "root") throw new MsiFormatError("OLE compound file: the first directory entry is not the root storage");
  const seen = /* @__PURE__ */ new Set();
  const collect = (idx, into, depth) => {
    if (idx === NOSTREAM) return;
    if (depth > 1e4 || seen.has(idx)) throw new MsiFormatError("OLE directory: the sibling tree has a loop");
    const r = raw[idx];
    if (!r || r.entry.type === "root") throw new MsiFormatError(`OLE directory: reference to invalid entry ${idx}`);
    seen.add(idx);
    collect(r.left, into, depth + 1);
    into.push(r.entry);
    collect(r.right, into, depth + 1);
    if (r.entry.type === "storage") collect(r.child, r.entry.children, 0);
  };
  seen.add(0);
  collect(rootRaw.child, rootRaw.entry.children, 0);
  const miniFat = new Uint32Array(numMiniFat * perSector);
  if (numMiniFat) {
    const mf = chain(fat, firstMiniFat, "mini FAT", maxSectors);
    if (mf.length < numMiniFat) throw new MsiFormatError("OLE compound file: mini FAT chain shorter than declared");
    for (let i = 0; i < numMiniFat; i++) {
      const b = await readSector(mf[i]);
      for (let j = 0; j < perSector; j++) miniFat[i * perSector + j] = b.readUInt32LE(j * 4);
    }
  }
  const miniStreamSectors = rootRaw.entry.size > 0 ? chain(fat, rootRaw.entry.start, "mini stream", maxSectors) : [];
  return { sectorSize, miniSectorSize: 64, miniCutoff, fileSize, fat, miniFat, miniStreamSectors, root: rootRaw.entry };
}
function streamRanges(cf, e) {
  const out = [];
  const push = (off, len) => {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === off) last[1] += len;
    else out.push([off, len]);
  };
  let left = e.size;
  if (left === 0) return out;
  if (e.size < cf.miniCutoff) {
    const ms = cf.miniSectorSize;
    const secs = chain(cf.miniFat, e.start, `stream ${JSON.stringify(e.name)} (mini)`, cf.miniFat.length);
    for (const m of secs) {
      if (left <= 0) break;
      const pos = m * ms;
      const regular = cf.miniStreamSectors[Math.floor(pos / cf.sectorSize)];
      if (regular === void 0) throw new MsiFormatError(`stream ${JSON.stringify(e.name)}: mini sector outside the mini stream`);
      const n = Math.min(ms, left);
      push((regular + 1) * cf.sectorSize + pos % cf.sectorSize, n);
      left -= n;
    }
  } else {
    const secs = chain(cf.fat, e.start, `stream ${JSON.stringify(e.name)}`, Math.ceil(cf.fileSize / cf.sectorSize));
    for (const s of secs) {
      if (left <= 0) break;
      const n = Math.min(cf.sectorSize, left);
      push((s + 1) * cf.sectorSize, n);
      left -= n;
    }
  }
  if (left > 0) throw new MsiFormatError(`stream ${JSON.stringify(e.name)}: sector chain is shorter than its size`);
  for (const [off, len] of out) if (off + len > cf.fileSize) throw new MsiFormatError(`stream ${JSON.stringify(e.name)} runs past the end of the file`);
  return out;
}
function compareForHash(a, b) {
  const n = Math.min(a.rawName.length, b.rawName.length);
  const d = Buffer.compare(a.rawName.subarray(0, n), b.rawName.subarray(0, n));
  if (d !== 0) return d;
  return a.rawName.length > b.rawName.length ? 1 : -1;
}
function msiHashSteps(cf) {
  const steps = [];
  const walk = (dir, isRoot) => {
    const kids = [...dir.children].sort(compareForHash);
    for (const c of kids) {
      if (isRoot && (c.name === DIGITAL_SIGNATURE || c.name === DIGITAL_SIGNATURE_EX)) continue;
      if (c.type === "stream") steps.push({ ranges: streamRanges(cf, c) });
      else if (c.type === "storage") walk(c, false);
    }
    steps.push({ bytes: dir.clsid });
  };
  walk(cf.root, true);
  return steps;
}
function msiPrehashParts(cf) {
  const parts = [];
  const meta = (e) => {
    if (e.type !== "root") parts.push(e.rawName.subarray(0, e.rawName.length - 2));
    parts.push(e.type === "stream" ? e.sizeLow : e.clsid);
    parts.push(e.stateBits);
    if (e.type !== "root") parts.push(e.ctime, e.mtime);
  };
  const walk = (dir, isRoot) => {
    meta(dir);
    for (const c of [...dir.children].sort(compareForHash)) {
      if (isRoot && (c.name === DIGITAL_SIGNATURE || c.name === DIGITAL_SIGNATURE_EX)) continue;
      if (c.type === "stream") meta(c);
      else if (c.type === "storage") walk(c, false);
    }
  };
  walk(cf.root, true);
  return parts;
}
function findRootStream(cf, name) {
  return cf.root.children.find((c) => c.type === "stream" && c.name === name);
}

// src/signing/authenticode/core/x509.ts
var NAME_OIDS = {
  "2.5.4.3": "CN",
  "2.5.4.4": "SN",
  "2.5.4.5": "SERIALNUMBER",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.9": "STREET",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "2.5.4.12": "T",
  "2.5.4.15": "businessCategory",
  "2.5.4.17": "postalCode",
  "2.5.4.42": "GN",
  "0.9.2342.19200300.100.1.25": "DC",
  "0.9.2342.19200300.100.1.1": "UID",
  "1.2.840.113549.1.9.1": "E",
  "1.3.6.1.4.1.311.60.2.1.1": "jurisdictionL",
  "1.3.6.1.4.1.311.60.2.1.2": "jurisdictionST",
  "1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC"
};
var NAME_ALIASES = {
  emailaddress: "1.2.840.113549.1.9.1",
  email: "1.2.840.113549.1.9.1",
  s: "2.5.4.8",
  street: "2.5.4.9",
  serialnumber: "2.5.4.5"
};
function typeToOid(type) {
  if (/^\d+(\.\d+)+$/.test(type)) return type;
  const lower = type.toLowerCase();
  if (NAME_ALIASES[lower]) return NAME_ALIASES[lower];
  for (const [o, n] of Object.entries(NAME_OIDS)) if (n.toLowerCase() === lower) return o;
  return void 0;
}
var KEY_USAGE_BITS = ["digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"];
function parseName(node) {
  const out = [];
  for (const rdn of seq(node, "Name")) {
    for (const atv of set(rdn, "RelativeDistinguishedName")) {
      const [t, v] = seq(atv, "AttributeTypeAndValue");
      if (!t || !v) throw new DerError("AttributeTypeAndValue: missing fields");
      const o = oid(t);
      let value;
      try {
        value = str(v);
      } catch {
        value = `#${v.raw.toString("hex")}`;
      }
      out.push({ oid: o, type: NAME_OIDS[o] ?? o, value });
    }
  }
  return out;
}
function formatName(attrs) {
  const esc = (v) => v.replace(/([,+"\\<>;=])/g, "\\$1").replace(/^([ #])/, "\\$1").replace(/ $/, "\\ ");
  return [...attrs].reverse().map((a) => `${a.type}=${esc(a.value)}`).join(", ");
}
function parseCertInfo(der) {
  const cert = parseDer(der, "certificate");
  const [tbs] = seq(cert, "Certificate");
  if (!tbs) throw new DerError("Certificate: missing tbsCertificate");
  const f = seq(tbs, "TBSCertificate");
  let i = 0;
  if (f[0]?.isContext(0)) i++;
  const serialNode = f[i++].expect(TAG.INTEGER, "serialNumber");
  i++;
  const issuerNode = f[i++];
  i++;
  const subjectNode = f[i++];
  const info = {
    issuerRaw: issuerNode.raw,
    subjectRaw: subjectNode.raw,
    serial: serialNode.value,
    subject: parseName(subjectNode),
    critical: []
  };
  const extsNode = f.find((n) => n.isContext(3));
  if (extsNode) {
    const [exts] = extsNode.children();
    for (const ext of seq(exts, "Extensions")) {
      const parts = seq(ext, "Extension");
      const extOid = oid(parts[0]);
      let critical = false;
      let valueNode = parts[1];
      if (valueNode.tag === TAG.BOOLEAN) {
        critical = boolean(valueNode);
        valueNode = parts[2];
      }
      if (critical) info.critical.push(extOid);
      const inner = parseDer(octets(valueNode), `extension ${extOid}`);
      switch (extOid) {
        case "2.5.29.19": {
          const bc = seq(inner, "basicConstraints");
          let ca = false;
          let k = 0;
          if (bc[k]?.tag === TAG.BOOLEAN) ca = boolean(bc[k++]);
          const pathLen = bc[k]?.tag === TAG.INTEGER ? smallInt(bc[k]) : void 0;
          info.basicConstraints = pathLen === void 0 ? { ca } : { ca, pathLen };
          break;
        }
        case "2.5.29.15": {
          const bits = bitString(inner);
          const names = [];
          KEY_USAGE_BITS.forEach((n, bit) => {
            const byte = bits[bit >> 3] ?? 0;
            if (byte & 128 >> (bit & 7)) names.push(n);
          });
          info.keyUsage = names;
          break;
        }
        case "2.5.29.37":
          info.ekus = seq(inner, "extKeyUsage").map((n) => oid(n));
          break;
        case "2.5.29.14":
          info.subjectKeyIdentifier = octets(inner);
          break;
      }
    }
  }
  return info;
}
function parseSubjectPin(pin) {
  const parts = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < pin.length; i++) {
    const c = pin[i];
    if (c === "\\" && i + 1 < pin.length) {
      cur += c + pin[++i];
    } else if (c === '"') {
      quoted = !quoted;
      cur += c;
    } else if ((c === "," || c === ";" || c === "+") && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  if (quoted) throw new Error(`subject pin "${pin}": unterminated quote`);
  parts.push(cur);
  const out = [];
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    const eq = p.indexOf("=");
    if (eq <= 0) throw new Error(`subject pin "${pin}": "${p}" is not TYPE=value (e.g. CN=Contoso Ltd)`);
    const type = p.slice(0, eq).trim();
    let value = p.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    value = value.replace(/\\(.)/g, "$1");
    const o = typeToOid(type);
    if (!o) throw new Error(`subject pin "${pin}": unknown attribute type "${type}" (use CN, O, OU, L, ST, C, E, SERIALNUMBER or a dotted OID)`);
    out.push({ type: NAME_OIDS[o] ?? o, oid: o, value });
  }
  if (!out.length) throw new Error(`subject pin "${pin}" names no attribute (e.g. CN=Contoso Ltd, O=Contoso)`);
  return out;
}
function missingSubjectAttributes(subject, pin) {
  return pin.filter((p) => !subject.some((a) => a.oid === p.oid && a.value === p.value));
}

// src/signing/authenticode/verify.ts
var AuthenticodeVerificationError = class extends RelforgeError {
  check;
  file;
  constructor(file, check, detail, options) {
    super(`Authenticode verification of ${file} failed [${check}]: ${detail}`, options);
    this.name = "AuthenticodeVerificationError";
    this.check = check;
    this.file = file;
  }
};
var ALLOWED_DIGESTS = /* @__PURE__ */ new Set(["sha256", "sha384", "sha512"]);
var FUTURE_SKEW_MS = 5 * 6e4;
var MAX_CERT_TABLE = 16 * 1024 * 1024;
function parsePemCertificates(text, what) {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (!blocks.length) throw new RelforgeError(`${what} holds no PEM certificate (expected "-----BEGIN CERTIFICATE-----" blocks).`);
  return blocks.map((b, i) => {
    try {
      return new X509Certificate(b);
    } catch (e) {
      throw new RelforgeError(`${what}: certificate #${i + 1} cannot be parsed: ${e.message}`);
    }
  });
}
var PIN_FIELDS = { roots: "trusted-root", tsaRoots: "tsa-root", subject: "expected-subject", ekus: "expected-eku" };
function checkAuthenticodePins(pins, fields) {
  if (!fields) {
    preparePins(pins);
    return;
  }
  const problems = new Problems();
  const attempt = (field, f) => {
    try {
      f();
      return true;
    } catch (e) {
      problems.add(field, `is not usable: ${errorMessage(e)}`);
      return false;
    }
  };
  const rootsOk = attempt(fields.roots, () => preparePins({ roots: pins.roots }));
  if (pins.tsaRoots) attempt(fields.tsaRoots, () => preparePins({ roots: pins.tsaRoots }));
  if (rootsOk) {
    attempt(fields.ekus, () => preparePins({ roots: pins.roots, ekus: pins.ekus }));
    attempt(fields.subject, () => preparePins({ roots: pins.roots, subject: pins.subject }));
  }
  problems.throwIfAny();
}
function preparePins(pins) {
  if (!pins || typeof pins.roots !== "string") throw new RelforgeError("Authenticode pins: a trusted root PEM bundle is required.");
  const roots = parsePemCertificates(pins.roots, "The trusted root bundle");
  const tsaRoots = pins.tsaRoots ? parsePemCertificates(pins.tsaRoots, "The TSA root bundle") : roots;
  const out = { roots, tsaRoots, ekus: [] };
  for (const e of pins.ekus ?? []) {
    if (!/^\d+(\.\d+)+$/.test(e.trim())) throw new RelforgeError(`EKU pin "${e}" is not a dotted OID (e.g. 1.3.6.1.4.1.311.97.1.2.3.4).`);
    out.ekus.push(e.trim());
  }
  if (pins.subject !== void 0 && pins.subject.trim() !== "") {
    try {
      out.subject = parseSubjectPin(pins.subject);
      out.subjectText = pins.subject;
    } catch (e) {
      throw new RelforgeError(`${e.message}.`);
    }
  }
  return out;
}
function hashName(algOid, what, fail) {
  const h = HASH_OIDS[algOid];
  if (!h || !ALLOWED_DIGESTS.has(h)) fail("algorithm", `${what} uses ${h ?? algOid}; only SHA-256, SHA-384 and SHA-512 are accepted`);
  return h;
}
function verifySignerSignature(signer, key, hash) {
  const data = signer.signedAttrs.der;
  const alg = signer.signatureAlgorithm.oid;
  if (alg === OID.rsaPss) {
    if (key.asymmetricKeyType !== "rsa" && key.asymmetricKeyType !== "rsa-pss") return false;
    let saltLength = 20;
    let pssHash = "sha1";
    const params = signer.signatureAlgorithm.params;
    if (params) {
      for (const f of seq(params, "RSASSA-PSS-params")) {
        const inner = f.children()[0];
        if (f.isContext(0)) pssHash = HASH_OIDS[oid(seq(inner)[0])] ?? "unknown";
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
  if (s.key === "rsa" && kt !== "rsa") return false;
  if (s.key === "ec" && kt !== "ec") return false;
  return cryptoVerify(hash, data, s.key === "rsa" ? { key, padding: constants.RSA_PKCS1_PADDING } : key, signer.signature);
}
function loadCerts(ders) {
  return ders.map((d) => ({ x509: new X509Certificate(d), info: parseCertInfo(d) }));
}
function findSigner(signer, certs) {
  const sid = signer.sid;
  if ("ski" in sid) return certs.find((c) => c.info.subjectKeyIdentifier?.equals(sid.ski));
  const norm = (b) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    return b.subarray(i);
  };
  return certs.find((c) => c.info.issuerRaw.equals(sid.issuerRaw) && norm(c.info.serial).equals(norm(sid.serial)));
}
var dn = (s) => s.split("\n").reverse().join(", ");
var describe = (c) => dn(c.subject);
function buildChain(leaf, pool, roots, at, purpose, fail) {
  const path = [leaf];
  const rootFps = new Set(roots.map((r) => r.fingerprint256));
  let cur = leaf;
  for (let depth = 0; ; depth++) {
    if (depth > 8) fail("chain", `the ${purpose} chain is longer than 8 certificates`);
    if (rootFps.has(cur.x509.fingerprint256) && depth > 0) break;
    const root = roots.find((r) => cur.x509.checkIssued(r) && cur.x509.verify(r.publicKey));
    if (root) {
      if (root.fingerprint256 !== cur.x509.fingerprint256) path.push({ x509: root, info: parseCertInfo(root.raw) });
      break;
    }
    const next = pool.find((c) => !path.includes(c) && cur.x509.checkIssued(c.x509) && cur.x509.verify(c.x509.publicKey));
    if (!next) {
      fail(
        "chain",
        `the ${purpose} chain does not lead to a pinned root: "${describe(cur.x509)}" is issued by "${dn(cur.x509.issuer)}", which is neither a pinned root nor a certificate in the signature (pinned: ${roots.map((r) => `"${describe(r)}"`).join(", ")}). Check the root PEM you pinned.`
      );
    }
    path.push(next);
    cur = next;
  }
  for (const [i, c] of path.entries()) {
    const from = new Date(c.x509.validFrom);
    const to = new Date(c.x509.validTo);
    if (at < from || at > to)
      fail(
        "validity",
        `the ${purpose} certificate "${describe(c.x509)}" is not valid at ${at.toISOString()} (the ${i === 0 ? "timestamp/verification time" : "verification time"}); it is valid from ${from.toISOString()} to ${to.toISOString()}`
      );
    if (i === 0) {
      if (c.info.basicConstraints?.ca) fail("chain", `the ${purpose} leaf "${describe(c.x509)}" is a CA certificate`);
      continue;
    }
    const isRoot = i === path.length - 1 && rootFps.has(c.x509.fingerprint256);
    const bc = c.info.basicConstraints;
    if (!(bc?.ca ?? (isRoot && !bc))) fail("chain", `"${describe(c.x509)}" issues certificates but is not a CA (basicConstraints)`);
    if (c.info.keyUsage && !c.info.keyUsage.includes("keyCertSign")) fail("chain", `"${describe(c.x509)}" issues certificates but its keyUsage lacks keyCertSign`);
    const intermediatesBelow = i - 1;
    if (bc?.pathLen !== void 0 && intermediatesBelow > bc.pathLen) fail("chain", `"${describe(c.x509)}" allows a path length of ${bc.pathLen}, but ${intermediatesBelow} CA certificates follow it`);
  }
  return path;
}
function verifyAuthenticodeCms(sig, pins, opts, fail) {
  const { signedData: sd, signer, spc } = sig;
  const fileHash = hashName(spc.digestAlgorithm, "the file digest", fail);
  const signerHash = hashName(signer.digestAlgorithm.oid, "the signer digest", fail);
  const md = createHash(signerHash).update(sd.contentOctets).digest();
  if (!md.equals(sig.messageDigest)) fail("message-digest", "the messageDigest signed attribute does not match the signed content (the signature was altered)");
  let certs;
  try {
    certs = loadCerts(sd.certificates);
  } catch (e) {
    fail("certificates", `a certificate in the signature cannot be parsed: ${e.message}`);
  }
  const leaf = findSigner(signer, certs);
  if (!leaf) fail("certificates", "the signing certificate named by the SignerInfo is not in the signature");
  if (!verifySignerSignature(signer, leaf.x509.publicKey, signerHash))
    fail("signature", `the CMS signature does not verify with the public key of "${describe(leaf.x509)}" (wrong key or altered signed attributes)`);
  const now = opts.now ?? /* @__PURE__ */ new Date();
  let at = now;
  let timestamp;
  if (sig.timestampToken) {
    timestamp = verifyTimestamp(sig.timestampToken.der, signer.signature, sd.certificates, pins, now, fail);
    at = timestamp;
  } else if (opts.requireTimestamp ?? true) {
    if (signer.unsignedAttrs.some((a) => a.type === OID.counterSignature))
      fail("timestamp", "the signature carries only a legacy Authenticode countersignature; an RFC 3161 timestamp is required (jsign: --tsmode RFC3161; signtool: /tr … /td sha256)");
    fail("timestamp", "the signature has no RFC 3161 timestamp; Trusted Signing certificates live 3 days, so an untimestamped signature expires with them (sign with --tsaurl … --tsmode RFC3161)");
  }
  buildChain(leaf, certs.filter((c) => c !== leaf), pins.roots, at, "code-signing", fail);
  const ekus = leaf.info.ekus ?? [];
  if (!ekus.includes(OID.codeSigning)) fail("eku", `the leaf "${describe(leaf.x509)}" lacks the codeSigning EKU (${OID.codeSigning}); it carries [${ekus.join(", ") || "no EKU extension"}]`);
  for (const e of pins.ekus) if (!ekus.includes(e)) fail("eku", `the leaf "${describe(leaf.x509)}" lacks the pinned EKU ${e}; it carries [${ekus.join(", ")}] (check expected-eku / --eku)`);
  if (leaf.info.keyUsage && !leaf.info.keyUsage.includes("digitalSignature")) fail("eku", `the leaf "${describe(leaf.x509)}" keyUsage lacks digitalSignature`);
  if (pins.subject) {
    const missing = missingSubjectAttributes(leaf.info.subject, pins.subject);
    if (missing.length)
      fail("subject", `the leaf subject "${formatName(leaf.info.subject)}" does not contain ${missing.map((m) => `${m.type}=${m.value}`).join(", ")} (pinned "${pins.subjectText}")`);
  }
  const out = { leaf, digestAlgorithm: fileHash };
  if (timestamp) out.timestamp = timestamp;
  return out;
}
function verifyTimestamp(token, signedSignature, outerCerts, pins, now, fail) {
  let sd;
  let tst;
  try {
    sd = parseSignedData(token, "RFC 3161 timestamp token");
    if (sd.contentType !== OID.tstInfo || sd.content?.tag !== TAG.OCTET_STRING) fail("timestamp", `the timestamp token content is ${sd.contentType}, not TSTInfo (${OID.tstInfo})`);
    tst = parseTstInfo(sd.contentOctets);
  } catch (e) {
    if (e instanceof AuthenticodeFormatError || e instanceof DerError) fail("timestamp", e.message);
    throw e;
  }
  if (sd.signerInfos.length !== 1) fail("timestamp", `the timestamp token has ${sd.signerInfos.length} signers; exactly one is expected`);
  const ts = sd.signerInfos[0];
  const tsHash = hashName(ts.digestAlgorithm.oid, "the timestamp signer digest", fail);
  if (!ts.signedAttrs) fail("timestamp", "the timestamp token signer has no signed attributes");
  const ct = singleValue(ts.signedAttrs.attrs, OID.contentType, "timestamp contentType");
  if (!ct || oid(ct) !== OID.tstInfo) fail("timestamp", "the timestamp contentType signed attribute is not TSTInfo");
  const md = singleValue(ts.signedAttrs.attrs, OID.messageDigest, "timestamp messageDigest");
  if (!md || !createHash(tsHash).update(sd.contentOctets).digest().equals(octets(md))) fail("timestamp", "the timestamp messageDigest does not match its TSTInfo (the token was altered)");
  let certs;
  try {
    certs = loadCerts([...sd.certificates, ...outerCerts]);
  } catch (e) {
    fail("timestamp", `a certificate in the timestamp token cannot be parsed: ${e.message}`);
  }
  const tsaCert = findSigner(ts, certs);
  if (!tsaCert) fail("timestamp", "the TSA certificate is not in the timestamp token (request it with certReq)");
  if (!verifySignerSignature(ts, tsaCert.x509.publicKey, tsHash)) fail("timestamp", `the timestamp token signature does not verify with the key of "${describe(tsaCert.x509)}"`);
  if (!(tsaCert.info.ekus ?? []).includes(OID.timeStamping)) fail("timestamp", `the TSA certificate "${describe(tsaCert.x509)}" lacks the timeStamping EKU`);
  const imprintHash = hashName(tst.hashAlgorithm, "the timestamp message imprint", fail);
  if (!createHash(imprintHash).update(signedSignature).digest().equals(tst.hashedMessage))
    fail("timestamp", "the timestamp message imprint does not match the signature it claims to timestamp (the token belongs to another signature)");
  const genTime = tst.genTime;
  if (genTime.getTime() > now.getTime() + FUTURE_SKEW_MS) fail("timestamp", `the timestamp time ${genTime.toISOString()} lies in the future`);
  const chainFail = (check, detail) => fail("timestamp", `${check}: ${detail}${check === "chain" ? " (check tsa-root / --tsa-root)" : ""}`);
  buildChain(tsaCert, certs.filter((c) => c !== tsaCert), pins.tsaRoots, genTime, "timestamping", chainFail);
  return genTime;
}
async function readExactly(fh, buf, position) {
  let done = 0;
  while (done < buf.length) {
    const { bytesRead } = await fh.read(buf, done, buf.length - done, position + done);
    if (bytesRead === 0) throw new Error(`unexpected end of file at offset ${position + done}`);
    done += bytesRead;
  }
}
async function verifyAuthenticodeFile(path, pins, opts = {}) {
  const prepared = preparePins(pins);
  try {
    return await verifyFile(path, prepared, opts);
  } catch (e) {
    if (e instanceof RelforgeError) throw e;
    if (e instanceof DerError || e instanceof AuthenticodeFormatError || e instanceof MsiFormatError || e instanceof PeFormatError)
      throw new AuthenticodeVerificationError(path, "format", e.message, { cause: e });
    throw new AuthenticodeVerificationError(path, "format", `the signature could not be processed: ${e.message}`, { cause: e });
  }
}
async function verifyFile(path, prepared, opts) {
  const fail = (check, detail) => {
    throw new AuthenticodeVerificationError(path, check, detail);
  };
  let fh;
  try {
    fh = await open(path, "r");
  } catch (e) {
    throw new RelforgeError(`Cannot open ${path} for Authenticode verification: ${e.message}`, { cause: e });
  }
  try {
    const size = (await fh.stat()).size;
    const head = Buffer.alloc(Math.min(size, PE_HEAD_BYTES));
    await readExactly(fh, head, 0);
    if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC)) return await verifyMsi(path, fh, size, prepared, opts, fail);
    if (head.length < 2 || head.readUInt16LE(0) !== 23117) fail("format", "the file is neither a PE (MZ) nor an MSI (OLE compound file)");
    let ranges;
    let table;
    try {
      const layout = peLayout(head, size);
      ranges = authenticodeRanges(layout, size);
      table = layout.certTable;
    } catch (e) {
      if (e instanceof PeFormatError) fail(/appended/.test(e.message) ? "appended-data" : /not signed/.test(e.message) ? "unsigned" : "format", e.message);
      throw e;
    }
    if (table.size > MAX_CERT_TABLE) fail("certificate-table", `the certificate table is ${table.size} bytes, larger than the ${MAX_CERT_TABLE}-byte limit`);
    const tableBuf = Buffer.alloc(table.size);
    await readExactly(fh, tableBuf, table.offset);
    let sig;
    try {
      sig = parseAuthenticodeSignature(parseCertificateTable(tableBuf));
    } catch (e) {
      if (e instanceof AuthenticodeFormatError || e instanceof DerError)
        fail(/nested|signers|second certificate/.test(e.message) ? "single-signature" : "certificate-table", e.message);
      throw e;
    }
    if (sig.spc.dataType !== OID.spcPeImageData) fail("format", `the signed content type is ${sig.spc.dataType}, expected SPC_PE_IMAGE_DATA for a PE file`);
    const cms = verifyAuthenticodeCms(sig, prepared, opts, fail);
    const h = createHash(cms.digestAlgorithm);
    const bufs = [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
    const reads = [];
    for (const [s, e] of ranges) for (let pos = s; pos < e; pos += READ_CHUNK) reads.push({ pos, len: Math.min(READ_CHUNK, e - pos) });
    const readAt = (i) => {
      const r = reads[i];
      return readExactly(fh, bufs[i % 2].subarray(0, r.len), r.pos).then(() => bufs[i % 2].subarray(0, r.len));
    };
    let pending = reads.length ? readAt(0) : void 0;
    for (let i = 0; i < reads.length; i++) {
      const chunk = await pending;
      pending = i + 1 < reads.length ? readAt(i + 1) : void 0;
      h.update(chunk);
    }
    if (!h.digest().equals(sig.spc.digest)) fail("digest", `the file's Authenticode ${cms.digestAlgorithm} digest does not match the signed digest (the file was modified after signing)`);
    return result(path, "pe", cms);
  } finally {
    await fh?.close();
  }
}
function result(file, kind, cms) {
  const r = {
    file,
    kind,
    signerSubject: formatName(cms.leaf.info.subject),
    leafSha256: createHash("sha256").update(cms.leaf.x509.raw).digest("hex"),
    digestAlgorithm: cms.digestAlgorithm
  };
  if (cms.timestamp) r.timestamp = cms.timestamp;
  return r;
}
async function verifyMsi(path, fh, size, pins, opts, fail) {
  const read = async (offset, length) => {
    const b = Buffer.alloc(length);
    await readExactly(fh, b, offset);
    return b;
  };
  let cf;
  try {
    cf = await readCompoundFile(read, size);
  } catch (e) {
    if (e instanceof MsiFormatError) fail("format", `the MSI structure is invalid: ${e.message}`);
    throw e;
  }
  const sigEntry = findRootStream(cf, DIGITAL_SIGNATURE);
  if (!sigEntry) fail("unsigned", "the MSI has no Authenticode signature (no \\x05DigitalSignature stream)");
  if (sigEntry.size > MAX_CERT_TABLE) fail("certificate-table", `the MSI signature stream is ${sigEntry.size} bytes, larger than the ${MAX_CERT_TABLE}-byte limit`);
  let sig;
  try {
    const parts = [];
    for (const [off, len] of streamRanges(cf, sigEntry)) parts.push(await read(off, len));
    const der = Buffer.concat(parts);
    const node = readDer(der, 0);
    if (der.subarray(node.end).some((b) => b !== 0)) throw new AuthenticodeFormatError("non-zero bytes follow the PKCS#7 structure in the signature stream");
    sig = parseAuthenticodeSignature(der.subarray(0, node.end));
  } catch (e) {
    if (e instanceof MsiFormatError) fail("format", `the MSI structure is invalid: ${e.message}`);
    if (e instanceof AuthenticodeFormatError || e instanceof DerError) fail(/nested|signers/.test(e.message) ? "single-signature" : "certificate-table", e.message);
    throw e;
  }
  if (sig.spc.dataType !== OID.spcSipInfo) fail("format", `the signed content type is ${sig.spc.dataType}, expected SPC_SIPINFO for an MSI`);
  const cms = verifyAuthenticodeCms(sig, pins, opts, fail);
  let steps;
  try {
    steps = msiHashSteps(cf);
  } catch (e) {
    if (e instanceof MsiFormatError) fail("format", `the MSI structure is invalid: ${e.message}`);
    throw e;
  }
  const h = createHash(cms.digestAlgorithm);
  const exEntry = findRootStream(cf, DIGITAL_SIGNATURE_EX);
  if (exEntry) {
    const pre = createHash(cms.digestAlgorithm);
    for (const part of msiPrehashParts(cf)) pre.update(part);
    const prehash = pre.digest();
    if (exEntry.size !== prehash.length) fail("digest", `the MsiDigitalSignatureEx stream is ${exEntry.size} bytes, expected a ${cms.digestAlgorithm} pre-hash`);
    const stored = Buffer.concat(await Promise.all(streamRanges(cf, exEntry).map(([off, len]) => read(off, len))));
    if (!stored.equals(prehash)) fail("digest", "the MSI metadata (stream names, sizes or times) changed after signing: MsiDigitalSignatureEx does not match");
    h.update(prehash);
  }
  const chunk = Buffer.allocUnsafe(READ_CHUNK);
  for (const step of steps) {
    if ("bytes" in step) {
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
  if (!h.digest().equals(sig.spc.digest)) fail("digest", `the MSI's Authenticode ${cms.digestAlgorithm} digest does not match the signed digest (the file was modified after signing)`);
  return result(path, "msi", cms);
}

export {
  OLE_MAGIC,
  AuthenticodeVerificationError,
  PIN_FIELDS,
  checkAuthenticodePins,
  verifyAuthenticodeFile
};
