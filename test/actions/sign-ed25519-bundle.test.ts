/**
 * dist/sign-ed25519 under the runner contract (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) on both Node
 * runtimes: signs with keys made by the real minisign (with and without password), verifies the result with
 * minisign (or our verifier when minisign is missing on a laptop), fails closed, and never prints a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { runBundle, type BundleRun } from '../helpers/bundle.js';
import { bundleRuntimes } from '../helpers/runtimes.js';
import { requireTool } from '../helpers/tools.js';
import { generateKeyPair, verifyFile } from '../../src/signing/minisign/signer.js';

const minisign = requireTool('minisign', 'apt-get install minisign');
const FIX = join(import.meta.dirname, '..', 'fixtures', 'minisign');
const PASSWORD = 'bundle-leak-check-Pa55word';

let keys: string;
let plainKey: string;
let plainPub: string;
let encKey: string;
/** Encrypted with cheap scrypt limits (minisign accepts any): keeps the failure cases fast and light. */
let fastKey: string;
let fastPub: string;
let encPub: string;
let otherPub: string;

beforeAll(async () => {
  keys = mkdtempSync(join(tmpdir(), 'relforge-bundle-keys-'));
  if (minisign) {
    execFileSync(minisign, ['-G', '-W', '-f', '-p', join(keys, 'plain.pub'), '-s', join(keys, 'plain.key')], { stdio: 'pipe' });
    execFileSync(minisign, ['-G', '-f', '-p', join(keys, 'enc.pub'), '-s', join(keys, 'enc.key')], { input: `${PASSWORD}\n${PASSWORD}\n`, stdio: ['pipe', 'pipe', 'pipe'] });
  } else {
    const a = await generateKeyPair();
    const b = await generateKeyPair(PASSWORD, { opslimit: 524288, memlimit: 16777216 });
    writeFileSync(join(keys, 'plain.key'), a.secretKey);
    writeFileSync(join(keys, 'plain.pub'), a.publicKey);
    writeFileSync(join(keys, 'enc.key'), b.secretKey);
    writeFileSync(join(keys, 'enc.pub'), b.publicKey);
  }
  plainKey = readFileSync(join(keys, 'plain.key'), 'utf8');
  plainPub = readFileSync(join(keys, 'plain.pub'), 'utf8');
  encKey = readFileSync(join(keys, 'enc.key'), 'utf8');
  const fast = await generateKeyPair(PASSWORD, { opslimit: 524288, memlimit: 16777216 });
  fastKey = fast.secretKey;
  fastPub = fast.publicKey;
  encPub = readFileSync(join(keys, 'enc.pub'), 'utf8');
  otherPub = readFileSync(join(FIX, 'k.pub'), 'utf8');
});
afterAll(() => rmSync(keys, { recursive: true, force: true }));

/** The runner passes every input's default from action.yml; runBundle only sets what it is given. */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries((parseYaml(readFileSync(join(import.meta.dirname, '..', '..', 'actions', 'sign-ed25519', 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> }).inputs)
    .filter(([, v]) => v.default !== undefined)
    .map(([k, v]) => [k, String(v.default)]),
);
const run_ = (opts: Parameters<typeof runBundle>[1] & { inputs: Record<string, string> }) =>
  runBundle('sign-ed25519', { ...opts, inputs: { ...ACTION_DEFAULTS, ...opts.inputs } });

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-bundle-ws-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'agent-linux-x86_64'), randomBytes(2 * 1024 * 1024 + 3));
  writeFileSync(join(dir, 'dist', 'agent-windows-x86_64.exe'), randomBytes(70_000));
  return dir;
}

/**
 * Everything a user could see: stdout+stderr (minus the runner's own `::add-mask::` commands, which the runner
 * consumes and never displays), the step summary and the outputs.
 */
function visible(run: BundleRun): string {
  const shown = run.all
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return `${shown}\n${run.summary}\n${JSON.stringify(run.outputs)}`;
}

function assertNoSecrets(run: BundleRun, secretKeyText: string): void {
  const text = visible(run);
  expect(text).not.toContain(PASSWORD);
  const b64 = secretKeyText.trim().split('\n')[1]!;
  expect(text).not.toContain(b64);
  // Windows of the base64 characters that encode only seed bytes (blob bytes 63..93 = chars 84..124; the blob's
  // other parts are the public key and zero padding, which may legitimately appear), catching partial dumps.
  for (let i = 84; i + 20 <= 124; i += 10) expect(text).not.toContain(b64.slice(i, i + 20));
  // Decrypted seed material in hex/base64 would also be a leak: the bundle never prints a 64-byte hex blob.
  expect(text).not.toMatch(/\b[0-9a-f]{128}\b/);
}

describe.each(bundleRuntimes())('sign-ed25519 bundle on $label ($version)', (runtime) => {
  it('signs with a password-encrypted minisign key, pins the public key, outputs JSON, and leaks nothing', async () => {
    const dir = workspace();
    try {
      const run = await run_({
        runtime,
        cwd: dir,
        env: { GITHUB_WORKSPACE: dir },
        inputs: { files: 'dist/*', 'private-key': encKey, password: PASSWORD, 'public-key': encPub, version: '0.4.0', platform: 'multi' },
        timeoutMs: 180_000,
      });
      expect(run.code, run.all).toBe(0);
      const sigs = JSON.parse(run.outputs.signatures!) as Array<{ file: string; signature: string; sha256: string; size: number; keyId: string }>;
      expect(sigs.map((s) => s.file)).toEqual([join(dir, 'dist', 'agent-linux-x86_64'), join(dir, 'dist', 'agent-windows-x86_64.exe')]);
      const keyId = encPub.split('\n')[0]!.split(' ').pop()!.padStart(16, '0'); // minisign does not zero-pad it
      expect(run.outputs['key-id']).toBe(keyId);
      expect(run.outputs['public-key']!.trim()).toBe(encPub.trim());
      expect(run.outputs['checksums-file']).toBe(join(dir, 'dist', 'SHA256SUMS'));
      for (const s of sigs) {
        expect(s.sha256).toBe(createHash('sha256').update(readFileSync(s.file)).digest('hex'));
        expect(s.keyId).toBe(keyId);
        const sig = readFileSync(s.signature, 'utf8');
        if (minisign) {
          execFileSync(minisign, ['-V', '-H', '-P', encPub.split('\n')[1]!, '-m', s.file, '-x', s.signature], { stdio: 'pipe' });
        }
        expect((await verifyFile(s.file, sig, encPub, { expectVersion: '0.4.0' })).trustedComment).toMatch(/^version:0\.4\.0\tfile:agent-[^\t]+\tplatform:multi\ttimestamp:\d+$/);
      }
      expect(run.summary).toContain('2 file(s) signed and verified');
      expect(run.summary).toContain(keyId);
      assertNoSecrets(run, encKey);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000); // minisign's 1 GiB scrypt on a shared machine

  it('signs with an unencrypted minisign -G -W key and format raw', async () => {
    const dir = workspace();
    try {
      const run = await run_({
        runtime,
        cwd: dir,
        env: { GITHUB_WORKSPACE: dir },
        inputs: { files: 'dist/agent-linux-x86_64', 'private-key': plainKey, format: 'raw', checksums: 'false' },
      });
      expect(run.code, run.all).toBe(0);
      const sig = readFileSync(join(dir, 'dist', 'agent-linux-x86_64.sig'), 'utf8').trim();
      expect(Buffer.from(sig, 'base64').length).toBe(64);
      expect(run.outputs['checksums-file']).toBe('');
      expect(existsSync(join(dir, 'dist', 'SHA256SUMS'))).toBe(false);
      assertNoSecrets(run, plainKey);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a wrong password', () => ({ 'private-key': fastKey, password: 'not-the-password', 'public-key': fastPub }), /Input "password" is wrong/],
    ['a key that is not the pinned one', () => ({ 'private-key': plainKey, password: '', 'public-key': otherPub }), /Input "public-key" is [0-9A-F]{16}, but the private key does not belong to the expected public key/],
    ['an empty private key', () => ({ 'private-key': '', password: PASSWORD }), /Input "private-key" is required/],
    ['a malformed private key', () => ({ 'private-key': 'untrusted comment: x\nAAAA', password: PASSWORD }), /expected 158/],
  ])('fails closed on %s: exit 1, no signatures, no secret in the output', async (_, inputs, message) => {
    const dir = workspace();
    try {
      const run = await run_({ runtime, cwd: dir, env: { GITHUB_WORKSPACE: dir }, inputs: { files: 'dist/*', ...inputs() }, timeoutMs: 180_000 });
      expect(run.code).not.toBe(0);
      expect(run.all).toMatch(message);
      expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['agent-linux-x86_64', 'agent-windows-x86_64.exe']);
      assertNoSecrets(run, fastKey);
      assertNoSecrets(run, plainKey);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('fails when files match nothing, naming the input', async () => {
    const dir = workspace();
    try {
      const run = await run_({ runtime, cwd: dir, env: { GITHUB_WORKSPACE: dir }, inputs: { files: 'dist/*.dmg', 'private-key': plainKey } });
      expect(run.code).not.toBe(0);
      expect(run.all).toMatch(/"files" matched no files/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
