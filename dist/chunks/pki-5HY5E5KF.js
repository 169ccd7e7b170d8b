import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import "./chunk-YAGOLX6F.js";

// src/emulator/pki.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
var SERVICE_EKU = "1.3.6.1.4.1.311.97.1.0";
var CODE_SIGNING_EKU = "1.3.6.1.5.5.7.3.3";
var TIME_STAMPING_EKU = "1.3.6.1.5.5.7.3.8";
var DEFAULT_IDENTITY_EKU = "1.3.6.1.4.1.311.97.990346705.12345.6789.1";
function openssl(args, cwd) {
  try {
    return execFileSync("openssl", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e;
    throw new Error(`openssl ${args[0]} failed: ${err.stderr || err.message}`);
  }
}
function caDate(d) {
  return d.toISOString().replace(/[-:T]/g, "").replace(/\.\d+Z$/, "Z");
}
var CA_CONFIG = (dir) => `
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
function createTestPki(opts = {}) {
  const dir = mkdtempSync(join(tmpdir(), "relforge-pki-"));
  const caDir = join(dir, "ca");
  mkdirSync(join(caDir, "newcerts"), { recursive: true });
  writeFileSync(join(caDir, "index.txt"), "");
  writeFileSync(join(caDir, "serial"), "1000\n");
  const cfg = join(dir, "openssl.cnf");
  writeFileSync(cfg, CA_CONFIG(caDir));
  const identityEku = opts.identityEku ?? DEFAULT_IDENTITY_EKU;
  const subj = opts.subj ?? "/C=US/ST=Washington/L=Redmond/O=Contoso Test/CN=Contoso Test Publisher";
  const subjectPin = opts.subjectPin ?? "CN=Contoso Test Publisher, O=Contoso Test";
  const names = /* @__PURE__ */ new Set();
  const now = Date.now();
  const load = (name) => {
    const certPath = join(dir, `${name}.pem`);
    const keyPath = join(dir, `${name}.key`);
    const certPem = readFileSync(certPath, "utf8");
    const x509 = new X509Certificate(certPem);
    return { name, certPath, certPem, certDer: x509.raw, keyPath, keyPem: readFileSync(keyPath, "utf8"), subject: x509.subject, x509 };
  };
  const issue = (p) => {
    if (names.has(p.name)) throw new Error(`test PKI: certificate name "${p.name}" already used`);
    if (!/^[a-z0-9-]+$/i.test(p.name)) throw new Error(`test PKI: bad name "${p.name}"`);
    names.add(p.name);
    const keyPath = join(dir, `${p.name}.key`);
    const csr = join(dir, `${p.name}.csr`);
    openssl(["genpkey", ...p.keyAlg, "-out", keyPath], dir);
    openssl(["req", "-new", "-config", cfg, "-key", keyPath, "-subj", p.subj, "-out", csr], dir);
    const args = ["ca", "-batch", "-config", cfg, "-notext", "-preserveDN", "-md", "sha256", "-in", csr, "-out", join(dir, `${p.name}.pem`)];
    args.push("-startdate", caDate(p.notBefore), "-enddate", caDate(p.notAfter));
    if (p.extFile) args.push("-extfile", p.extFile, "-extensions", p.ext);
    else args.push("-extensions", p.ext);
    if (p.issuer) args.push("-cert", p.issuer.certPath, "-keyfile", p.issuer.keyPath);
    else args.push("-selfsign", "-keyfile", keyPath);
    openssl(args, dir);
    return load(p.name);
  };
  const rsa = (bits) => ["-algorithm", "RSA", "-pkeyopt", `rsa_keygen_bits:${bits}`];
  const longAgo = new Date(now - 365 * 864e5);
  const farAway = new Date(now + 20 * 365 * 864e5);
  const root = issue({ name: "root", subj: "/O=relforge tests/CN=relforge Test Code Signing Root", ext: "ext_root", notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const intermediate = issue({ name: "intermediate", subj: "/O=relforge tests/CN=relforge Test ID Verified CS EOC CA 01", issuer: root, ext: "ext_intermediate", notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const tsaRoot = issue({ name: "tsa-root", subj: "/O=relforge tests/CN=relforge Test Timestamping Root", ext: "ext_root", notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const tsa = issue({ name: "tsa", subj: "/O=relforge tests/CN=relforge Test TSA", issuer: tsaRoot, ext: "ext_tsa", notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const otherRoot = issue({ name: "other-root", subj: "/O=Unrelated/CN=Unrelated Root", ext: "ext_root", notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const otherIntermediate = issue({ name: "other-intermediate", subj: "/O=Unrelated/CN=Unrelated Intermediate", issuer: otherRoot, ext: "ext_intermediate", notBefore: longAgo, notAfter: farAway, keyAlg: rsa(2048) });
  const issueLeaf = (o) => {
    const ekus = o.ekus ?? [SERVICE_EKU, "codeSigning", identityEku];
    const extFile = join(dir, `${o.name}.ext`);
    const lines = ["[ ext_leaf ]", "basicConstraints = critical,CA:FALSE", "keyUsage = critical,digitalSignature", "subjectKeyIdentifier = hash", "authorityKeyIdentifier = keyid:always"];
    if (ekus.length) lines.push(`extendedKeyUsage = ${ekus.join(",")}`);
    writeFileSync(extFile, lines.join("\n") + "\n");
    return issue({
      name: o.name,
      subj: o.subj ?? subj,
      issuer: o.issuer ?? intermediate,
      ext: "ext_leaf",
      extFile,
      notBefore: o.notBefore ?? new Date(Date.now() - 36e5),
      notAfter: o.notAfter ?? new Date(Date.now() + 3 * 864e5 - 36e5),
      keyAlg: o.ecCurve ? ["-algorithm", "EC", "-pkeyopt", `ec_paramgen_curve:${o.ecCurve}`] : rsa(o.rsaBits ?? 3072)
    });
  };
  const leaf = issueLeaf({ name: "leaf" });
  const bundle = (name, certs) => {
    const p = join(dir, `${name}.bundle.pem`);
    writeFileSync(p, certs.map((c) => c.certPem.trim() + "\n").join(""));
    return p;
  };
  const chainPath = bundle("chain", [leaf, intermediate]);
  const tsaChainPath = bundle("tsa-chain", [tsa]);
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
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  };
}
export {
  CODE_SIGNING_EKU,
  DEFAULT_IDENTITY_EKU,
  SERVICE_EKU,
  TIME_STAMPING_EKU,
  createTestPki
};
