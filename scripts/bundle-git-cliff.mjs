// Build hook for dist/changelog: ships the git-cliff binary beside the bundle, because an action runs from
// dist/changelog/index.js where node_modules does not exist. It stays committed rather than downloaded at run time
// (as jsign is): the changelog then works where registry.npmjs.org is out of reach (GHES, self-hosted Gitea and
// Forgejo runners) and needs no network at all. The price: 5.7 MB of the ~6.5 MB archive every `uses:` of any
// relforge action downloads (docs/performance.md, "What a job downloads").
// Copies node_modules/git-cliff-<platform>/bin/git-cliff into dist/changelog/bin/<platform>/ and records its
// sha256 in dist/changelog/bin/manifest.json (the action checks it before running the binary).
// Shipped: linux-x64 only (~15 MB, ~6 MB in git's pack). Other platforms use git-cliff from PATH or the
// "git-cliff-path" input; the action says so when it cannot find one.
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHIPPED_PLATFORMS = ['linux-x64'];

export function bundleGitCliff(root, out) {
  // git-cliff is installed as its platform package (package.json optionalDependencies), not the `git-cliff`
  // wrapper: the wrapper's lock entries for the other platforms break `npm ci` where a registry lacks them.
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).optionalDependencies['git-cliff-linux-x64'];
  const manifest = { gitCliffVersion: version, license: 'MIT OR Apache-2.0', source: 'https://github.com/orhun/git-cliff (npm git-cliff-<platform>)', platforms: {} };
  for (const plat of SHIPPED_PLATFORMS) {
    const pkgDir = join(root, 'node_modules', `git-cliff-${plat}`);
    const exe = plat.startsWith('windows') ? 'git-cliff.exe' : 'git-cliff';
    const src = join(pkgDir, 'bin', exe);
    if (!existsSync(src)) {
      throw new Error(
        `${src} is missing: the changelog bundle ships git-cliff for ${plat}. On another platform run ` +
          `"npm install --no-save --force git-cliff-${plat}@${version}" before building.`,
      );
    }
    const pkgVersion = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
    if (pkgVersion !== version) throw new Error(`git-cliff-${plat} is ${pkgVersion} but package.json pins ${version}: run npm ci`);
    mkdirSync(join(out, 'bin', plat), { recursive: true });
    const dest = join(out, 'bin', plat, exe);
    copyFileSync(src, dest);
    chmodSync(dest, 0o755);
    const bytes = readFileSync(dest);
    manifest.platforms[plat] = { file: `${plat}/${exe}`, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  }
  writeFileSync(join(out, 'bin', 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`  + git-cliff ${version} for ${SHIPPED_PLATFORMS.join(', ')} in ${join(out, 'bin')}`);
}
