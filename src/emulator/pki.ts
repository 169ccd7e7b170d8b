/**
 * Test PKI for Authenticode / Trusted Signing tests, built with the `openssl` CLI (argument arrays only)
 * in a temp dir:
 *
 *   root ──► intermediate ──► leaf (RSA-3072, 3 days, EKUs 1.3.6.1.4.1.311.97.1.0 + codeSigning + identity EKU)
 *   tsaRoot ──► tsa (timeStamping EKU, critical)
 *   otherRoot ──► otherIntermediate (unrelated hierarchy, for "wrong root" cases)
 *
 * `issueLeaf()` mints more leaves (rotation, wrong EKU/subject, expired, from the other root) on demand.
 * Every certificate is issued with `openssl ca` so validity windows can be placed in the past.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';

export interface KeyCert {
  name: string;
  /** PEM certificate path / text. */
  certPath: string;
  certPem: string;
  /** DER certificate bytes. */
  certDer: Buffer;
  /** PKCS#8 PEM private key path / text. */
  keyPath: string;
  keyPem: string;
  /** Subject in Node's X509Certificate form ("C=US\nO=…\nCN=…"). */
  subject: string;
  x509: X509Certificate;
}

export interface LeafOptions {
  /** File-name stem (unique per PKI). */
  name: string;
  /** openssl -subj form, e.g. "/C=US/O=Contoso/CN=Contoso". Default: the PKI's publisher subject. */
  subj?: string;
  /** Full EKU list (OIDs or openssl short names). Default: [311.97.1.0, codeSigning, identityEku]. */
  ekus?: string[];
  /** Validity window; default now-1h … now+3d. */
  notBefore?: Date;
  notAfter?: Date;
  /** Issuer; default the intermediate. */
  issuer?: KeyCert;
  /** Key type; default RSA-3072 like the real service. */
  rsaBits?: number;
  /** Use an EC key on this curve instead of RSA (e.g. "P-256"). */
  ecCurve?: string;
}

export interface TestPki {
  dir: string;
  root: KeyCert;
  intermediate: KeyCert;
  leaf: KeyCert;
  tsaRoot: KeyCert;
  tsa: KeyCert;
  otherRoot: KeyCert;
  otherIntermediate: KeyCert;
  /** The per-identity EKU carried by `leaf` (1.3.6.1.4.1.311.97.a.b.c.d). */
  identityEku: string;
  /** The publisher subject as a relforge pin ("CN=…, O=…"). */
  subjectPin: string;
  /** openssl -subj form of the publisher subject. */
  subj: string;
  /** leaf + intermediate PEM (what osslsigncode -certs wants). */
  chainPath: string;
  /** tsa PEM (+ nothing else; the TSA root is the trust anchor). */
  tsaChainPath: string;
  issueLeaf(opts: LeafOptions): KeyCert;
  /** Writes the given certificates' PEMs into one file and returns its path. */
  bundle(name: string, certs: KeyCert[]): string;
  cleanup(): void;
}

export const SERVICE_EKU = '1.3.6.1.4.1.311.97.1.0';
export const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
export const TIME_STAMPING_EKU = '1.3.6.1.5.5.7.3.8';
export const DEFAULT_IDENTITY_EKU = '1.3.6.1.4.1.311.97.990346705.12345.6789.1';

function openssl(args: string[], cwd: string): string {
  try {
    return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`openssl ${args[0]} failed: ${err.stderr || err.message}`);
  }
}

/** openssl ca's date format: YYYYMMDDHHMMSSZ (GeneralizedTime). */
function caDate(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z');
}

const CA_CONFIG = (dir: string) => `
[ ca ]
default_ca = CA_default
[ CA_default ]
dir = ${dir}
database = ${dir}/index.txt
new_certs_dir = ${dir}/newcerts
serial = ${dir}/serial
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no
copy_extensions = none
preserve = yes
[ policy_any ]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = placeholder
[ ext_root ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ ext_intermediate ]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ ext_tsa ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
`;

export function createTestPki(opts: { identityEku?: string; subj?: string; subjectPin?: string } = {}): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-pki-'));
  const caDir = join(dir, 'ca');
  mkdirSync(join(caDir, 'newcerts'), { recursive: true });
  writeFileSync(join(caDir, 'index.txt'), '');
  writeFileSync(join(caDir, 'serial'), '1000\n');
  const cfg = join(dir, 'openssl.cnf');
  writeFileSync(cfg, CA_CONFIG(caDir));
  const identityEku = opts.identityEku ?? DEFAULT_IDENTITY_EKU;
  const subj = opts.subj ?? '/C=US/ST=Washington/L=Redmond/O=Contoso Test/CN=Contoso Test Publisher';
  const subjectPin = opts.subjectPin ?? 'CN=Contoso Test Publisher, O=Contoso Test';
  const names = new Set<string>();
  const now = Date.now();

  const load = (name: string): KeyCert => {
    const certPath = join(dir, `${name}.pem`);
    const keyPath = join(dir, `${name}.key`);
    const certPem = readFileSync(certPath, 'utf8');
    const x509 = new X509Certificate(certPem);
    return { name, certPath, certPem, certDer: x509.raw, keyPath, keyPem: readFileSync(keyPath, 'utf8'), subject: x509.subject, x509 };
  };

  const issue = (p: {
    name: string;
    subj: string;
    issuer?: KeyCert;
    ext: string;
    extFile?: string;
    notBefore: Date;
    notAfter: Date;
    keyAlg: string[];
  }): KeyCert => {
    if (names.has(p.name)) throw new Error(`test PKI: certificate name "${p.name}" already used`);
    if (!/^[a-z0-9-]+$/i.test(p.name)) throw new Error(`test PKI: bad name "${p.name}"`);
    names.add(p.name);
    const keyPath = join(dir, `${p.name}.key`);
    const csr = join(dir, `${p.name}.csr`);
    openssl(['genpkey', ...p.keyAlg, '-out', keyPath], dir);
    openssl(['req', '-new', '-config', cfg, '-key', keyPath, '-subj', p.subj, '-out', csr], dir);
    const args = ['ca', '-batch', '-config', cfg, '-notext', '-preserveDN', '-md', 'sha256', '-in', csr, '-out', join(dir, `${p.name}.pem`)];
    args.push('-startdate', caDate(p.notBefore), '-enddate', caDate(p.notAfter));
    if (p.extFile) args.push('-extfile', p.extFile, '-extensions', p.ext);
    else args.push('-extensions', p.ext);
    if (p.issuer) args.push('-cert', p.issuer.certPath, '-keyfile', p.issuer.keyPath);
    else args.push('-selfsign', '-keyfile', keyPath);
    openssl(args, dir);
    return load(p.name);
  };

  const rsa = (bits: number) => ['-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${bits}`];
  const longAgo = new Date(now - 365 * 86400_000);
  const farAway = new Date(now + 20 * 365 * 86400_000);

  const root = issue({ name: 'root', subj: '/O=relforge tests/CN=relforge Test Code Signing Root', ext: 'ext_root', notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const intermediate = issue({ name: 'intermediate', subj: '/O=relforge tests/CN=relforge Test ID Verified CS EOC CA 01', issuer: root, ext: 'ext_intermediate', notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const tsaRoot = issue({ name: 'tsa-root', subj: '/O=relforge tests/CN=relforge Test Timestamping Root', ext: 'ext_root', notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const tsa = issue({ name: 'tsa', subj: '/O=relforge tests/CN=relforge Test TSA', issuer: tsaRoot, ext: 'ext_tsa', notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const otherRoot = issue({ name: 'other-root', subj: '/O=Unrelated/CN=Unrelated Root', ext: 'ext_root', notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const otherIntermediate = issue({ name: 'other-intermediate', subj: '/O=Unrelated/CN=Unrelated Intermediate', issuer: otherRoot, ext: 'ext_intermediate', notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });

  const issueLeaf = (o: LeafOptions): KeyCert => {
    const ekus = o.ekus ?? [SERVICE_EKU, 'codeSigning', identityEku];
    const extFile = join(dir, `${o.name}.ext`);
    const lines = ['[ ext_leaf ]', 'basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid:always'];
    if (ekus.length) lines.push(`extendedKeyUsage = ${ekus.join(',')}`);
    writeFileSync(extFile, lines.join('\n') + '\n');
    return issue({
      name: o.name,
      subj: o.subj ?? subj,
      issuer: o.issuer ?? intermediate,
      ext: 'ext_leaf',
      extFile,
      notBefore: o.notBefore ?? new Date(Date.now() - 3600_000),
      notAfter: o.notAfter ?? new Date(Date.now() + 3 * 86400_000 - 3600_000),
      keyAlg: o.ecCurve ? ['-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${o.ecCurve}`] : rsa(o.rsaBits ?? 3072),
    });
  };

  const leaf = issueLeaf({ name: 'leaf' });

  const bundle = (name: string, certs: KeyCert[]): string => {
    const p = join(dir, `${name}.bundle.pem`);
    writeFileSync(p, certs.map((c) => c.certPem.trim() + '\n').join(''));
    return p;
  };
  const chainPath = bundle('chain', [leaf, intermediate]);
  const tsaChainPath = bundle('tsa-chain', [tsa]);

  return {
    dir,
    root,
    intermediate,
    leaf,
    tsaRoot,
    tsa,
    otherRoot,
    otherIntermediate,
    identityEku,
    subjectPin,
    subj,
    chainPath,
    tsaChainPath,
    issueLeaf,
    bundle,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
