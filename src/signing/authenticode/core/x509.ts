/**
 * The few X.509 facts Node's X509Certificate does not expose (raw issuer/serial for CMS signer matching,
 * subject attributes in order, basicConstraints pathLen, keyUsage bits, EKUs), read with the DER reader.
 * Also parses relforge subject pins ("CN=Contoso Ltd, O=Contoso") and matches them. Pure.
 */
import { DerError, DerNode, TAG, bitString, boolean, oid, parseDer, seq, set, smallInt, str, octets } from './der.js';

export interface NameAttribute {
  /** Short name (CN, O, …) or the dotted OID when unknown. */
  type: string;
  oid: string;
  value: string;
}

export interface CertInfo {
  /** DER of the issuer Name and the serialNumber INTEGER value, for IssuerAndSerialNumber matching. */
  issuerRaw: Buffer;
  subjectRaw: Buffer;
  serial: Buffer;
  subject: NameAttribute[];
  /** basicConstraints (undefined when the extension is absent). */
  basicConstraints?: { ca: boolean; pathLen?: number };
  /** keyUsage bits as names (digitalSignature, keyCertSign, …) or undefined when absent. */
  keyUsage?: string[];
  /** extendedKeyUsage OIDs, or undefined when the extension is absent. */
  ekus?: string[];
  subjectKeyIdentifier?: Buffer;
  /** OIDs of critical extensions. */
  critical: string[];
}

const NAME_OIDS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.15': 'businessCategory',
  '2.5.4.17': 'postalCode',
  '2.5.4.42': 'GN',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'E',
  '1.3.6.1.4.1.311.60.2.1.1': 'jurisdictionL',
  '1.3.6.1.4.1.311.60.2.1.2': 'jurisdictionST',
  '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
};
const NAME_ALIASES: Record<string, string> = {
  emailaddress: '1.2.840.113549.1.9.1',
  email: '1.2.840.113549.1.9.1',
  s: '2.5.4.8',
  street: '2.5.4.9',
  serialnumber: '2.5.4.5',
};

function typeToOid(type: string): string | undefined {
  if (/^\d+(\.\d+)+$/.test(type)) return type;
  const lower = type.toLowerCase();
  if (NAME_ALIASES[lower]) return NAME_ALIASES[lower];
  for (const [o, n] of Object.entries(NAME_OIDS)) if (n.toLowerCase() === lower) return o;
  return undefined;
}

const KEY_USAGE_BITS = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly'];

/** Name (SEQUENCE OF RDN SET OF AttributeTypeAndValue) → attributes in encoding order (most general first). */
export function parseName(node: DerNode): NameAttribute[] {
  const out: NameAttribute[] = [];
  for (const rdn of seq(node, 'Name')) {
    for (const atv of set(rdn, 'RelativeDistinguishedName')) {
      const [t, v] = seq(atv, 'AttributeTypeAndValue');
      if (!t || !v) throw new DerError('AttributeTypeAndValue: missing fields');
      const o = oid(t);
      let value: string;
      try {
        value = str(v);
      } catch {
        value = `#${v.raw.toString('hex')}`;
      }
      out.push({ oid: o, type: NAME_OIDS[o] ?? o, value });
    }
  }
  return out;
}

/** RFC 4514-style display, most specific first: "CN=Contoso Ltd, O=Contoso, C=US". */
export function formatName(attrs: NameAttribute[]): string {
  const esc = (v: string) => v.replace(/([,+"\\<>;=])/g, '\\$1').replace(/^([ #])/, '\\$1').replace(/ $/, '\\ ');
  return [...attrs].reverse().map((a) => `${a.type}=${esc(a.value)}`).join(', ');
}

/** Parses an X.509 certificate's DER for the fields listed in CertInfo. */
export function parseCertInfo(der: Buffer): CertInfo {
  const cert = parseDer(der, 'certificate');
  const [tbs] = seq(cert, 'Certificate');
  if (!tbs) throw new DerError('Certificate: missing tbsCertificate');
  const f = seq(tbs, 'TBSCertificate');
  let i = 0;
  if (f[0]?.isContext(0)) i++; // version
  const serialNode = f[i++]!.expect(TAG.INTEGER, 'serialNumber');
  i++; // signature AlgorithmIdentifier
  const issuerNode = f[i++]!;
  i++; // validity
  const subjectNode = f[i++]!;
  const info: CertInfo = {
    issuerRaw: issuerNode.raw,
    subjectRaw: subjectNode.raw,
    serial: serialNode.value,
    subject: parseName(subjectNode),
    critical: [],
  };
  const extsNode = f.find((n) => n.isContext(3));
  if (extsNode) {
    const [exts] = extsNode.children();
    for (const ext of seq(exts!, 'Extensions')) {
      const parts = seq(ext, 'Extension');
      const extOid = oid(parts[0]!);
      let critical = false;
      let valueNode = parts[1]!;
      if (valueNode.tag === TAG.BOOLEAN) {
        critical = boolean(valueNode);
        valueNode = parts[2]!;
      }
      if (critical) info.critical.push(extOid);
      const inner = parseDer(octets(valueNode), `extension ${extOid}`);
      switch (extOid) {
        case '2.5.29.19': {
          const bc = seq(inner, 'basicConstraints');
          let ca = false;
          let k = 0;
          if (bc[k]?.tag === TAG.BOOLEAN) ca = boolean(bc[k++]!);
          const pathLen = bc[k]?.tag === TAG.INTEGER ? smallInt(bc[k]!) : undefined;
          info.basicConstraints = pathLen === undefined ? { ca } : { ca, pathLen };
          break;
        }
        case '2.5.29.15': {
          const bits = bitString(inner);
          const names: string[] = [];
          KEY_USAGE_BITS.forEach((n, bit) => {
            const byte = bits[bit >> 3] ?? 0;
            if (byte & (0x80 >> (bit & 7))) names.push(n);
          });
          info.keyUsage = names;
          break;
        }
        case '2.5.29.37':
          info.ekus = seq(inner, 'extKeyUsage').map((n) => oid(n));
          break;
        case '2.5.29.14':
          info.subjectKeyIdentifier = octets(inner);
          break;
      }
    }
  }
  return info;
}

export interface SubjectPinAttribute {
  type: string;
  oid: string;
  value: string;
}

/**
 * Parses a subject pin such as `CN=Contoso Ltd, O=Contoso` (RFC 4514 escaping with backslash; values may be
 * double-quoted). Throws with a message naming the problem.
 */
export function parseSubjectPin(pin: string): SubjectPinAttribute[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < pin.length; i++) {
    const c = pin[i]!;
    if (c === '\\' && i + 1 < pin.length) {
      cur += c + pin[++i];
    } else if (c === '"') {
      quoted = !quoted;
      cur += c;
    } else if ((c === ',' || c === ';' || c === '+') && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (quoted) throw new Error(`subject pin "${pin}": unterminated quote`);
  parts.push(cur);
  const out: SubjectPinAttribute[] = [];
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    const eq = p.indexOf('=');
    if (eq <= 0) throw new Error(`subject pin "${pin}": "${p}" is not TYPE=value (e.g. CN=Contoso Ltd)`);
    const type = p.slice(0, eq).trim();
    let value = p.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    value = value.replace(/\\(.)/g, '$1');
    const o = typeToOid(type);
    if (!o) throw new Error(`subject pin "${pin}": unknown attribute type "${type}" (use CN, O, OU, L, ST, C, E, SERIALNUMBER or a dotted OID)`);
    out.push({ type: NAME_OIDS[o] ?? o, oid: o, value });
  }
  if (!out.length) throw new Error(`subject pin "${pin}" names no attribute (e.g. CN=Contoso Ltd, O=Contoso)`);
  return out;
}

/** The pin attributes that are NOT present (same type, exactly equal value) in the subject. */
export function missingSubjectAttributes(subject: NameAttribute[], pin: SubjectPinAttribute[]): SubjectPinAttribute[] {
  return pin.filter((p) => !subject.some((a) => a.oid === p.oid && a.value === p.value));
}
