/**
 * Where a client finds `N.root.json` (a directory, or a URL template with `{version}`) and the asynchronous walk
 * over it. The rules themselves are pure (./core/root.ts); this adapter only reads files and does GETs.
 *
 * URLs: https (http only for loopback), no user name or password in the URL, no credentials sent (roots are
 * public), redirects followed without credentials (src/platform/http.ts). 404 / 410 or a missing file = "no
 * newer root"; any other failure stops the walk with an error (never silently "no newer root": a mirror that
 * answers 500 must not freeze a client on an old root without anyone noticing).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { RelforgeError, errorMessage, fieldError } from '../../platform/errors.js';
import { request, describeFailure } from '../../platform/http.js';
import { urlInputProblem } from '../../platform/url.js';
import { MAX_ROOT_ROTATIONS, ROOT_MAX_BYTES, TrustError, nextRoot, requireUnexpired, trustShippedRoot, type ChainResult } from './core/root.js';

export interface RootSource {
  /** What to call it in messages. */
  describe: string;
  /** The text served as `version.root.json`, or undefined when there is none. */
  get(version: number): Promise<string | undefined>;
  /** Versions above `version` the source can see (a directory lists them: a gap is then refused). */
  later?(version: number): Promise<number[]>;
}

export const ROOT_FILE_RE = /^([1-9]\d{0,8})\.root\.json$/;

export function rootFileName(version: number): string {
  return `${version}.root.json`;
}

export function directorySource(dir: string): RootSource {
  return {
    describe: dir,
    async get(version) {
      try {
        const buf = await readFile(join(dir, rootFileName(version)));
        if (buf.length > ROOT_MAX_BYTES) throw new TrustError('invalid-root', `${rootFileName(version)} in ${dir} is larger than ${ROOT_MAX_BYTES} bytes`);
        return buf.toString('utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err instanceof TrustError ? err : new RelforgeError(`Cannot read ${join(dir, rootFileName(version))}: ${errorMessage(err)}`);
      }
    },
    async later(version) {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (err) {
        throw new RelforgeError(`Cannot list the roots directory ${dir}: ${errorMessage(err)} (give --roots a directory holding N.root.json files, or a URL template with {version})`);
      }
      return names.flatMap((n) => {
        const m = ROOT_FILE_RE.exec(n);
        return m && Number(m[1]) > version ? [Number(m[1])] : [];
      });
    },
  };
}

/** Problems with a roots URL template (continues after the field's name), or undefined. */
export function rootsTemplateProblem(template: string): string | undefined {
  if (!template.includes('{version}')) return 'must contain {version} (e.g. https://updates.example.com/roots/{version}.root.json).';
  const other = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((n) => n !== 'version');
  if (other.length) return `has the unknown placeholder {${other[0]}}: only {version} is filled in.`;
  return urlInputProblem(template.replaceAll('{version}', '1'));
}

export function urlTemplateSource(template: string, opts: { timeoutMs?: number; attempts?: number } = {}): RootSource {
  const problem = rootsTemplateProblem(template);
  if (problem) throw fieldError('roots', problem);
  return {
    describe: template,
    async get(version) {
      const url = template.replaceAll('{version}', String(version));
      // Read with a cap (endless-data defence): a root larger than ROOT_MAX_BYTES is refused without buffering it.
      let chunks: Buffer[] = [];
      const tooLarge = new RelforgeError(`${url} is larger than ${ROOT_MAX_BYTES} bytes: not a root`);
      const consume = async (body: Readable) => {
        chunks = [];
        let size = 0;
        for await (const c of body as AsyncIterable<Buffer>) {
          size += c.length;
          if (size > ROOT_MAX_BYTES) throw tooLarge;
          chunks.push(c);
        }
      };
      let res;
      try {
        res = await request({ method: 'GET', url, followRedirects: 3, timeoutMs: opts.timeoutMs ?? 30_000, attempts: opts.attempts ?? 3, baseDelayMs: 500, headers: { accept: 'application/json' }, consume });
      } catch (err) {
        if (err === tooLarge) throw new TrustError('invalid-root', tooLarge.message);
        throw err;
      }
      if (res.status === 404 || res.status === 410) return undefined;
      if (res.status !== 200) throw new RelforgeError(`Cannot fetch root ${version}: ${describeFailure(res, `GET ${url}`)} (a client never treats an error as "no newer root")`);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** A directory, or a URL template with {version} (anything starting with http:// or https://). */
export function rootSource(spec: string): RootSource {
  return /^https?:\/\//i.test(spec.trim()) ? urlTemplateSource(spec.trim()) : directorySource(spec);
}

/**
 * Walks the chain from the shipped root (TUF "update the root role"): fetch N+1 until there is none, each checked by
 * nextRoot(); a directory showing later versions past the last one found is a gap; the newest must not be expired
 * at `now`. Throws TrustError with the reason.
 */
export async function walkRootChain(shippedText: string, source: RootSource | undefined, opts: { now?: Date; product?: string } = {}): Promise<ChainResult> {
  let root = trustShippedRoot(shippedText, opts.product);
  const walked: number[] = [];
  if (source) {
    for (;;) {
      const text = await source.get(root.version + 1);
      if (text === undefined) break;
      if (walked.length >= MAX_ROOT_ROTATIONS) throw new TrustError('root-chain-too-long', `more than ${MAX_ROOT_ROTATIONS} root versions after the shipped root in ${source.describe}: refusing to walk further (ship a newer root with the agent)`);
      root = nextRoot(root, text);
      walked.push(root.version);
    }
    const later = source.later ? await source.later(root.version + 1) : [];
    if (later.length) {
      throw new TrustError('root-gap', `${source.describe} has ${later.sort((a, b) => a - b).map(rootFileName).join(', ')} but no ${rootFileName(root.version + 1)}: a gap in the chain is refused (publish every version)`);
    }
  }
  requireUnexpired(root, opts.now ?? new Date());
  return { root, walked };
}
