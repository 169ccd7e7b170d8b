/**
 * The import boundaries of src/ (docs/architecture.md, "Layers"). Every import, re-export, dynamic import() and
 * import type of every file under src/ is read with TypeScript's own parser and checked against:
 *   - src imports nothing outside src/ (never test/, scripts/ or bench/);
 *   - a `core/` folder is pure: no I/O modules, no `process`, and nothing outside core/ folders but the pure
 *     platform modules in PURE_PLATFORM;
 *   - folders import only downward in LAYERS; on one layer a folder imports only itself, except that capabilities
 *     may use each other's pure `core/` and CROSS lists the few other edges, each with its reason;
 *   - git runs only in src/git/ (the git adapter).
 * Each violation is printed as `file → import (rule)`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/runtimes.js';

const SRC = join(ROOT, 'src');

/** Lower layers first. A folder is the longest listed prefix of a file's path under src/ ('.' = files at src/). */
export const LAYERS: { name: string; folders: string[] }[] = [
  { name: 'platform', folders: ['platform'] },
  { name: 'adapters', folders: ['git', 'emulator'] },
  { name: 'capabilities', folders: ['versioning', 'signing', 'signing/minisign', 'signing/authenticode', 'publishing', 'packages', 'preflight', 'archives'] },
  { name: 'act', folders: ['act'] },
  { name: 'entries', folders: ['actions', 'cli', '.'] },
];

/** Platform modules with no I/O that core/ folders may import. */
// libraries.ts only loads npm libraries (semver, minimatch) on first use: no I/O of its own.
const PURE_PLATFORM = ['platform/errors.ts', 'platform/url.ts', 'platform/libraries.ts'];
/** Node modules that do I/O (or reach the process); core/ imports none of them. */
const IO_MODULES = ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'http2', 'os', 'dgram', 'dns', 'tls', 'process', 'worker_threads', 'cluster', 'readline', 'inspector', 'module', 'vm', 'v8'];
/** Packages core/ may use: pure computation over values. */
const PURE_PACKAGES = ['semver', 'yaml', 'minimatch'];

/**
 * Edges that break the rules above on purpose, by path prefix under src/. Keep this list short: each entry says
 * why the edge is right, or names who removes it.
 */
const CROSS: { from: string; to: string; why: string }[] = [
  { from: 'packages/', to: 'publishing/forge/', why: 'the release and Gitea-package targets upload through the forge adapter' },
  { from: 'packages/targets/release.ts', to: 'publishing/publish-release.ts', why: 'the release target publishes with the one publishing recipe' },
  { from: 'packages/', to: 'signing/minisign/', why: 'package manifests are minisign-signed (upload) and verified (verify-package)' },
  { from: 'packages/', to: 'signing/authenticode/verify.ts', why: 'verify-package checks the Authenticode signature of Windows packages' },
  { from: 'packages/settings.ts', to: 'signing/authenticode/microsoft-root.ts', why: 'windows-signing-required trusts the Trusted Signing root by default, as sign-trusted does' },
  { from: 'packages/settings.ts', to: 'signing/authenticode/rehearsal.ts', why: 'under relforge act --emulator, windows-signing-required trusts the Trusted Signing emulators\' test roots, as sign-trusted does' },
  { from: 'preflight/preflight.ts', to: 'signing/', why: 'preflight loads the signing key and asks the signing service before anything is tagged' },
  { from: 'publishing/inspect.ts', to: 'signing/minisign/verify.ts', why: 'inspect checks a release\'s .minisig assets with the one minisign verifier (it streams the file), as verify-package does' },
  { from: 'emulator/forge.ts', to: 'git/isolated.ts', why: 'the forge emulator\'s tags are a bare repository\'s, read through the git adapter (git runs only in src/git/), blind to the system gitconfig' },
  { from: 'emulator/tsa.ts', to: 'signing/authenticode/core/der.ts', why: 'the RFC 3161 emulator writes its replies with the pure DER writer (upward, into a pure core)' },
];

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'api-specs' ? [] : walk(join(d, e.name))) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
const posix = (p: string) => p.split(sep).join('/');

const FOLDERS = LAYERS.flatMap((l, layer) => l.folders.map((folder) => ({ folder, layer, layerName: l.name }))).sort((a, b) => b.folder.length - a.folder.length);
function folderOf(srcPath: string): { folder: string; layer: number; layerName: string } {
  const f = FOLDERS.find((x) => x.folder !== '.' && srcPath.startsWith(`${x.folder}/`));
  if (f) return f;
  if (!srcPath.includes('/')) return FOLDERS.find((x) => x.folder === '.')!;
  throw new Error(`src/${srcPath} is in no folder of LAYERS: add its folder to a layer (and to docs/architecture.md)`);
}
const isCore = (srcPath: string) => srcPath.split('/').includes('core');

export interface ImportRef {
  specifier: string;
  /** The imported file (posix, under src/ when it is there), for a relative specifier. */
  target?: string;
}

/** Every module a file refers to: import/export declarations, import types, dynamic import() and require(). */
export function importsOf(file: string, text: string): { refs: ImportRef[]; usesProcess: boolean; runsGit: boolean } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const refs: ImportRef[] = [];
  let usesProcess = false;
  let runsGit = false;
  const add = (spec: string) => {
    const ref: ImportRef = { specifier: spec };
    if (spec.startsWith('.')) ref.target = posix(relative(SRC, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))));
    refs.push(ref);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) add(node.moduleReference.expression.text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) add(node.argument.literal.text);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const first = node.arguments[0];
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        if (first && ts.isStringLiteralLike(first)) add(first.text);
        else add(`<computed: ${first ? first.getText(sf) : ''}>`);
      }
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (/^(spawn|spawnSync|execFile|execFileSync|exec|execSync|fork)$/.test(name) && first && ts.isStringLiteralLike(first) && first.text === 'git') runsGit = true;
    } else if (ts.isIdentifier(node) && node.text === 'process') {
      const p = node.parent;
      const isName = (ts.isPropertyAccessExpression(p) && p.name === node) || (ts.isPropertyAssignment(p) && p.name === node) || ts.isImportSpecifier(p);
      if (!isName) usesProcess = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { refs, usesProcess, runsGit };
}

const nodeName = (spec: string) => (spec.startsWith('node:') ? spec.slice(5) : spec);
const isBuiltin = (spec: string) => spec.startsWith('node:') || IO_MODULES.includes(spec) || ['crypto', 'path', 'util', 'buffer', 'stream', 'events', 'url', 'zlib', 'assert', 'string_decoder', 'timers'].includes(spec.split('/')[0]!);
const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** The violations of one src file, as `file → import (rule)`. `used` collects the CROSS entries that matched. */
export function checkFile(srcPath: string, text: string, used = new Set<number>()): string[] {
  const file = join(SRC, srcPath);
  const { refs, usesProcess, runsGit } = importsOf(file, text);
  const out: string[] = [];
  const bad = (spec: string, rule: string) => out.push(`src/${srcPath} → ${spec} (${rule})`);
  const from = folderOf(srcPath);
  const core = isCore(srcPath);
  if (core && usesProcess) bad('process', 'core/ is pure: no process, no env');
  if (runsGit && from.folder !== 'git') bad('git', 'git runs only in the git adapter, src/git/');
  for (const ref of refs) {
    const spec = ref.specifier;
    if (spec.startsWith('<computed')) {
      bad(spec, 'imports are static strings, so that this test can read them');
      continue;
    }
    if (ref.target === undefined) {
      if (core && isBuiltin(spec) && IO_MODULES.includes(nodeName(spec))) bad(spec, 'core/ is pure: no I/O modules');
      else if (core && !isBuiltin(spec) && !PURE_PACKAGES.includes(packageName(spec))) bad(spec, `core/ is pure: packages only from PURE_PACKAGES (${PURE_PACKAGES.join(', ')})`);
      continue;
    }
    const target = ref.target;
    if (target.startsWith('../')) {
      bad(spec, target.startsWith('../test/') ? 'src never imports test/' : 'src imports nothing outside src/');
      continue;
    }
    const declared = CROSS.findIndex((c) => srcPath.startsWith(c.from) && target.startsWith(c.to));
    const allow = () => {
      if (declared < 0) return false;
      used.add(declared);
      return true;
    };
    if (core && !isCore(target) && !PURE_PLATFORM.includes(target) && !allow()) {
      bad(spec, `core/ imports only core/ folders and ${PURE_PLATFORM.join(', ')}`);
      continue;
    }
    const to = folderOf(target);
    if (to.folder === from.folder) continue;
    if (to.layer < from.layer) continue;
    // signing/minisign and signing/authenticode share the helpers at src/signing/ (their parent)
    if (to.folder === 'signing' && from.folder.startsWith('signing/')) continue;
    if (to.layer === from.layer && to.layerName === 'capabilities' && isCore(target)) continue;
    if (allow()) continue;
    if (to.layer > from.layer) bad(spec, `imports only downward: ${from.layerName} (${from.folder}) may not import ${to.layerName} (${to.folder})`);
    else bad(spec, `one ${from.layerName} folder imports another's internals: ${from.folder} → ${to.folder} (only its core/, or a CROSS entry)`);
  }
  return out;
}

describe('import boundaries of src/', () => {
  const files = walk(SRC).map((f) => posix(relative(SRC, f)));

  it('src/ has the layered folders docs/architecture.md describes', () => {
    for (const f of LAYERS.flatMap((l) => l.folders)) expect(f === '.' || existsSync(join(SRC, f)), `src/${f}`).toBe(true);
    expect(files.length).toBeGreaterThan(100);
  });

  it('every import of every src file keeps the rules (listed as file → import (rule))', () => {
    const used = new Set<number>();
    const violations = files.flatMap((f) => checkFile(f, readFileSync(join(SRC, f), 'utf8'), used));
    expect(violations).toEqual([]);
    // a CROSS entry nobody needs any more is removed, so that the list stays the real exceptions
    expect(CROSS.filter((_, i) => !used.has(i)).map((c) => `${c.from} → ${c.to}`)).toEqual([]);
  });

  it('the checker catches each kind of violation (fixtures)', () => {
    const cases: [string, string, RegExp][] = [
      ['publishing/x.ts', `import { repo } from '../../test/helpers/repo.js';`, /src never imports test\//],
      ['publishing/x.ts', `import { demo } from '../../scripts/demo.mjs';`, /nothing outside src\//],
      ['versioning/core/x.ts', `import { readFileSync } from 'node:fs';`, /no I\/O modules/],
      ['versioning/core/x.ts', `import { spawn } from 'child_process';`, /no I\/O modules/],
      ['versioning/core/x.ts', `export const home = () => process.env.HOME;`, /no process, no env/],
      ['versioning/core/x.ts', `import { Git } from '../../git/repository.js';`, /core\/ imports only core\//],
      ['versioning/core/x.ts', `import { request } from '../../platform/http.js';`, /core\/ imports only core\//],
      ['versioning/core/x.ts', `import { request } from 'undici';`, /packages only from PURE_PACKAGES/],
      ['platform/x.ts', `import { Git } from '../git/repository.js';`, /imports only downward: platform/],
      ['git/x.ts', `import { planRelease } from '../versioning/plan.js';`, /imports only downward: adapters/],
      ['git/x.ts', `import { startForgeEmulator } from '../emulator/forge.js';`, /one adapters folder imports another's/],
      ['versioning/x.ts', `const m = await import('../publishing/publish-release.js');`, /one capabilities folder imports another's internals/],
      ['publishing/x.ts', `export { runAct } from '../act/run.js';`, /imports only downward: capabilities/],
      ['actions/x.ts', `import type { Command } from '../cli/command.js';`, /one entries folder imports another's/],
      ['cli/x.ts', `type F = typeof import('../actions/runner.js');`, /one entries folder imports another's/],
      ['cli/x.ts', `const m = await import(name);`, /static strings/],
      ['publishing/x.ts', `import { execFileSync } from 'node:child_process'; execFileSync('git', ['status']);`, /git runs only in the git adapter/],
    ];
    for (const [path, code, rule] of cases) expect(checkFile(path, code).join('\n'), `${path}: ${code}`).toMatch(rule);
    // and what is allowed
    const fine: [string, string][] = [
      ['versioning/core/x.ts', `import { FormatError } from '../../platform/errors.js'; import { createHash } from 'node:crypto'; import semver from 'semver';`],
      ['versioning/core/x.ts', `import { parseLogOutput } from '../../git/core/log.js';`],
      ['signing/minisign/x.ts', `import { sha256sums } from '../../publishing/core/checksums.js'; import { stagedWrite } from '../staged-write.js';`],
      ['cli/x.ts', `import { runAct } from '../act/run.js'; import { Git } from '../git/repository.js';`],
    ];
    for (const [path, code] of fine) expect(checkFile(path, code), `${path}: ${code}`).toEqual([]);
  });
});

/** File names that comments mention as the user's files, not as documents of this repository. */
const USER_FILES = ['CHANGELOG.md'];

/** The text of every comment in a TypeScript or JavaScript file (read with TypeScript's parser, so no regex literal or string is taken for one). */
export function commentsOf(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const seen = new Set<number>();
  const out: string[] = [];
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) if (!seen.has(r.pos)) seen.add(r.pos) && out.push(text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node): void => {
    take(ts.getLeadingCommentRanges(text, node.getFullStart()));
    take(ts.getTrailingCommentRanges(text, node.getEnd()));
    node.getChildren(sf).forEach(visit);
  };
  visit(sf);
  return out;
}

/** The documents a comment cites: `*.md` paths and `docs/…` paths. */
export function citedDocuments(comment: string): string[] {
  const md = comment.match(/(?:\.{1,2}\/)*(?:[\w.-]+\/)*[\w-][\w.-]*\.md\b/g) ?? [];
  const docs = comment.match(/(?<![\w./-])docs\/[\w./-]*[\w-]/g) ?? [];
  return [...new Set([...md, ...docs])].filter((d) => !USER_FILES.includes(d));
}

describe('documents cited in comments', () => {
  const trees = ['src', 'scripts', 'bench', 'test'];
  const files = trees.flatMap((t) =>
    (function list(d: string): string[] {
      return readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'node_modules' ? [] : list(join(d, e.name))) : /\.(ts|mjs|js)$/.test(e.name) ? [join(d, e.name)] : []));
    })(join(ROOT, t)),
  );

  it('exist in the repository (a path from the repository root or from the citing file; bare names at the root)', () => {
    const missing: string[] = [];
    let cited = 0;
    for (const file of files) {
      for (const comment of commentsOf(file, readFileSync(file, 'utf8'))) {
        for (const doc of citedDocuments(comment)) {
          cited++;
          const found = doc.includes('/') ? existsSync(join(ROOT, doc)) || existsSync(resolve(dirname(file), doc)) : existsSync(join(ROOT, doc));
          if (!found) missing.push(`${posix(relative(ROOT, file))} → ${doc} (cited in a comment; not in the repository)`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(cited).toBeGreaterThan(20);
  });

  it('the reader finds citations in comments only, and each form of citation', () => {
    const text = `const s = 'design.md'; // see docs/architecture.md invariant 8\n/** forges.md §4, ../shared/reference/formats.md §3 */\nconst r = /x\\/\\/y.md/;`;
    const found = commentsOf('x.ts', text).flatMap(citedDocuments);
    expect(found.sort()).toEqual(['../shared/reference/formats.md', 'docs/architecture.md', 'forges.md']);
  });
});
