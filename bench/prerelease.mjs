#!/usr/bin/env node
// Benchmark: relforge prerelease numbering (the bundle, dry run, explicit base) against its floor — the two git
// queries it needs (`git for-each-ref` of local tags + `git ls-remote` of the remote's), run directly — on a repo
// whose remote holds T prerelease tags of the same base (spread over 200 commits) plus T other tags.
// Prints medians, the ratio to the floor, and whether the answer is right (truth: beta.<T+1>).
// Usage: node bench/prerelease.mjs [--quick] [--tags T] [--runs N]      (--quick: T = 2,000; default T = 20,000)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, tags: { type: 'string' }, runs: { type: 'string' } } });
const T = Number(values.tags ?? (values.quick ? 2_000 : 20_000));
const RUNS = Number(values.runs ?? (values.quick ? 5 : 7));
const BUNDLE = join(ROOT, 'dist', 'prerelease', 'index.js');
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: node scripts/build.mjs prerelease`);
const NODE = [join(ROOT, 'node_modules', 'node', 'bin', 'node')].find((p) => existsSync(p)) ?? process.execPath;

const base = mkdtempSync(join(tmpdir(), 'relforge-bench-pre-'));
const dir = join(base, 'work');
const remote = join(base, 'remote.git');
const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
try {
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote], { env });
  // 200 commits with fast-import
  let fi = '';
  for (let i = 1; i <= 200; i++) {
    const msg = i === 1 ? 'feat: start' : `fix: change ${i}`;
    fi += `commit refs/heads/main\ncommitter b <b@b> ${1_700_000_000 + i * 60} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
    fi += `M 644 inline f.txt\ndata ${String(i).length}\n${i}\n\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: fi });
  git(dir, 'checkout', '-q', 'main');
  const shas = git(dir, 'rev-list', '--reverse', 'HEAD').split('\n');
  const head = shas.at(-1);
  let refs = '';
  for (let n = 1; n <= T; n++) refs += `create refs/tags/v0.4.0-beta.${n} ${shas[n % (shas.length - 1)]}\n`; // never on HEAD
  for (let n = 1; n <= T; n++) refs += `create refs/tags/other-${n} ${shas[n % shas.length]}\n`;
  execFileSync('git', ['update-ref', '--stdin'], { cwd: dir, env, input: refs });
  git(dir, 'remote', 'add', 'origin', remote);
  git(dir, 'push', '-q', 'origin', 'main', '--tags');
  // locally, only half of the betas (the rest exist only on the remote)
  let del = '';
  for (let n = 2; n <= T; n += 2) del += `delete refs/tags/v0.4.0-beta.${n}\n`;
  execFileSync('git', ['update-ref', '--stdin'], { cwd: dir, env, input: del });

  const time = (fn) => {
    const t0 = process.hrtime.bigint();
    const out = fn();
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, out };
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const floor = [];
  const ours = [];
  let answer = '';
  for (let i = 0; i < RUNS; i++) {
    floor.push(
      time(() => {
        git(dir, 'for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', 'refs/tags/v0.4.0-beta.*', 'refs/tags/v0.4.0');
        git(dir, 'ls-remote', '--', 'origin', 'refs/tags/v0.4.0-beta.*', 'refs/tags/v0.4.0', 'refs/tags/v0.4.0^{}');
      }).ms,
    );
    const outFile = join(base, 'out');
    writeFileSync(outFile, '');
    const r = time(() =>
      spawnSync(NODE, [BUNDLE], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...env, GITHUB_OUTPUT: outFile, 'INPUT_BASE': '0.4.0', 'INPUT_DRY-RUN': 'true', GITHUB_WORKSPACE: dir },
      }),
    );
    if (r.out.status !== 0) throw new Error(`bundle failed: ${r.out.stdout}${r.out.stderr}`);
    ours.push(r.ms);
    answer = /tag<<(\S+)\n(.*)\n/.exec(execFileSync('cat', [outFile], { encoding: 'utf8' }))?.[2] ?? '';
  }
  const truth = `v0.4.0-beta.${T + 1}`;
  console.log(`prerelease numbering, ${T} beta tags (half remote-only) + ${T} other tags, ${RUNS} runs, node ${execFileSync(NODE, ['-v'], { encoding: 'utf8' }).trim()}`);
  console.log(`  floor (for-each-ref + ls-remote): ${median(floor).toFixed(0)} ms`);
  console.log(`  relforge prerelease (bundle, dry run, incl. node start-up): ${median(ours).toFixed(0)} ms   ratio ${(median(ours) / median(floor)).toFixed(2)}x`);
  console.log(`  answer ${answer} (${answer === truth ? 'right' : `WRONG, expected ${truth}`})  head ${head.slice(0, 12)}`);
  if (answer !== truth) process.exitCode = 1;
} finally {
  rmSync(base, { recursive: true, force: true });
}
