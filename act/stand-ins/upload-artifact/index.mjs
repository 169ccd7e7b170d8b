// Offline stand-in for actions/upload-artifact (see ../README.md). No dependencies.
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const input = (n) => (process.env[`INPUT_${n.toUpperCase()}`] ?? '').trim();
const store = process.env.RELFORGE_ACT_ARTIFACTS;
if (!store) throw new Error('RELFORGE_ACT_ARTIFACTS is not set (relforge act passes it)');
const name = input('name') || 'artifact';
if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new Error(`bad artifact name ${name}`);
const ws = process.env.GITHUB_WORKSPACE ?? process.cwd();

function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') { re += '.*'; i++; if (glob[i + 1] === '/') i++; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p)); else out.push(p);
  }
  return out;
}
const files = new Set();
// the search paths' roots (a directory itself, a file's folder, a glob's fixed part): their least common ancestor is
// the artifact's root, as in upload-artifact — so `path: out` with out/linux-x86_64/app stores linux-x86_64/app
const roots = [];
for (const line of input('path').split('\n').map((l) => l.trim()).filter(Boolean)) {
  const abs = isAbsolute(line) ? line : resolve(ws, line);
  if (!/[*?]/.test(line)) {
    if (!existsSync(abs)) continue;
    if (statSync(abs).isDirectory()) {
      roots.push(abs);
      walk(abs).forEach((f) => files.add(f));
    } else {
      roots.push(dirname(abs));
      files.add(abs);
    }
    continue;
  }
  const fixed = abs.split(sep).findIndex((s) => /[*?]/.test(s));
  const root = abs.split(sep).slice(0, fixed).join(sep) || sep;
  if (!existsSync(root)) continue;
  roots.push(root);
  const re = globToRegExp(abs);
  for (const f of walk(root)) if (re.test(f)) files.add(f);
}
if (files.size === 0) {
  const mode = input('if-no-files-found') || 'warn';
  const msg = `No files were found with the provided path: ${input('path')}. No artifacts will be uploaded.`;
  if (mode === 'error') { console.log(`::error::${msg}`); process.exit(1); }
  if (mode === 'warn') console.log(`::warning::${msg}`);
  process.exit(0);
}
const list = [...files].sort();
// least common ancestor of the search roots, like upload-artifact (v3 and v4)
let lca = roots[0];
for (const r of roots) while (!(r + sep).startsWith(lca + sep) && lca !== dirname(lca)) lca = dirname(lca);
const dest = join(store, name);
// v3 (stand-in-merge: true) adds to an artifact of the same name (matrix jobs uploading to one artifact);
// v4 refuses a second upload of a name unless overwrite is true.
if (existsSync(dest) && input('stand-in-merge') !== 'true') {
  if (input('overwrite') !== 'true') { console.log(`::error::an artifact named ${name} already exists in this run`); process.exit(1); }
  rmSync(dest, { recursive: true, force: true });
}
for (const f of list) {
  const target = join(dest, relative(lca, f));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(f, target);
  console.log(`stored ${relative(ws, f)} in artifact ${name}`);
}
appendFileSync(process.env.GITHUB_OUTPUT, `artifact-id=${name}\n`);
