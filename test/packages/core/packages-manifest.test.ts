import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  canonicalJson,
  defaultChannel,
  expandUrlTemplate,
  findPackage,
  manifestTrustedComment,
  mergeFragmentSet,
  parseFragment,
  parseManifest,
  parseTrustedComment,
  serializeFragment,
  serializeManifest,
  toTauriLatest,
  trustedCommentProblems,
  urlTemplateProblems,
  FRAGMENT_SCHEMA,
  MANIFEST_SCHEMA,
  type PackagesFragment,
  type PackagesManifest,
} from '../../../src/packages/core/manifest.js';

/** A shape-valid (not cryptographically valid) minisign signature text. */
function fakeMinisig(comment = 'timestamp:1\tfile:x'): string {
  const blob = Buffer.concat([Buffer.from('ED'), randomBytes(72)]).toString('base64');
  return `untrusted comment: signature\n${blob}\ntrusted comment: ${comment}\n${randomBytes(64).toString('base64')}\n`;
}

function manifest(over: Partial<PackagesManifest> = {}): PackagesManifest {
  const pkg = (platform: string, file: string) => ({
    platform,
    file,
    size: 3,
    sha256: 'a'.repeat(64),
    url: `https://updates.example.com/agent/1.2.0/${file}`,
    signatures: { minisign: fakeMinisig() },
  });
  return {
    schema: MANIFEST_SCHEMA,
    product: 'agent',
    version: '1.2.0',
    channel: 'stable',
    commit: 'f'.repeat(40),
    created: '2026-11-22T12:00:00Z',
    keyId: '0123456789ABCDEF',
    packages: [pkg('windows-x86_64', 'agent-windows-amd64.exe'), pkg('linux-x86_64', 'agent-linux-amd64'), pkg('darwin-aarch64', 'agent-darwin-arm64')],
    ...over,
  };
}

describe('serializeManifest', () => {
  it('is canonical: sorted keys, packages sorted by platform, 2-space indent, one trailing newline', () => {
    const m = manifest();
    const text = serializeManifest(m);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['channel', 'commit', 'created', 'keyId', 'packages', 'product', 'schema', 'version']);
    expect(parsed.packages.map((p: { platform: string }) => p.platform)).toEqual(['darwin-aarch64', 'linux-x86_64', 'windows-x86_64']);
    expect(Object.keys(parsed.packages[0])).toEqual(['file', 'platform', 'sha256', 'signatures', 'size', 'url']);
    expect(text.split('\n')[1]).toBe('  "channel": "stable",');
    // Same content in another order → same bytes.
    const shuffled = { ...m, packages: [...m.packages].reverse() };
    expect(serializeManifest(JSON.parse(JSON.stringify(shuffled)))).toBe(text);
    expect(parseManifest(text)).toEqual(parsed);
  });
  it('normalizes CRLF signatures', () => {
    const m = manifest();
    const sig = m.packages[0]!.signatures.minisign;
    m.packages[0]!.signatures.minisign = sig.replace(/\n/g, '\r\n');
    const out = JSON.parse(serializeManifest(m));
    expect(out.packages.find((p: { platform: string }) => p.platform === 'windows-x86_64').signatures.minisign).toBe(sig);
  });
  it('canonicalJson sorts nested keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [{ z: 1, y: 2 }] } })).toBe('{\n  "a": {\n    "c": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });
});

describe('parseManifest refuses', () => {
  const cases: [string, (m: PackagesManifest) => void, RegExp][] = [
    ['wrong schema', (m) => ((m as { schema: string }).schema = 'relforge.packages/v2'), /expected "relforge\.packages\/v1"/],
    ['v-prefixed version', (m) => (m.version = 'v1.2.0'), /not a SemVer/],
    ['unsigned package', (m) => delete (m.packages[0]!.signatures as { minisign?: string }).minisign, /every package must be signed/],
    ['signify-style signature', (m) => (m.packages[0]!.signatures.minisign = 'untrusted comment: x\n' + 'RWQ'.padEnd(100, 'A') + '\n'), /has 2 lines/],
    ['two entries for one platform', (m) => (m.packages[1]!.platform = 'windows-x86_64'), /windows-x86_64 appears twice/],
    ['shared url', (m) => (m.packages[1]!.url = m.packages[0]!.url), /same url/],
    ['plain http url', (m) => (m.packages[0]!.url = 'http://updates.example.com/a'), /must use https/],
    ['path traversal in a file name', (m) => (m.packages[0]!.file = '../evil'), /not a safe file name/],
    ['bad sha256', (m) => (m.packages[0]!.sha256 = 'A'.repeat(64)), /64 lower-case hex/],
    ['bad key id', (m) => (m.keyId = 'abc'), /16 upper-case hex/],
    ['empty package list', (m) => (m.packages = []), /non-empty/],
    ['unknown platform', (m) => (m.packages[0]!.platform = 'linux-amd64'), /not a platform key/],
    ['expires before created', (m) => (m.expires = '2026-11-22T11:00:00Z'), /must be after created/],
    ['malformed expires', (m) => (m.expires = 'tomorrow'), /expires "tomorrow" must be an RFC 3339/],
  ];
  it.each(cases)('%s', (_name, mutate, re) => {
    const m = JSON.parse(JSON.stringify(manifest()));
    mutate(m);
    expect(() => parseManifest(JSON.stringify(m))).toThrow(re);
    expect(() => serializeManifest(m)).toThrow(re);
  });
  it('rejects non-JSON', () => {
    expect(() => parseManifest('{')).toThrow(/not valid JSON/);
  });
});

describe('trusted comment', () => {
  it('binds product, version and channel', () => {
    const m = manifest({ version: '1.3.0-beta.2', channel: 'beta' });
    const tc = manifestTrustedComment(m);
    expect(tc).toBe(`timestamp:${Date.UTC(2026, 10, 22, 12) / 1000}\tfile:manifest.json\tproduct:agent\tversion:1.3.0-beta.2\tchannel:beta`);
    expect(parseTrustedComment(tc)).toMatchObject({ product: 'agent', version: '1.3.0-beta.2', channel: 'beta', file: 'manifest.json' });
    expect(trustedCommentProblems(tc, m)).toEqual([]);
    expect(trustedCommentProblems(tc, { ...m, version: '1.3.0' })).toEqual(['the signature\'s trusted comment says version "1.3.0-beta.2" but the manifest says "1.3.0"']);
    expect(trustedCommentProblems('timestamp:1\tfile:manifest.json', m)).toHaveLength(3);
  });
  it('default channel comes from the prerelease id', () => {
    expect(defaultChannel('1.2.0')).toBe('stable');
    expect(defaultChannel('1.2.0-beta.3')).toBe('beta');
    expect(defaultChannel('1.2.0-RC.1')).toBe('rc');
    expect(defaultChannel('1.2.0-7')).toBe('prerelease');
    expect(defaultChannel('1.2.0+build')).toBe('stable');
  });
});

describe('fragments', () => {
  const frag = (platforms: [string, string, string][], over: Partial<PackagesFragment> = {}): PackagesFragment => ({
    schema: FRAGMENT_SCHEMA,
    product: 'agent',
    version: '1.2.0',
    channel: 'stable',
    commit: 'f'.repeat(40),
    keyId: '0123456789ABCDEF',
    packages: platforms.map(([platform, file, sha]) => ({ platform, file, path: `${platform}/${file}`, size: 1, sha256: sha.repeat(64), signatures: { minisign: fakeMinisig() } })),
    ...over,
  });
  it('merges one platform per build job', () => {
    const merged = mergeFragmentSet([
      { name: 'a.json', fragment: frag([['linux-x86_64', 'agent', 'a']]) },
      { name: 'b.json', fragment: frag([['linux-aarch64', 'agent', 'b'], ['darwin-aarch64', 'agent', 'c']]) },
    ]);
    expect(merged.packages.map((p) => [p.platform, p.fragment])).toEqual([
      ['linux-x86_64', 'a.json'],
      ['linux-aarch64', 'b.json'],
      ['darwin-aarch64', 'b.json'],
    ]);
    expect(merged.version).toBe('1.2.0');
  });
  it('refuses a conflicting platform, naming both fragments', () => {
    expect(() =>
      mergeFragmentSet([
        { name: 'a.json', fragment: frag([['linux-x86_64', 'agent', 'a']]) },
        { name: 'b.json', fragment: frag([['linux-x86_64', 'agent', 'b']]) },
      ]),
    ).toThrow(/platform linux-x86_64 is in a\.json and in b\.json with different content/);
  });
  it('refuses an identical duplicate too', () => {
    expect(() =>
      mergeFragmentSet([
        { name: 'a.json', fragment: frag([['linux-x86_64', 'agent', 'a']]) },
        { name: 'b.json', fragment: frag([['linux-x86_64', 'agent', 'a']]) },
      ]),
    ).toThrow(/identical bytes/);
  });
  it('refuses fragments of different versions or keys', () => {
    let err: unknown;
    try {
      mergeFragmentSet([
        { name: 'a.json', fragment: frag([['linux-x86_64', 'agent', 'a']]) },
        { name: 'b.json', fragment: frag([['linux-aarch64', 'agent', 'b']], { version: '1.2.1', keyId: 'FEDCBA9876543210' }) },
      ]);
    } catch (e) {
      err = e;
    }
    expect(String(err)).toMatch(/disagree on version: "1\.2\.0" in a\.json; "1\.2\.1" in b\.json/);
    expect(String(err)).toMatch(/disagree on keyId/);
  });
  it('round-trips and rejects escaping paths', () => {
    const f = frag([['linux-x86_64', 'agent', 'a']]);
    expect(parseFragment(serializeFragment(f), 'f.json')).toEqual(JSON.parse(serializeFragment(f)));
    f.packages[0]!.path = '../../etc/passwd';
    expect(() => parseFragment(JSON.stringify(f), 'f.json')).toThrow(/relative path inside/);
  });
});

describe('Tauri latest.json', () => {
  it('uses the same keys and base64 of the whole .minisig text', () => {
    const m = manifest();
    const t = toTauriLatest(m, { notes: 'n' });
    expect(Object.keys(t.platforms)).toEqual(['darwin-aarch64', 'linux-x86_64', 'windows-x86_64']);
    const win = m.packages.find((p) => p.platform === 'windows-x86_64')!;
    expect(Buffer.from(t.platforms['windows-x86_64']!.signature, 'base64').toString('utf8')).toBe(win.signatures.minisign);
    expect(t.platforms['windows-x86_64']!.url).toBe(win.url);
    expect(t).toMatchObject({ version: '1.2.0', notes: 'n', pub_date: '2026-11-22T12:00:00Z' });
  });
  it('refuses platforms Tauri does not know', () => {
    const m = manifest();
    m.packages[0]!.platform = 'freebsd-x86_64';
    expect(() => toTauriLatest(m)).toThrow(/freebsd-x86_64 are not valid in Tauri/);
  });
});

describe('URL templates', () => {
  it('expands and percent-encodes', () => {
    expect(expandUrlTemplate('https://u.example/{product}/{version}/{platform}/{file}', { product: 'agent', version: '1.0.0+b', platform: 'linux-x86_64', file: 'a b' })).toBe(
      'https://u.example/agent/1.0.0%2Bb/linux-x86_64/a%20b',
    );
  });
  it('requires {version} and {file} and known placeholders, by field (scheme and userinfo are the platform URL policy)', () => {
    expect(urlTemplateProblems('https://u.example/{product}/{version}/{file}', 'base-url')).toEqual([]);
    const p = urlTemplateProblems('https://u.example/{product}/latest/{name}', 'base-url');
    expect(p.every((x) => x.field === 'base-url')).toBe(true);
    const text = p.map((x) => x.message).join('\n');
    expect(text).toMatch(/unknown placeholder \{name\}/);
    expect(text).toMatch(/must contain \{version\}/);
    expect(text).toMatch(/must contain \{file\}/);
  });
  it('findPackage falls back from <os>-<arch>-<bundle> to <os>-<arch>', () => {
    const m = manifest();
    expect(findPackage(m, 'linux-x86_64-deb')?.platform).toBe('linux-x86_64');
    expect(findPackage(m, 'linux-aarch64')).toBeUndefined();
  });
});

describe('one error family', () => {
  it('manifest and platform parsers throw FormatErrors with names distinct from the versioning ManifestError', async () => {
    const { FormatError } = await import('../../../src/platform/errors.js');
    const { PackagesManifestError, parseManifest } = await import('../../../src/packages/core/manifest.js');
    const { PlatformError, parsePlatformKey } = await import('../../../src/packages/core/platform.js');
    const cases = [
      [() => parseManifest('{'), PackagesManifestError, 'PackagesManifestError'],
      [() => parsePlatformKey('linux-arm'), PlatformError, 'PlatformError'],
    ] as const;
    for (const [parse, type, name] of cases) {
      let err: unknown;
      try {
        parse();
      } catch (e) {
        err = e;
      }
      expect(err, name).toBeInstanceOf(type);
      expect(err, name).toBeInstanceOf(FormatError);
      expect((err as Error).name).toBe(name);
    }
  });
});

describe('channel and version (issue 13 case 8)', () => {
  it('refuses stable with a prerelease version, accepts the rest', async () => {
    const { channelVersionProblem } = await import('../../../src/packages/core/manifest.js');
    expect(channelVersionProblem('1.4.0-beta.1', 'stable')).toMatch(/is "stable" but version 1\.4\.0-beta\.1 is a prerelease/);
    expect(channelVersionProblem('1.4.0-beta.1', 'beta')).toBeUndefined();
    expect(channelVersionProblem('1.4.0', 'stable')).toBeUndefined();
    expect(channelVersionProblem('1.4.0', 'beta')).toBeUndefined();
  });
});

describe('signed manifest (manifest and signature in one file)', () => {
  it('round-trips the exact bytes and tells a plain manifest apart', async () => {
    const { serializeSignedManifest, parseSignedManifest, SIGNED_MANIFEST_SCHEMA } = await import('../../../src/packages/core/manifest.js');
    const manifestText = '{\n  "b": 1,\n  "a": "\\u00e9 \\n"\n}\n';
    const minisign = 'untrusted comment: x\r\nRWQ\r\ntrusted comment: t\r\nAA==';
    const text = serializeSignedManifest({ manifest: manifestText, minisign });
    expect(JSON.parse(text).schema).toBe(SIGNED_MANIFEST_SCHEMA);
    expect(parseSignedManifest(text)).toEqual({ manifest: manifestText, minisign: 'untrusted comment: x\nRWQ\ntrusted comment: t\nAA==\n' });
    expect(parseSignedManifest(manifestText)).toBeUndefined();
    expect(parseSignedManifest('not json')).toBeUndefined();
    expect(() => parseSignedManifest(JSON.stringify({ schema: SIGNED_MANIFEST_SCHEMA, manifest: 1 }))).toThrow(/needs the string fields/);
  });
});
