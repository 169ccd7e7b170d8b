/**
 * The shape issue 11 asks for, kept: every action and CLI command is declared by one option schema, no
 * hand-worded `Input "x"` in the library (problems are reported by field), at most 6 files at the src root,
 * no function in src over 150 lines.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ACTION_SCHEMAS, CLI_SCHEMAS } from '../../src/schemas.js';
import { ROOT } from '../helpers/runtimes.js';

const SRC = join(ROOT, 'src');
const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));

describe('shape of src/', () => {
  it('every actions/<name>/action.yml has an option schema, and every CLI command has one', () => {
    const actions = readdirSync(join(ROOT, 'actions')).filter((d) => existsSync(join(ROOT, 'actions', d, 'action.yml')));
    expect(actions.filter((a) => !ACTION_SCHEMAS[a])).toEqual([]);
    const main = readFileSync(join(SRC, 'cli', 'commands.ts'), 'utf8');
    const commands = [...main.matchAll(/^\s+'?([a-z-]+)'?: \[/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(10);
    const schemas = Object.values({ ...ACTION_SCHEMAS, ...CLI_SCHEMAS });
    expect(commands.filter((c) => !schemas.some((s) => (s.command ?? s.name) === c))).toEqual([]);
  });
  it('the library reports option problems by field: no hand-worded Input "x" outside the front ends', () => {
    const allowed = new Set(['src/platform/errors.ts', 'src/platform/options.ts', 'src/cli/args.ts', 'src/actions/runner.ts']);
    const offenders = walk(SRC)
      .map((f) => relative(ROOT, f))
      .filter((f) => !allowed.has(f))
      .filter((f) => /Input \\?"/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('at most 6 .ts files at the src root', () => {
    expect(readdirSync(SRC).filter((f) => f.endsWith('.ts')).length).toBeLessThanOrEqual(6);
  });
  it('no function in src is over 150 lines (src/emulator/ included)', () => {
    const long: string[] = [];
    for (const file of walk(SRC)) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
          const a = sf.getLineAndCharacterOfPosition(node.getStart()).line;
          const b = sf.getLineAndCharacterOfPosition(node.end).line;
          if (b - a + 1 > 150) long.push(`${relative(ROOT, file)}:${a + 1} (${b - a + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});
