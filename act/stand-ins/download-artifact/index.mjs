// Offline stand-in for actions/download-artifact (see ../README.md). No dependencies.
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

const input = (n) => (process.env[`INPUT_${n.toUpperCase()}`] ?? '').trim();
const store = process.env.RELFORGE_ACT_ARTIFACTS;
if (!store) throw new Error('RELFORGE_ACT_ARTIFACTS is not set (relforge act passes it)');
const ws = process.env.GITHUB_WORKSPACE ?? process.cwd();
const path = input('path') ? (isAbsolute(input('path')) ? input('path') : resolve(ws, input('path'))) : ws;
const name = input('name');
const pattern = input('pattern');
const merge = input('merge-multiple') === 'true';
const globRe = (g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
mkdirSync(path, { recursive: true });
if (name) {
  const src = join(store, name);
  if (!existsSync(src)) { console.log(`::error::Unable to download artifact(s): Artifact not found for name: ${name}`); process.exit(1); }
  cpSync(src, path, { recursive: true });
  console.log(`downloaded artifact ${name} to ${path}`);
} else {
  const names = existsSync(store) ? readdirSync(store).filter((n) => !pattern || globRe(pattern).test(n)).sort() : [];
  for (const n of names) {
    cpSync(join(store, n), merge ? path : join(path, n), { recursive: true });
    console.log(`downloaded artifact ${n} to ${merge ? path : join(path, n)}`);
  }
  if (names.length === 0) console.log('no artifacts to download');
}
appendFileSync(process.env.GITHUB_OUTPUT, `download-path=${path}\n`);
