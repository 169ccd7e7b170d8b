/**
 * Tag-only prereleases as data (no I/O): `<prefix><base>-<channel>.<N>` numbering and the reuse rules.
 *
 * N = 1 + the highest existing N for the same base and channel (SemVer-numeric, so .10 follows .9), over
 * local and remote tags together. A re-run on a commit that already carries a `<base>-<channel>.*` tag
 * reuses it (N does not grow). An explicit N on another commit is refused unless forced. Run numbers
 * are never consulted (forges.md §11): they are per-workflow on GitHub, repo-wide on Gitea, "1" in act.
 */
import { isStrictVersion, isSemver, isValidChannel } from './version.js';

export interface TagRef {
  name: string;
  /** The commit the tag points to (annotated tags peeled). */
  commit: string;
}

export type PrereleaseNumber = 'auto' | number;

export interface PrereleasePlanInput {
  prefix: string;
  base: string;
  channel: string;
  number: PrereleaseNumber;
  head: string;
  /** Tags of this base and channel (local and remote merged; the remote's commit wins on a conflict). */
  tags: TagRef[];
  force?: boolean;
}

export interface PrereleasePlan {
  tag: string;
  version: string;
  number: number;
  /** create: new tag; reuse: HEAD already carries it; move: explicit number forced onto HEAD. */
  action: 'create' | 'reuse' | 'move';
  /** For `move`: the commit the tag pointed to before. */
  previousCommit?: string;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The N of `<prefix><base>-<channel>.<N>` (SemVer numeric: no leading zeros), or undefined. */
export function prereleaseNumberOf(tag: string, prefix: string, base: string, channel: string): number | undefined {
  const m = new RegExp(`^${escapeRegex(prefix)}${escapeRegex(base)}-${escapeRegex(channel)}\\.(0|[1-9][0-9]*)$`).exec(tag);
  if (!m) return undefined;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Problems with a channel identifier (SemVer prerelease identifier rules), or undefined. */
export function channelProblem(channel: string): string | undefined {
  if (!isValidChannel(channel)) {
    return `Input "channel": "${channel}" is not a valid prerelease identifier; use letters, digits and "-" only (e.g. beta, rc, nightly).`;
  }
  if (channel.toLowerCase() === 'stable') {
    return 'Input "channel": "stable" is not a prerelease channel; stable releases go through next-version, changelog and release-commit.';
  }
  if (/^[0-9]+$/.test(channel)) {
    return `Input "channel": "${channel}" is numeric; use a name such as beta or rc (a numeric channel would compare as a number).`;
  }
  return undefined;
}

/** Parses the `number` input: `auto` or a positive integer (no sign, no leading zeros). */
export function parsePrereleaseNumber(raw: string): PrereleaseNumber | string {
  const v = raw.trim();
  if (v === '' || v === 'auto') return 'auto';
  if (!/^[1-9][0-9]*$/.test(v) || !Number.isSafeInteger(Number(v))) {
    return `Input "number": "${raw}" must be "auto" or a positive integer such as 3 (no sign, no leading zeros).`;
  }
  return Number(v);
}

/** Problems with an explicit base version, or undefined. */
export function baseVersionProblem(base: string): string | undefined {
  if (isStrictVersion(base)) return undefined;
  if (isSemver(base)) return `Input "base": "${base}" has a prerelease or build part; give the plain release version the beta leads to (e.g. 0.4.0).`;
  return `Input "base" must be "next", "manifest" or a version MAJOR.MINOR.PATCH (e.g. 0.4.0), got "${base}".`;
}

/** Decides the tag for this prerelease. Throws an Error with an actionable message on a refused collision. */
export function planPrerelease(input: PrereleasePlanInput): PrereleasePlan {
  const { prefix, base, channel, head } = input;
  const numbered = input.tags
    .map((t) => ({ ...t, n: prereleaseNumberOf(t.name, prefix, base, channel) }))
    .filter((t): t is TagRef & { n: number } => t.n !== undefined);
  const make = (n: number) => ({ tag: `${prefix}${base}-${channel}.${n}`, version: `${base}-${channel}.${n}`, number: n });

  if (input.number === 'auto') {
    const onHead = numbered.filter((t) => t.commit === head).sort((a, b) => b.n - a.n)[0];
    if (onHead) return { ...make(onHead.n), action: 'reuse' };
    const highest = numbered.reduce((m, t) => Math.max(m, t.n), 0);
    return { ...make(highest + 1), action: 'create' };
  }
  const want = make(input.number);
  const existing = numbered.find((t) => t.n === input.number);
  if (!existing) return { ...want, action: 'create' };
  if (existing.commit === head) return { ...want, action: 'reuse' };
  if (input.force) return { ...want, action: 'move', previousCommit: existing.commit };
  throw new Error(
    `Tag ${want.tag} already exists on commit ${existing.commit.slice(0, 12)}, not on HEAD (${head.slice(0, 12)}). ` +
      'Use number: auto (next free number), pick another number, or set force: true to move the tag.',
  );
}
