import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeData, escapeProperty, issueCommand, rawInput, writeOutput } from '../../src/actions/workflow-commands.js';
import { parseOutputFile } from '../helpers/bundle.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('workflow commands (the runner wire format)', () => {
  it('escapes data and properties like the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
  it('prints ::command props::message lines', () => {
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    issueCommand('error', 'bad\nthing', { file: 'a,b.ts', line: '' });
    expect(spy).toHaveBeenCalledWith('::error file=a%2Cb.ts::bad%0Athing\n');
  });
  it('reads INPUT_ variables with spaces as underscores, upper-cased, hyphens kept', () => {
    vi.stubEnv('INPUT_TAG-PREFIX', 'v');
    vi.stubEnv('INPUT_MY_INPUT', ' x ');
    expect(rawInput('tag-prefix')).toBe('v');
    expect(rawInput('my input')).toBe(' x ');
    expect(rawInput('missing')).toBe('');
  });
  it('a value carrying an earlier delimiter cannot inject outputs (every delimiter is fresh)', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'relforge-out-')), 'out');
    writeFileSync(f, '');
    vi.stubEnv('GITHUB_OUTPUT', f);
    const spy = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    writeOutput('a', 'x');
    const used = /<<(\S+)/.exec(readFileSync(f, 'utf8'))![1]!;
    spy.mockRestore();
    // Same pid, clock and random source but a later counter: a value can only contain a delimiter it has seen.
    expect(() => writeOutput('b', `x\n${used}\ninjected=1`)).not.toThrow();
    expect(parseOutputFile(readFileSync(f, 'utf8'))).toEqual({ a: 'x', b: `x\n${used}\ninjected=1` });
  });

  it('writes multi-line outputs as heredocs the runner (and our parser) read back', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'relforge-out-')), 'out');
    writeFileSync(f, '');
    vi.stubEnv('GITHUB_OUTPUT', f);
    writeOutput('notes', '## Features\n- a\n- b');
    writeOutput('version', '1.2.3');
    const text = readFileSync(f, 'utf8');
    expect(text).toMatch(/^notes<<(ghadelimiter_\w+)\n## Features\n- a\n- b\n\1\nversion<<(ghadelimiter_\w+)\n1\.2\.3\n\2\n$/);
    const delims = [...text.matchAll(/<<(\S+)/g)].map((m) => m[1]);
    expect(new Set(delims).size).toBe(2);
    expect(parseOutputFile(text)).toEqual({ notes: '## Features\n- a\n- b', version: '1.2.3' });
  });
});
