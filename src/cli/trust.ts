/**
 * `relforge trust init|rotate|sign|canonical|verify`: the root holders' side of the root chain (offline), and the
 * check an agent or server makes. Exit codes: 0 done / chain trusted, 20 chain refused (the reason is printed),
 * 2 usage, 1 other errors.
 */
import { writeFileSync } from 'node:fs';
import { RelforgeError } from '../platform/errors.js';
import { TRUST_SUBCOMMANDS, trustSchema, type TrustSubcommand } from '../packages/trust/options.js';
import { canonicalRootBytes, TrustError } from '../packages/trust/core/root.js';
import { rootSource, walkRootChain } from '../packages/trust/roots.js';
import { initRootFile, loadRootFile, rotateRootFile, signRootFile } from '../packages/trust/trust.js';
import { readFileSync } from 'node:fs';
import { defineCommand } from './command.js';
import { parseNow } from './verify-package.js';

export default defineCommand({
  schema: trustSchema,
  notes: `Sub-commands (docs/key-rotation.md walks through them):
  trust init --product P --root-keys a.pub,b.pub --root-threshold K --release-keys r.pub [--release-threshold M] --expires-in 365d --out 1.root.json
  trust rotate --from N.root.json [--root-keys …] [--root-threshold K] [--release-keys …] [--release-threshold M] --expires-in 365d [--out N+1.root.json]
  trust sign FILE --private-key-file KEY [--password-env VAR] [--from N.root.json]   (adds one signature; same key twice: no change)
  trust sign FILE --signature FILE.minisig [--from N.root.json]                     (a signature made by plain minisign)
  trust canonical FILE [--out FILE]   the exact bytes a root signature covers (minisign -S -m them)
  trust verify --trust-root SHIPPED.root.json [--roots DIR|URL-with-{version}] [--product P] [--json]
Roots are unsigned after init/rotate: root 1 needs a threshold of its root keys; root N+1 a threshold of root N's
root keys (sign with --from N.root.json) AND a threshold of its own.`,
  async run(v) {
    const [sub, ...rest] = v.args as [string, ...string[]];
    if (!(TRUST_SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new RelforgeError(`unknown trust sub-command "${sub}": use ${TRUST_SUBCOMMANDS.join(', ')}`, { exitCode: 2 });
    }
    const wantsFile = sub === 'sign' || sub === 'canonical';
    if (wantsFile ? rest.length !== 1 : rest.length !== 0) {
      throw new RelforgeError(`trust ${sub} ${wantsFile ? 'takes one FILE' : 'takes no file argument'} (got ${rest.length})`, { exitCode: 2 });
    }
    switch (sub as TrustSubcommand) {
      case 'init': {
        const r = initRootFile({ product: v.product, rootKeys: v['root-keys'], rootThreshold: v['root-threshold'], releaseKeys: v['release-keys'], releaseThreshold: v['release-threshold'], expiresIn: v['expires-in'], out: v.out });
        console.log(`Wrote ${r.path}: root ${r.root.version} of ${r.root.product}, expires ${r.root.expires}, UNSIGNED — ${r.root.roles.root.threshold} of root keys ${r.root.roles.root.keyIds.join(', ')} must sign it (relforge trust sign).`);
        return 0;
      }
      case 'rotate': {
        const r = rotateRootFile({ from: v.from, product: v.product, rootKeys: v['root-keys'], rootThreshold: v['root-threshold'], releaseKeys: v['release-keys'], releaseThreshold: v['release-threshold'], expiresIn: v['expires-in'], out: v.out });
        console.log(`Wrote ${r.path}: root ${r.root.version} of ${r.root.product}, expires ${r.root.expires}, UNSIGNED — it needs a threshold of root ${r.root.version - 1}'s root keys (trust sign --from) and ${r.root.roles.root.threshold} of its own (${r.root.roles.root.keyIds.join(', ')}).`);
        return 0;
      }
      case 'sign': {
        const r = await signRootFile({ file: rest[0]!, privateKey: v['private-key'] || undefined, password: v.password || undefined, signature: v.signature, from: v.from });
        console.log(r.added ? `Signed ${rest[0]} with key ${r.keyId} (${r.count} signature(s) now).` : `${rest[0]} already carries a valid signature by key ${r.keyId}: unchanged.`);
        return 0;
      }
      case 'canonical': {
        const bytes = canonicalRootBytes(loadRootFile(rest[0]!).signed);
        if (v.out) writeFileSync(v.out, bytes);
        else process.stdout.write(bytes);
        return 0;
      }
      case 'verify': {
        if (!v['trust-root']) throw new RelforgeError('trust verify needs --trust-root (the root the agent ships).', { exitCode: 2 });
        try {
          const shipped = readFileSync(v['trust-root'], 'utf8');
          const { root, walked } = await walkRootChain(shipped, v.roots ? rootSource(v.roots) : undefined, { product: v.product, now: parseNow(v.now) });
          const release = root.roles.release;
          if (v.json) console.log(JSON.stringify({ trusted: true, version: root.version, expires: root.expires, product: root.product, walked, releaseKeyIds: release.keyIds, releaseThreshold: release.threshold, releaseKeys: release.keyIds.map((id) => root.keys[id]) }, null, 2));
          else {
            console.log(`trusted: root ${root.version} of ${root.product} (walked ${walked.length ? walked.join(', ') : 'nothing newer'}), expires ${root.expires}`);
            console.log(`release keys (${release.threshold} of ${release.keyIds.length}): ${release.keyIds.map((id) => `${id} ${root.keys[id]}`).join(', ')}`);
          }
          return 0;
        } catch (err) {
          if (!(err instanceof TrustError)) throw err;
          if (v.json) console.log(JSON.stringify({ trusted: false, reason: err.reason, message: err.message }, null, 2));
          else console.error(`refused (${err.reason}): ${err.message}`);
          return 20;
        }
      }
    }
    return 2;
  },
});
