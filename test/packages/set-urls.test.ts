/**
 * Issue 18: with `upload-url …/{platform}-{file}` the set files (manifest.json, its .minisig, manifest.signed.json,
 * latest.json) lost {file} with the platform segment and were all PUT to one URL, each overwriting the last, and
 * the step succeeded. The template checker must prove that every distinct file of a set gets a URL of its own,
 * per package and at set level, and refuse otherwise naming the input and the fix — before any request.
 */
import { describe, expect, it } from 'vitest';
import { uploadPackages } from '../../src/packages/upload-packages.js';
import { distinctUrlProblems } from '../../src/packages/urls.js';
import { buildSet, useUpdateServer } from './fixtures.js';

const suite = useUpdateServer('tok-set-urls-7d1e0a3b');

describe('every file of a set gets a URL of its own', () => {
  it('http: {platform}-{file} in one segment is refused naming upload-url and the fix; the server sees no request', async () => {
    const dir = await buildSet(suite.dir, '1.3.0', suite.k.key);
    const s = suite.httpSettings(dir, '/u/{product}/{version}/{platform}-{file}', { tauri: true });
    await expect(uploadPackages(s)).rejects.toThrow(/upload-url.*gives latest\.json and manifest\.json\.minisig the same URL.*Put \{file\} in a path segment of its own/s);
    expect(suite.server.requests).toEqual([]);
  });

  it('base-url: the same rule for the public download template', async () => {
    const dir = await buildSet(suite.dir, '1.3.0', suite.k.key);
    const s = suite.httpSettings(dir, '/u/{product}/{version}/{platform}/{file}', { baseUrl: 'https://dl.example.com/{product}/{version}/{os}_{arch}_{file}' });
    await expect(uploadPackages(s)).rejects.toThrow(/base-url.*the same URL/s);
    expect(suite.server.requests).toEqual([]);
  });

  it('http: with {file} in a segment of its own, the four set files and every package land at distinct URLs with their own bytes', async () => {
    const dir = await buildSet(suite.dir, '1.3.0', suite.k.key);
    const res = await uploadPackages(suite.httpSettings(dir, '/u/{product}/{version}/{platform}/{file}', { tauri: true }));
    const puts = suite.server.requests.filter((r) => r.method === 'PUT').map((r) => r.path);
    expect(new Set(puts).size).toBe(puts.length);
    for (const [path, name] of [
      ['/u/agent/1.3.0/manifest.json', res.manifestPath],
      ['/u/agent/1.3.0/manifest.json.minisig', res.manifestSignaturePath],
      ['/u/agent/1.3.0/manifest.signed.json', res.signedManifestPath],
      ['/u/agent/1.3.0/latest.json', res.tauriPath!],
    ] as const) {
      const { readFileSync } = await import('node:fs');
      expect(suite.server.read(path).equals(readFileSync(name)), path).toBe(true);
    }
  });

  it('the checker, alone: which templates pass', () => {
    const ok = ['https://u.example/{product}/{version}/{platform}/{file}', 'https://u.example/{version}/{os}/{arch}/{file}', 'https://u.example/{product}-{version}/{file}', 'https://u.example/{version}/{file}?p=1'];
    for (const t of ok) expect(distinctUrlProblems(t, 'upload-url'), t).toEqual([]);
    expect(distinctUrlProblems('https://u.example/{version}/{platform}-{file}', 'upload-url')[0]!.message).toMatch(/same URL/);
    expect(distinctUrlProblems('https://u.example/{version}/{file}?platform={platform}', 'upload-url')[0]!.message).toMatch(/outside the URL's path/);
  });
});
