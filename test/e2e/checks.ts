/**
 * Independent checks of what a release run left behind, for the e2e suite and the demo test: the forge's
 * releases read through its public REST API with plain fetch (GitHub or Gitea shape), downloads, and
 * signatures verified with the real `minisign -V`. Nothing here uses relforge code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

export type ForgeMode = 'github' | 'gitea';

export interface SeenAsset {
  name: string;
  size: number;
  url: string;
}
export interface SeenRelease {
  id: number;
  tag: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  target: string;
  assets: SeenAsset[];
}

function authHeader(mode: ForgeMode, token: string): string {
  return mode === 'github' ? `Bearer ${token}` : `token ${token}`;
}

/** All releases of `repo` (drafts included: the token has push access), newest first as the API returns them. */
export async function listReleases(mode: ForgeMode, apiUrl: string, repo: string, token: string): Promise<SeenRelease[]> {
  const out: SeenRelease[] = [];
  for (let page = 1; page < 50; page++) {
    const q = mode === 'github' ? `per_page=100&page=${page}` : `limit=50&page=${page}`;
    const res = await fetch(`${apiUrl}/repos/${repo}/releases?${q}`, {
      headers: { authorization: authHeader(mode, token), accept: 'application/json' },
    });
    if (res.status !== 200) throw new Error(`GET releases: HTTP ${res.status} ${await res.text()}`);
    const list = (await res.json()) as Array<Record<string, unknown>>;
    for (const r of list) {
      out.push({
        id: r.id as number,
        tag: r.tag_name as string,
        name: (r.name as string) ?? '',
        body: (r.body as string) ?? '',
        draft: r.draft as boolean,
        prerelease: r.prerelease as boolean,
        target: (r.target_commitish as string) ?? '',
        assets: ((r.assets as Array<Record<string, unknown>>) ?? []).map((a) => ({
          name: a.name as string,
          size: a.size as number,
          url: a.browser_download_url as string,
        })),
      });
    }
    if (list.length < (mode === 'github' ? 100 : 50)) break;
  }
  return out;
}

/** GitHub's "latest release" (newest non-draft non-prerelease), or undefined on 404. */
export async function latestRelease(mode: ForgeMode, apiUrl: string, repo: string, token: string): Promise<string | undefined> {
  const res = await fetch(`${apiUrl}/repos/${repo}/releases/latest`, { headers: { authorization: authHeader(mode, token) } });
  if (res.status === 404) return undefined;
  if (res.status !== 200) throw new Error(`GET releases/latest: HTTP ${res.status}`);
  return ((await res.json()) as { tag_name: string }).tag_name;
}

export async function download(url: string, token?: string): Promise<Buffer> {
  const res = await fetch(url, { headers: token ? { authorization: `token ${token}` } : {}, redirect: 'follow' });
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export interface MinisignResult {
  ok: boolean;
  trustedComment: string;
  output: string;
}

/** `minisign -V` over bytes and a signature text with the given public key file text. */
export function minisignVerify(minisign: string, publicKeyText: string, data: Buffer, signatureText: string): MinisignResult {
  const dir = mkdtempSync(join(tmpdir(), 'relforge-minisign-'));
  try {
    writeFileSync(join(dir, 'key.pub'), publicKeyText);
    writeFileSync(join(dir, 'file'), data);
    writeFileSync(join(dir, 'file.minisig'), signatureText);
    try {
      const output = execFileSync(minisign, ['-V', '-p', join(dir, 'key.pub'), '-m', join(dir, 'file'), '-x', join(dir, 'file.minisig')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const tc = /Trusted comment: (.*)/.exec(output)?.[1] ?? '';
      return { ok: true, trustedComment: tc, output };
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      return { ok: false, trustedComment: '', output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Tab-separated `key:value` fields of a trusted comment. */
export function commentFields(tc: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of tc.split('\t')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

const SIGNATURE_SUFFIXES = ['.minisig', '.sig'];
export const isSignatureName = (name: string) => SIGNATURE_SUFFIXES.some((s) => name.endsWith(s));

export interface SignedAssetReport {
  name: string;
  sha256: string;
  trustedComment: string;
}

/**
 * Downloads every asset of a release and requires that each non-signature asset has `<name>.minisig`
 * that `minisign -V` accepts with `publicKeyText`. Returns what was verified; throws listing every problem.
 */
export async function verifyReleaseSigned(minisign: string, publicKeyText: string, release: SeenRelease, token?: string): Promise<SignedAssetReport[]> {
  const byName = new Map(release.assets.map((a) => [a.name, a]));
  const problems: string[] = [];
  const verified: SignedAssetReport[] = [];
  for (const a of release.assets) {
    if (isSignatureName(a.name)) {
      const base = a.name.replace(/\.(minisig|sig)$/, '');
      if (!byName.has(base)) problems.push(`${release.tag}: signature ${a.name} has no file ${base}`);
      continue;
    }
    const sig = byName.get(`${a.name}.minisig`);
    if (!sig) {
      problems.push(`${release.tag}: ${a.name} was published without ${a.name}.minisig`);
      continue;
    }
    const data = await download(a.url, token);
    if (data.length !== a.size) problems.push(`${release.tag}: ${a.name} is ${data.length} bytes, the forge says ${a.size}`);
    const v = minisignVerify(minisign, publicKeyText, data, (await download(sig.url, token)).toString('utf8'));
    if (!v.ok) problems.push(`${release.tag}: minisign -V rejected ${a.name}: ${v.output.trim()}`);
    else verified.push({ name: a.name, sha256: sha256(data), trustedComment: v.trustedComment });
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return verified;
}
