/**
 * upload-packages' `roots` input: the root chain (1.root.json … N.root.json) published where agents find it,
 * before any package or manifest, and never taken down or replaced.
 *
 * Before anything is uploaded (fail-closed), the local chain must be complete and valid by the client's own rules
 * (versions 1…N without a gap, each signed by the previous and its own root threshold, the product's, the newest
 * not expired), and the key that signs this manifest must be a release key of the newest root with a release
 * threshold of 1 (upload-packages signs with one key: a higher threshold needs co-signatures, see docs/formats.md).
 *
 * Where: target http — the upload template's set-level path with `{version}` → `roots`, e.g.
 * `https://updates.example.com/api/v1/packages/{product}/roots/N.root.json`; target release — assets of the release
 * (every release carries the whole chain, so `releases/latest/download/{version}.root.json` always works); target
 * gitea-generic — files of this version's generic package.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { RelforgeError } from '../../platform/errors.js';
import { expandUrlTemplate } from '../core/manifest.js';
import { setLevelTemplate } from '../urls.js';
import type { FileResult, PackageTarget, PlannedFile } from '../targets/target.js';
import { TrustError, verifyChain } from './core/root.js';
import { rootFileName } from './roots.js';

export interface RootsPlan {
  files: PlannedFile[];
  newest: number;
}

/** Checks the local chain in `dir` and plans its files (in version order). Throws RelforgeError with the reason. */
export function planRoots(dir: string, o: { product: string; version: string; channel: string; signingKeyId: string; template: string; target: PackageTarget; now?: Date }): RootsPlan {
  const abs = resolve(dir);
  let names: string[];
  try {
    names = readdirSync(abs);
  } catch (err) {
    throw new RelforgeError(`roots: cannot list ${abs} (${(err as Error).message}): give the directory holding 1.root.json … N.root.json.`);
  }
  const versions = names.flatMap((n) => (/^[1-9]\d{0,8}\.root\.json$/.test(n) ? [Number(n.split('.')[0])] : [])).sort((a, b) => a - b);
  if (!versions.length || versions[0] !== 1) throw new RelforgeError(`roots: ${abs} must hold the whole chain from 1.root.json (found ${versions.map(rootFileName).join(', ') || 'none'}): agents may ship any of them.`);
  const missing = versions.findIndex((v, i) => v !== i + 1);
  if (missing >= 0) throw new RelforgeError(`roots: ${abs} has a gap — ${rootFileName(missing + 1)} is missing before ${rootFileName(versions[missing]!)}: agents would stop at ${missing}.`);
  const read = (v: number) => readFileSync(join(abs, rootFileName(v)), 'utf8');
  let newest;
  try {
    newest = verifyChain(read(1), (v) => (v <= versions.length ? read(v) : undefined), o.now ?? new Date(), o.product).root;
  } catch (err) {
    if (err instanceof TrustError) throw new RelforgeError(`roots: the chain in ${abs} would be refused by agents (${err.reason}): ${err.message}. Nothing was uploaded.`);
    throw err;
  }
  const release = newest.roles.release;
  if (!release.keyIds.includes(o.signingKeyId)) {
    throw new RelforgeError(`roots: the manifest signing key ${o.signingKeyId} is not a release key of root ${newest.version} (${release.keyIds.join(', ')}): agents following the chain would refuse this manifest. Sign with a current release key, or publish a root that adds it. Nothing was uploaded.`);
  }
  if (release.threshold > 1) {
    throw new RelforgeError(`roots: root ${newest.version} needs ${release.threshold} release-key signatures per manifest and package; upload-packages signs with one key. Add the co-signatures as docs/formats.md describes, or keep the release threshold at 1. Nothing was uploaded.`);
  }
  const rootsTemplate = o.target.kind === 'http' ? setLevelTemplate(o.template) : o.template;
  const files = versions.map((v) => {
    const name = rootFileName(v);
    const text = read(v);
    const values: Record<string, string> = { product: o.product, version: o.target.kind === 'http' ? 'roots' : o.version, channel: o.channel, file: name };
    return { name, path: join(abs, name), size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex'), publicUrl: expandUrlTemplate(rootsTemplate, values), values };
  });
  return { files, newest: newest.version };
}

/** Uploads the roots first; a published root with other bytes is never replaced (agents may have walked it). */
export async function publishRoots(target: PackageTarget, files: PlannedFile[]): Promise<FileResult[]> {
  const changed: string[] = [];
  for (const f of files) if ((await target.inspect(f)) === 'different') changed.push(f.name);
  if (changed.length) {
    throw new RelforgeError(`roots: ${changed.join(', ')} already published with other content. A published root is never replaced (agents may have trusted it): publish the change as the next version (relforge trust rotate). Nothing was uploaded.`);
  }
  return target.put(files);
}
