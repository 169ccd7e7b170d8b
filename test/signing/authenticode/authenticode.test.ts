/**
 * The Authenticode verifier against generated fixtures (test PKI + loopback TSA + osslsigncode/wixl), with
 * osslsigncode verify as the independent second opinion, and the CLI as a bundled process on both runtimes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { homedir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { AuthenticodeVerificationError, verifyAuthenticodeFile, type AuthenticodePins, type VerifyAuthenticodeOptions } from '../../../src/signing/authenticode/verify.js';
import { RelforgeError } from '../../../src/platform/errors.js';
import { parseAuthenticodeSignature, parseCertificateTable, parseSignedData, parseTstInfo } from '../../../src/signing/authenticode/core/signed-data.js';
import { peLayout } from '../../../src/signing/authenticode/core/pe.js';
import { buildAuthenticodeFixtures, type AuthenticodeFixtures } from '../../fixtures/authenticode.js';
import { requireTool, underCI } from '../../helpers/tools.js';
import { bundleRuntimes } from '../../helpers/runtimes.js';
import { freshCli } from '../../helpers/fresh-dist.js';

const osslsigncode = requireTool('osslsigncode', 'apt-get install osslsigncode');
const openssl = requireTool('openssl', 'apt-get install openssl');
const wixl = requireTool('wixl', 'apt-get install wixl');
const tools = !!(osslsigncode && openssl);
const execFileP = promisify(execFile);

let fx: AuthenticodeFixtures;
let work: string;
let pins: AuthenticodePins;

/** Our verdict: 'ok' or the failing check. */
async function ours(file: string, p: AuthenticodePins = pins, o: VerifyAuthenticodeOptions = {}): Promise<string> {
  try {
    await verifyAuthenticodeFile(file, p, o);
    return 'ok';
  } catch (e) {
    if (e instanceof AuthenticodeVerificationError) return e.check;
    throw e;
  }
}

/** osslsigncode's verdict with the given trust anchors. */
function theirs(file: string, root?: string, tsaRoot?: string): 'ok' | 'fail' {
  return fx.ossVerify(file, { ...(root ? { root } : {}), ...(tsaRoot ? { tsaRoot } : {}) }).code === 0 ? 'ok' : 'fail';
}

/**
 * osslsigncode's timestamp verdict. osslsigncode 2.9 reports "Timestamp Server Signature verification: failed"
 * and then falls back to checking the chain at the current time, so its exit code alone says nothing about
 * the timestamp; we refuse such files outright.
 */
function theirsTimestamp(file: string, tsaRoot?: string): 'ok' | 'failed' | 'none' {
  const m = /Timestamp Server Signature verification: (\w+)/.exec(fx.ossVerify(file, tsaRoot ? { tsaRoot } : {}).output);
  return m ? (m[1] === 'ok' ? 'ok' : 'failed') : 'none';
}

/** Copy of `name` with `edit` applied to its bytes. */
function variant(name: string, out: string, edit: (buf: Buffer) => Buffer | void): string {
  const buf = readFileSync(fx.files[name]!);
  const res = edit(buf) ?? buf;
  const p = join(work, out);
  writeFileSync(p, res);
  return p;
}

function certTable(buf: Buffer) {
  const l = peLayout(buf, buf.length);
  return { layout: l, table: buf.subarray(l.certTable!.offset, l.certTable!.offset + l.certTable!.size) };
}

beforeAll(async () => {
  if (!tools) return;
  fx = await buildAuthenticodeFixtures({ msi: !!wixl });
  work = mkdtempSync(join(tmpdir(), 'relforge-ac-test-'));
  pins = { roots: fx.pki.root.certPem, tsaRoots: fx.pki.tsaRoot.certPem, subject: fx.pki.subjectPin, ekus: [fx.pki.identityEku] };
}, 180_000);

afterAll(async () => {
  await fx?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!tools)('verifyAuthenticodeFile on PE fixtures, with osslsigncode as second opinion', () => {
  // [fixture, our expected verdict with full pins, osslsigncode verdict ('n/a' = it cannot express the check)]
  const rows: Array<[string, string, 'ok' | 'fail' | 'n/a']> = [
    ['pe-signed', 'ok', 'ok'],
    ['pe32-signed', 'ok', 'ok'],
    ['pe-sha384', 'ok', 'ok'],
    ['pe-sha512', 'ok', 'ok'],
    ['pe-ecdsa', 'ok', 'ok'],
    ['pe-unsigned', 'unsigned', 'fail'],
    ['pe-tampered', 'digest', 'fail'],
    ['pe-appended', 'appended-data', 'fail'],
    ['pe-wrong-root', 'chain', 'fail'],
    ['pe-no-codesigning', 'eku', 'fail'],
    ['pe-expired', 'validity', 'fail'],
    ['pe-nested', 'single-signature', 'n/a'],
    ['pe-no-timestamp', 'timestamp', 'n/a'], // osslsigncode accepts untimestamped signatures
    ['pe-no-identity-eku', 'eku', 'n/a'],
    ['pe-wrong-subject', 'subject', 'n/a'],
  ];
  it.each(rows)('%s → %s (osslsigncode: %s)', async (name, expected, oss) => {
    expect(await ours(fx.files[name]!)).toBe(expected);
    if (oss !== 'n/a') {
      expect(theirs(fx.files[name]!)).toBe(oss);
      expect(expected === 'ok').toBe(oss === 'ok');
    }
  });

  it('agrees with osslsigncode on the pin-only cases once the pin osslsigncode cannot express is dropped', async () => {
    expect(await ours(fx.files['pe-no-identity-eku']!, { ...pins, ekus: [] })).toBe('ok');
    expect(theirs(fx.files['pe-no-identity-eku']!)).toBe('ok');
    expect(await ours(fx.files['pe-wrong-subject']!, { ...pins, subject: 'CN=Fabrikam Publisher' })).toBe('ok');
    expect(theirs(fx.files['pe-wrong-subject']!)).toBe('ok');
    expect(await ours(fx.files['pe-no-timestamp']!, pins, { requireTimestamp: false })).toBe('ok');
    expect(theirs(fx.files['pe-no-timestamp']!)).toBe('ok');
  });

  it('returns the signer, leaf hash, timestamp and digest algorithm', async () => {
    const before = Date.now();
    const r = await verifyAuthenticodeFile(fx.files['pe-sha384']!, pins);
    expect(r.kind).toBe('pe');
    expect(r.digestAlgorithm).toBe('sha384');
    expect(r.signerSubject).toBe('CN=Contoso Test Publisher, O=Contoso Test, L=Redmond, ST=Washington, C=US');
    expect(r.leafSha256).toBe(createHash('sha256').update(fx.pki.leaf.certDer).digest('hex'));
    expect(r.timestamp).toBeInstanceOf(Date);
    // The TSA emulator stamped it while the fixtures were built (minutes ago at most).
    expect(Math.abs(r.timestamp!.getTime() - before)).toBeLessThan(30 * 60_000);
  });

  it('refuses a chain to a root that is not pinned, and a timestamp from an unpinned TSA', async () => {
    const f = fx.files['pe-signed']!;
    expect(await ours(f, { ...pins, roots: fx.pki.otherRoot.certPem })).toBe('chain');
    expect(theirs(f, fx.pki.otherRoot.certPath)).toBe('fail');
    expect(await ours(f, { ...pins, tsaRoots: fx.pki.otherRoot.certPem })).toBe('timestamp');
    expect(theirsTimestamp(f, fx.pki.otherRoot.certPath)).toBe('failed');
    expect(theirsTimestamp(f)).toBe('ok');
    // tsaRoots defaults to roots: the code-signing root alone does not vouch for the test TSA.
    expect(await ours(f, { roots: fx.pki.root.certPem })).toBe('timestamp');
    // A bundle holding both roots is fine.
    expect(await ours(f, { roots: fx.pki.root.certPem + fx.pki.tsaRoot.certPem })).toBe('ok');
  });

  it('validates the chain at the timestamp time, not now', async () => {
    // Three days and a bit later, the leaf has expired; the timestamp keeps the signature valid.
    const later = new Date(Date.now() + 4 * 86400_000);
    expect(await ours(fx.files['pe-signed']!, pins, { now: later })).toBe('ok');
    // Without a timestamp the same signature is judged at "now" and fails.
    expect(await ours(fx.files['pe-no-timestamp']!, pins, { now: later, requireTimestamp: false })).toBe('validity');
    // A timestamp from the future (clock skew beyond 5 minutes) is refused.
    expect(await ours(fx.files['pe-signed']!, pins, { now: new Date(Date.now() - 3600_000) })).toBe('timestamp');
  });

  it('ignores the PE CheckSum field (outside the digest), like Windows and osslsigncode', async () => {
    const f = variant('pe-signed', 'checksum.exe', (b) => {
      b.writeUInt32LE(0x12345678, peLayout(b, b.length).checksumOffset);
    });
    expect(await ours(f)).toBe('ok');
    expect(theirs(f)).toBe('ok');
  });

  it('refuses an altered CMS signature', async () => {
    const f = variant('pe-signed', 'bad-signature.exe', (b) => {
      const sig = parseAuthenticodeSignature(parseCertificateTable(certTable(b).table)).signer.signature;
      const at = b.indexOf(sig);
      b[at + 100]! ^= 0xff;
    });
    expect(await ours(f)).toBe('signature');
    expect(theirs(f)).toBe('fail');
  });

  it('refuses an altered timestamp token (signature or imprint)', async () => {
    const f = variant('pe-signed', 'bad-tsa-signature.exe', (b) => {
      const tok = parseAuthenticodeSignature(parseCertificateTable(certTable(b).table)).timestampToken!;
      const tsSig = parseSignedData(tok.der).signerInfos[0]!.signature;
      b[b.indexOf(tsSig) + 50]! ^= 0xff;
    });
    expect(await ours(f)).toBe('timestamp');
    expect(theirsTimestamp(f)).toBe('failed');
    // Swap in the timestamp token of another signature (same TSA, valid token): the imprint no longer matches.
    // Splicing needs a token of the same size (nonces vary in length), so sign fresh copies until one fits.
    const tokenOf = (buf: Buffer) => parseAuthenticodeSignature(parseCertificateTable(certTable(buf).table)).timestampToken!.der;
    const own = tokenOf(readFileSync(fx.files['pe-signed']!));
    let otherTok: Buffer | undefined;
    for (let i = 0; i < 12 && !otherTok; i++) {
      const p = join(work, `resigned-${i}.exe`);
      await fx.sign(fx.files['pe-unsigned']!, p);
      const t = tokenOf(readFileSync(p));
      if (t.length === own.length) otherTok = t;
    }
    expect(otherTok, 'a same-size foreign timestamp token').toBeDefined();
    expect(parseTstInfo(parseSignedData(own).contentOctets).hashedMessage.equals(parseTstInfo(parseSignedData(otherTok!).contentOctets).hashedMessage)).toBe(false);
    const g = variant('pe-signed', 'foreign-timestamp.exe', (b) => {
      otherTok!.copy(b, b.indexOf(own));
    });
    expect(await ours(g)).toBe('timestamp');
    expect(theirsTimestamp(g)).toBe('failed');
  });

  it('refuses a certificate table with a second WIN_CERTIFICATE', async () => {
    const f = variant('pe-signed', 'two-entries.exe', (b) => {
      const { layout, table } = certTable(b);
      const out = Buffer.concat([b, table]);
      out.writeUInt32LE(table.length * 2, layout.certDirOffset + 4);
      return out;
    });
    expect(await ours(f)).toBe('single-signature');
  });

  it('never crashes on a damaged certificate table, and is never more lenient than osslsigncode', async () => {
    const base = readFileSync(fx.files['pe-signed']!);
    const { layout } = certTable(base);
    const t = layout.certTable!;
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let rejected = 0;
    for (let i = 0; i < 150; i++) {
      const at = t.offset + Math.floor(rand() * t.size);
      const f = variant('pe-signed', `flip-${i}.exe`, (b) => {
        b[at]! ^= 1 << Math.floor(rand() * 8);
      });
      const verdict = await ours(f); // throws (failing the test) on anything but a named check
      if (verdict === 'ok') expect(theirs(f), `flip at ${at} accepted by us`).toBe('ok');
      else rejected++;
    }
    expect(rejected).toBeGreaterThan(130);
  });

  it('refuses files that are not PE or MSI, and unusable pins', async () => {
    const f = join(work, 'text.exe');
    writeFileSync(f, 'hello world, not a program');
    expect(await ours(f)).toBe('format');
    await expect(verifyAuthenticodeFile(fx.files['pe-signed']!, { roots: 'not pem' })).rejects.toThrow(/holds no PEM certificate/);
    await expect(verifyAuthenticodeFile(fx.files['pe-signed']!, { ...pins, ekus: ['codeSigning'] })).rejects.toThrow(/not a dotted OID/);
    await expect(verifyAuthenticodeFile(fx.files['pe-signed']!, { ...pins, subject: 'Contoso' })).rejects.toThrow(/TYPE=value/);
    await expect(verifyAuthenticodeFile(join(work, 'missing.exe'), pins)).rejects.toThrow(RelforgeError);
  });
});

describe.skipIf(!tools || !wixl)('verifyAuthenticodeFile on MSI fixtures (wixl + osslsigncode), parsed in-process', () => {
  const rows: Array<[string, string, 'ok' | 'fail' | 'n/a']> = [
    ['msi-signed', 'ok', 'ok'],
    ['msi-sha512', 'ok', 'ok'],
    ['msi-unsigned', 'unsigned', 'fail'],
    ['msi-wrong-root', 'chain', 'fail'],
    ['msi-expired', 'validity', 'fail'],
    ['msi-nested', 'single-signature', 'n/a'],
    ['msi-no-timestamp', 'timestamp', 'n/a'],
    ['msi-no-identity-eku', 'eku', 'n/a'],
  ];
  it.each(rows)('%s → %s (osslsigncode: %s)', async (name, expected, oss) => {
    expect(await ours(fx.files[name]!)).toBe(expected);
    if (oss !== 'n/a') expect(theirs(fx.files[name]!)).toBe(oss);
  });

  it('refuses a modified MSI', async () => {
    const f = variant('msi-signed', 'tampered.msi', (b) => {
      const at = b.indexOf(Buffer.from('relforge-fixture'));
      if (at < 0) throw new Error('marker string not found in the MSI');
      b[at]! ^= 0x01;
    });
    expect(theirs(f)).toBe('fail');
    expect(await ours(f)).toBe('digest');
  });

  it('computes the MSI digest in-process, equal to osslsigncode’s calculated digest', async () => {
    for (const name of ['msi-signed', 'msi-sha512']) {
      const out = fx.ossVerify(fx.files[name]!).output;
      const calc = /Calculated DigitalSignature\s*:\s*([0-9A-F]+)/.exec(out)?.[1]?.toLowerCase();
      // The signed digest (osslsigncode extracts the signature; our parser reads its DigestInfo).
      const p7 = join(work, `${name}.p7`);
      execFileSync('osslsigncode', ['extract-signature', '-in', fx.files[name]!, '-out', p7], { stdio: 'ignore' });
      const signed = parseAuthenticodeSignature(readFileSync(p7)).spc.digest.toString('hex');
      expect(calc).toBe(signed);
      // Our verdict (in-process, no external tool): the computed digest must equal the signed one.
      expect(await ours(fx.files[name]!)).toBe('ok');
    }
    const tampered = variant('msi-signed', 'tampered-noossl.msi', (b) => {
      b[b.indexOf(Buffer.from('relforge-fixture'))]! ^= 0x01;
    });
    expect(await ours(tampered)).toBe('digest');
  });

  it('verifies the MsiDigitalSignatureEx metadata pre-hash like osslsigncode', async () => {
    const f = fx.files['msi-dse']!;
    expect(await ours(f)).toBe('ok');
    const out = fx.ossVerify(f).output;
    expect(theirs(f)).toBe('ok');
    const cur = /Current MsiDigitalSignatureEx\s*:\s*([0-9A-F]+)/.exec(out)?.[1];
    expect(cur).toBeDefined();
    expect(/Calculated MsiDigitalSignatureEx\s*:\s*([0-9A-F]+)/.exec(out)?.[1]).toBe(cur);
    // Change only metadata the content digest does not cover: a stream's modification time in its directory
    // entry. Find the directory entry of "\x05SummaryInformation" by its UTF-16LE name.
    const name = Buffer.from('\u0005SummaryInformation\u0000', 'utf16le');
    const touched = variant('msi-dse', 'dse-touched.msi', (b) => {
      const at = b.indexOf(name);
      if (at < 0) throw new Error('SummaryInformation directory entry not found');
      b[at + 108]! ^= 0x01; // mtime
    });
    const plain = variant('msi-signed', 'plain-touched.msi', (b) => {
      b[b.indexOf(name) + 108]! ^= 0x01;
    });
    expect(await ours(touched)).toBe('digest');
    expect(theirs(touched)).toBe('fail');
    // Without MsiDigitalSignatureEx the metadata is not signed: both verifiers accept.
    expect(await ours(plain)).toBe('ok');
    expect(theirs(plain)).toBe('ok');
  });

  it('refuses a damaged compound file', async () => {
    const f = variant('msi-signed', 'broken.msi', (b) => {
      b.writeUInt32LE(0x7fffffff, 0x30); // first directory sector
    });
    expect(await ours(f)).toBe('format');
    expect(theirs(f)).toBe('fail');
  });

  it('enforces subject and EKU pins on MSI signatures in-process', async () => {
    expect(await ours(fx.files['msi-signed']!, { ...pins, subject: 'CN=Fabrikam' })).toBe('subject');
    expect(await ours(fx.files['msi-signed']!, { ...pins, ekus: ['1.3.6.1.4.1.311.97.1.2.3.4'] })).toBe('eku');
    const r = await verifyAuthenticodeFile(fx.files['msi-signed']!, pins);
    expect(r.kind).toBe('msi');
    expect(r.leafSha256).toBe(createHash('sha256').update(fx.pki.leaf.certDer).digest('hex'));
  });
});

const JSIGN_JAR = join(homedir(), '.m2', 'repository', 'net', 'jsign', 'jsign', '7.5', 'jsign-7.5.jar');
const java = requireTool('java', 'install a JRE (actions/setup-java on runners)');
const haveJsign = existsSync(JSIGN_JAR);
if (!haveJsign) {
  if (underCI()) throw new Error(`jsign jar missing at ${JSIGN_JAR}: .ci/run should have fetched it`);
  console.warn(`SKIP: jsign jar not found at ${JSIGN_JAR}; skipping the jsign interop tests`);
}

describe.skipIf(!tools || !java || !haveJsign)('interop: files signed by jsign 7.5 (the Trusted Signing client)', () => {
  const jsign = async (files: string[], extra: string[] = []) => {
    const chain = fx.pki.bundle('jsign-chain', [fx.pki.leaf, fx.pki.intermediate]);
    await execFileP('java', ['-jar', JSIGN_JAR, '--keyfile', fx.pki.leaf.keyPath, '--certfile', chain, '--alg', 'SHA-256', '--tsaurl', fx.tsa.url, '--tsmode', 'RFC3161', '--tsretries', '1', '-n', 'relforge jsign fixture', ...extra, ...files], { timeout: 120_000 });
  };
  it('verifies jsign-signed PE and MSI files, and refuses the nested signature jsign appends without --replace', async () => {
    const pe = join(work, 'jsign.exe');
    copyFileSync(fx.files['pe-unsigned']!, pe);
    const files = [pe];
    let msi: string | undefined;
    if (wixl) {
      msi = join(work, 'jsign.msi');
      copyFileSync(fx.files['msi-unsigned']!, msi);
      files.push(msi);
    }
    await jsign(files);
    for (const f of files) {
      expect(await ours(f)).toBe('ok');
      expect(theirs(f)).toBe('ok');
    }
    // Signing again without --replace appends a nested signature (jsign's default): one signature only.
    await jsign([pe]);
    expect(await ours(pe)).toBe('single-signature');
    expect(theirs(pe)).toBe('ok');
    await jsign([pe], ['--replace']);
    expect(await ours(pe)).toBe('ok');
  }, 180_000);
});

describe.skipIf(!tools)('relforge verify-authenticode (bundled CLI)', () => {
  let cliDir: string;
  beforeAll(async () => {
    cliDir = dirname(await freshCli());
  });

  const run = (node: string, args: string[]) => {
    const r = spawnSync(node, [join(cliDir, 'index.js'), 'verify-authenticode', ...args], { encoding: 'utf8', timeout: 120_000 });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const pinArgs = () => ['--root', fx.pki.root.certPath, '--tsa-root', fx.pki.tsaRoot.certPath, '--subject', fx.pki.subjectPin, '--eku', fx.pki.identityEku];

  it.each(bundleRuntimes())('exits 0 only when every check holds ($label)', (rt) => {
    const ok = run(rt.path, [fx.files['pe-signed']!, ...pinArgs()]);
    expect(ok.out).toMatch(/^OK .*pe-signed\.exe: PE signed by "CN=Contoso Test Publisher/m);
    expect(ok.code).toBe(0);
    const tampered = run(rt.path, [fx.files['pe-tampered']!, ...pinArgs()]);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/FAILED .*pe-tampered\.exe \[digest\]/);
    const subject = run(rt.path, [fx.files['pe-signed']!, ...pinArgs().slice(0, 4), '--subject', 'CN=Fabrikam Publisher']);
    expect(subject.code).toBe(1);
    expect(subject.out).toMatch(/\[subject\].*does not contain CN=Fabrikam Publisher/);
    const eku = run(rt.path, [fx.files['pe-no-identity-eku']!, ...pinArgs()]);
    expect(eku.code).toBe(1);
    expect(eku.out).toMatch(/\[eku\].*lacks the pinned EKU/);
    // Several files: one failure fails the run, and each file is reported.
    const many = run(rt.path, [fx.files['pe-signed']!, fx.files['pe-nested']!, ...pinArgs()]);
    expect(many.code).toBe(1);
    expect(many.out).toMatch(/^OK .*pe-signed/m);
    expect(many.out).toMatch(/FAILED .*pe-nested\.exe \[single-signature\]/);
  });

  it('verifies an MSI and reports usage errors with exit code 2', () => {
    const node = process.execPath;
    if (wixl) {
      const msi = run(node, [fx.files['msi-signed']!, ...pinArgs()]);
      expect(msi.code).toBe(0);
      expect(msi.out).toMatch(/MSI signed by/);
    }
    const noRoot = run(node, [fx.files['pe-signed']!]);
    expect(noRoot.code).toBe(2);
    expect(noRoot.out).toMatch(/--trusted-root is required/);
    const badRoot = join(work, 'bad-root.pem');
    copyFileSync(fx.files['pe-unsigned']!, badRoot);
    const bad = run(node, [fx.files['pe-signed']!, '--root', badRoot]);
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/holds no PEM certificate/);
    const json = run(node, [fx.files['pe-signed']!, ...pinArgs(), '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)[0]).toMatchObject({ ok: true, kind: 'pe', digestAlgorithm: 'sha256' });
  });
});

it('runs the interop suites under CI', () => {
  if (underCI()) expect(tools && !!wixl).toBe(true);
});
