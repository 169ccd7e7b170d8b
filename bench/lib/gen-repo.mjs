// Synthetic release histories for benchmarks, generated with `git fast-import` and cached under
// os.tmpdir()/relforge-bench/<name>-<spec hash>. Each repo: `commits` commits on main, a strict release
// v5.<i>.0 every `releaseEvery` commits with `betasPerRelease` lightweight v5.<i>.0-beta.K tags on the
// commits before it; then a tail of `tail` commits after the last stable tag whose FIRST commit is the
// deciding breaking change, followed by `tailBetas` lightweight v6.0.0-beta.K tags. Truth: 6.0.0.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CACHE = join(tmpdir(), 'relforge-bench');
const GEN_VERSION = 3;

const TYPES = [
  ['feat', (i) => `feat(api): endpoint number ${i}\n\nAdds the endpoint and its tests.\n\nRefs: #${i % 997}`],
  ['fix', (i) => `fix(core): off-by-one in chunk ${i}\n\nThe loop skipped the last element.`],
  ['docs', (i) => `docs: explain option ${i}`],
  ['chore', (i) => `chore(deps): bump dependency ${i % 50}`],
  ['refactor', (i) => `refactor: split module ${i}\n\nNo behaviour change.`],
  ['other', (i) => `Update file ${i % 100}\n\nPlain message, not a conventional commit.`],
  ['perf', (i) => `perf(io): faster read path ${i}`],
  ['test', (i) => `test: cover case ${i}`],
  ['fix', (i) => `fix: handle empty input ${i}\n\nReviewed-by: Someone <s@example.test>`],
  ['merge', (i) => `Merge pull request #${i} from someone/branch-${i}\n\nfeat: merged work ${i}`],
];

export function specKey(spec) {
  return `${spec.name}-${createHash('sha256').update(JSON.stringify({ ...spec, GEN_VERSION })).digest('hex').slice(0, 10)}`;
}

/** Returns { dir, lastStable, truth, tags } for `spec`, generating the repository when it is not cached. */
export async function ensureRepo(spec, log = () => {}) {
  const dir = join(CACHE, specKey(spec));
  const marker = join(dir, '.git', 'relforge-bench.json');
  if (existsSync(marker)) return { dir, ...JSON.parse(readFileSync(marker, 'utf8')) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  const started = Date.now();
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env, stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res() : rej(new Error(`git fast-import exited ${code}`))));
  });
  let buf = [];
  let size = 0;
  const flush = async (force = false) => {
    if (!force && size < 1 << 20) return;
    const chunk = buf.join('');
    buf = [];
    size = 0;
    if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
  };
  const put = (s) => {
    buf.push(s);
    size += s.length;
  };
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;

  const before = spec.commits - spec.tail;
  const releases = Math.floor(before / spec.releaseEvery);
  const tagAt = new Map(); // mark → [tag names]
  const addTag = (mark, name) => (tagAt.get(mark) ?? tagAt.set(mark, []).get(mark)).push(name);
  let lastStable;
  for (let r = 1; r <= releases; r++) {
    const mark = r * spec.releaseEvery;
    for (let k = 1; k <= spec.betasPerRelease; k++) addTag(mark - (spec.betasPerRelease - k + 1) * 3, `v5.${r}.0-beta.${k}`);
    addTag(mark, `v5.${r}.0`);
    lastStable = { mark, tag: `v5.${r}.0` };
  }
  // The last stable tag sits exactly `tail` commits before HEAD.
  if (!lastStable || lastStable.mark !== before) {
    const name = `v5.${releases + 1}.0`;
    addTag(before, name);
    lastStable = { mark: before, tag: name };
  }
  const tailBetas = [];
  for (let k = 0; k < spec.tailBetas; k++) {
    const offset = 2 + Math.floor(((spec.tail - 2) * (k + 1)) / Math.max(1, spec.tailBetas)); // the last beta is HEAD
    const name = `v6.0.0-beta.${k}`;
    addTag(before + offset, name);
    tailBetas.push(name);
  }
  let t = 1_600_000_000;
  for (let i = 1; i <= spec.commits; i++) {
    t += 60;
    let msg;
    if (i === before + 1) msg = 'feat(config)!: replace the configuration format\n\nBREAKING CHANGE: config.yml is replaced by relforge.yml.\n';
    else msg = TYPES[i % TYPES.length][1](i) + '\n';
    put(`commit refs/heads/main\nmark :${i}\nauthor Bench <bench@example.test> ${t} +0000\ncommitter Bench <bench@example.test> ${t} +0000\n`);
    put(data(msg));
    if (i > 1) put(`from :${i - 1}\n`);
    put(`M 644 inline src/file${i % 100}.txt\n${data(`line ${i}\n`)}\n`);
    await flush();
  }
  for (const [mark, names] of tagAt) for (const name of names) put(`reset refs/tags/${name}\nfrom :${mark}\n\n`);
  put('done\n');
  await flush(true);
  child.stdin.end();
  await done;
  // A fresh clone has packed refs and a checked-out work tree.
  execFileSync('git', ['pack-refs', '--all'], { cwd: dir, env });
  execFileSync('git', ['reset', '-q', '--hard'], { cwd: dir, env });
  const tags = [...tagAt.values()].reduce((n, l) => n + l.length, 0);
  const info = { lastStable: lastStable.tag, truth: '6.0.0', tags, commits: spec.commits, tail: spec.tail, tailBetas };
  writeFileSync(marker, JSON.stringify(info));
  log(`generated ${spec.name}: ${spec.commits} commits, ${tags} tags in ${((Date.now() - started) / 1000).toFixed(1)} s → ${dir}`);
  return { dir, ...info };
}
