/**
 * One name per secret across README, docs, workflows, the act tooling and relforge's own messages: the names
 * agreed in the team brief, and none of the old spellings (MINISIGN_SECRET_KEY, MINISIGN_KEY, UPDATE_SERVER_TOKEN).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runtimes.js';

const SECRETS = new Set(['GITHUB_TOKEN', 'RELEASE_TOKEN', 'MINISIGN_PRIVATE_KEY', 'MINISIGN_PASSWORD', 'PACKAGE_TOKEN', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET']);
const VARIABLES = new Set(['MINISIGN_PUBLIC_KEY', 'UPDATE_SERVER_URL', 'TRUSTED_SIGNING_ENDPOINT', 'TRUSTED_SIGNING_ACCOUNT', 'TRUSTED_SIGNING_PROFILE', 'TRUSTED_SIGNING_SUBJECT']);
const OLD = /\b(MINISIGN_SECRET_KEY|MINISIGN_KEY|UPDATE_SERVER_TOKEN)\b/;

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(n) ? [p] : [];
  });
}

const texts = [join(ROOT, 'README.md'), ...files(join(ROOT, 'docs'), /\.md$/), ...files(join(ROOT, '.github'), /\.ya?ml$/), ...files(join(ROOT, 'workflows'), /\.ya?ml$/), ...files(join(ROOT, 'act'), /\.(md|ya?ml|mjs)$/), ...files(join(ROOT, 'src'), /\.ts$/), ...files(join(ROOT, 'scripts'), /\.(ts|mjs)$/)];

describe('one name per secret', () => {
  it.each(texts.map((f) => [relative(ROOT, f), f]))('%s', (_name, f) => {
    const text = readFileSync(f, 'utf8');
    const old = OLD.exec(text);
    expect(old?.[0], `${relative(ROOT, f)} names a secret by an old name`).toBeUndefined();
    for (const [, name] of text.matchAll(/\bsecrets\.([A-Z][A-Z0-9_]*)/g)) expect(SECRETS.has(name!), `${relative(ROOT, f)}: secrets.${name} is not one of the agreed names`).toBe(true);
    for (const [, name] of text.matchAll(/\bvars\.([A-Z][A-Z0-9_]*)/g)) expect(VARIABLES.has(name!), `${relative(ROOT, f)}: vars.${name} is not one of the agreed names`).toBe(true);
  });
});
