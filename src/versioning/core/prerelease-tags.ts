/**
 * Tag-only prereleases as data (no I/O): `<prefix><base>-<channel>.<N>` numbering and the reuse rules.
 *
 * N = 1 + the highest existing N for the same base and channel (SemVer-numeric, so .10 follows .9), over
 * local and remote tags together; the first N of a version is `first` (1 by default, 0 for `rc.0` schemes). A re-run on a commit that already carries a `<base>-<channel>.*` tag
 * reuses it (N does not grow). An explicit N on another commit is refused unless forced. Run numbers
 * are never consulted (docs/reference/forges.md §11): they are per-workflow on GitHub, repo-wide on Gitea, "1" in act.
 * A new prerelease never sorts below an existing prerelease of the same version (alpha after beta.3, beta
 * after rc.5): it is refused, naming the tag that is higher.
 * Problem texts continue after the option's name (`must be …`); the caller reports them by field.
 *
 * Schemes (`prerelease-scheme`): `channel` (default) tags `<base>-<channel>.<N>`; `numeric` tags `<base>-<N>`
 * (what WiX/MSI accepts). Numeric prereleases of a base share ONE counter whatever the channel (beta 1, 2, then
 * rc 3): two channels can never collide on a number, and a later prerelease always sorts higher. The channel is
 * only a label then (tag message, outputs). SemVer ranks a numeric identifier below any named one, so a numeric
 * prerelease after `<base>-beta.N` of the same base is refused (it would sort below it).
 *
 * Channels: any prerelease identifier except `stable` and its near misses (one edit away: `stabel`, `sable`,
 * `stable1`: refused with "did you mean"); with `channels` declared, only those.
 */
import { compareVersions, isStrictVersion, isSemver, isValidChannel, parsePrereleaseTag } from './version.js';

export interface TagRef {
  name: string;
  /** The commit the tag points to (annotated tags peeled). */
  commit: string;
}

export type PrereleaseNumber = 'auto' | number;

/** `channel`: `<base>-<channel>.<N>`; `numeric`: `<base>-<N>` (one counter per base across channels). */
export type PrereleaseScheme = 'channel' | 'numeric';
export const PRERELEASE_SCHEMES = ['channel', 'numeric'] as const;

export interface PrereleasePlanInput {
  prefix: string;
  base: string;
  channel: string;
  number: PrereleaseNumber;
  /** The N of a version's first prerelease with number auto: 1 (default) or 0. */
  first?: 0 | 1;
  head: string;
  /** Prerelease tags of this base, any channel (local and remote merged; the remote's commit wins on a conflict). */
  tags: TagRef[];
  force?: boolean;
  /** Default `channel`. */
  scheme?: PrereleaseScheme;
}

/** A refused prerelease (the message says why and what to do). */
export class PrereleaseRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrereleaseRefused';
  }
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

/** The N of a numeric-scheme tag `<prefix><base>-<N>`, or undefined. */
export function numericPrereleaseNumberOf(tag: string, prefix: string, base: string): number | undefined {
  const m = new RegExp(`^${escapeRegex(prefix)}${escapeRegex(base)}-(0|[1-9][0-9]*)$`).exec(tag);
  if (!m) return undefined;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Edit distance with adjacent transpositions (optimal string alignment): `stabel` is one edit from `stable`. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Problems with a channel identifier (SemVer prerelease identifier rules, not `stable` nor one edit away from it;
 * one of `allowed` when channels are declared), or undefined.
 */
export function channelProblem(channel: string, allowed?: readonly string[]): string | undefined {
  if (!isValidChannel(channel)) {
    return `must be a prerelease identifier of letters, digits and "-" (e.g. beta, rc, nightly), got "${channel}".`;
  }
  if (channel.toLowerCase() === 'stable') {
    return 'is "stable", which is not a prerelease channel; stable releases go through next-version, changelog and release-commit.';
  }
  if (editDistance(channel.toLowerCase(), 'stable') === 1) {
    return `is "${channel}": did you mean "stable"? A prerelease channel one letter away from "stable" is refused as a typo (it would tag a prerelease named "${channel}"). Use "stable" for a release, or a channel such as beta or rc.`;
  }
  if (/^[0-9]+$/.test(channel)) {
    return `is numeric ("${channel}"); use a name such as beta or rc (a numeric channel would compare as a number).`;
  }
  if (allowed?.length && !allowed.includes(channel)) {
    const near = allowed.find((a) => editDistance(a.toLowerCase(), channel.toLowerCase()) <= 1);
    return `is "${channel}", which is not one of the declared channels (${allowed.join(', ')})${near ? `: did you mean "${near}"?` : '.'} Use one of them, or add it to "channels".`;
  }
  return undefined;
}

/** Problems with the declared `channels` list (each a valid channel, not stable nor a near miss of it), or undefined. */
export function channelsProblem(channels: readonly string[]): string | undefined {
  const bad = channels.map((c) => [c, channelProblem(c)] as const).filter(([, p]) => p);
  if (!bad.length) return undefined;
  return `lists channels that cannot be prerelease channels: ${bad.map(([c, p]) => `"${c}" ${p}`).join(' ')}`;
}

/** Parses `prerelease-scheme`: channel (default) or numeric. */
export function parsePrereleaseScheme(raw: string | undefined): PrereleaseScheme | { problem: string } {
  const v = (raw ?? '').trim() || 'channel';
  if (v === 'channel' || v === 'numeric') return v;
  return { problem: `must be "channel" (X.Y.Z-beta.N) or "numeric" (X.Y.Z-N, what WiX/MSI accepts), got "${raw}".` };
}

/** Parses the `number` option: `auto` or an integer 0 or more (no sign, no leading zeros); a string is a problem. */
export function parsePrereleaseNumber(raw: string): PrereleaseNumber | { problem: string } {
  const v = raw.trim();
  if (v === '' || v === 'auto') return 'auto';
  if (!/^(0|[1-9][0-9]*)$/.test(v) || !Number.isSafeInteger(Number(v))) {
    return { problem: `must be "auto" or an integer 0 or more such as 3 (no sign, no leading zeros), got "${raw}".` };
  }
  return Number(v);
}

/** Parses the `first-number` option: 0 or 1 (default 1). */
export function parseFirstNumber(raw: string | number | undefined): 0 | 1 | { problem: string } {
  const v = String(raw ?? '1').trim();
  if (v === '' || v === '1') return 1;
  if (v === '0') return 0;
  return { problem: `must be 0 or 1 (the N of a version's first prerelease: rc.0 or rc.1), got "${raw}".` };
}

/** Problems with an explicit base version, or undefined. */
export function baseVersionProblem(base: string): string | undefined {
  if (isStrictVersion(base)) return undefined;
  if (isSemver(base)) return `"${base}" has a prerelease or build part; give the plain release version the beta leads to (e.g. 0.4.0).`;
  return `must be "next", "manifest" or a version MAJOR.MINOR.PATCH (e.g. 0.4.0), got "${base}".`;
}

/** Decides the tag for this prerelease. Throws PrereleaseRefused with an actionable message. */
export function planPrerelease(input: PrereleasePlanInput): PrereleasePlan {
  const { prefix, base, channel, head } = input;
  const numeric = input.scheme === 'numeric';
  const numbered = input.tags
    .map((t) => ({ ...t, n: numeric ? numericPrereleaseNumberOf(t.name, prefix, base) : prereleaseNumberOf(t.name, prefix, base, channel) }))
    .filter((t): t is TagRef & { n: number } => t.n !== undefined);
  const make = (n: number) => {
    const version = numeric ? `${base}-${n}` : `${base}-${channel}.${n}`;
    return { tag: `${prefix}${version}`, version, number: n };
  };
  let plan: PrereleasePlan;
  if (input.number === 'auto') {
    const onHead = numbered.filter((t) => t.commit === head).sort((a, b) => b.n - a.n)[0];
    if (onHead) return { ...make(onHead.n), action: 'reuse' };
    plan = { ...make(numbered.length ? numbered.reduce((m, t) => Math.max(m, t.n), 0) + 1 : (input.first ?? 1)), action: 'create' };
  } else {
    const want = make(input.number);
    const existing = numbered.find((t) => t.n === input.number);
    if (existing?.commit === head) return { ...want, action: 'reuse' };
    if (existing && !input.force) {
      throw new PrereleaseRefused(
        `Tag ${want.tag} already exists on commit ${existing.commit.slice(0, 12)}, not on HEAD (${head.slice(0, 12)}). ` +
          'Use number: auto (next free number), pick another number, or set force: true to move the tag.',
      );
    }
    plan = existing ? { ...want, action: 'move', previousCommit: existing.commit } : { ...want, action: 'create' };
  }
  const higher = highestAbove(input.tags, prefix, plan.version);
  if (higher && numeric && /-(0|[1-9][0-9]*)$/.test(higher)) {
    throw new PrereleaseRefused(
      `${plan.tag} would sort below the existing prerelease ${higher}, so updaters that already run ${higher} would never take it. ` +
        'Use number: auto (the next free number) or a number above it. Nothing was tagged.',
    );
  }
  if (higher && numeric) {
    throw new PrereleaseRefused(
      `${plan.tag} would sort below the existing prerelease ${higher} (SemVer orders a numeric prerelease such as ${base}-1 before any named one such as ${base}-beta.1), ` +
        `so updaters that already run ${higher} would never take it. Keep prerelease-scheme: channel for ${base}, or start numeric prereleases with the next version (base: X.Y.Z). Nothing was tagged.`,
    );
  }
  if (higher) {
    throw new PrereleaseRefused(
      `${plan.tag} would sort below the existing prerelease ${higher} (SemVer orders ${channel} before ${higher.slice(prefix.length + base.length + 1).split('.')[0]}), ` +
        `so updaters that already run ${higher} would never take it. Use that channel (or a later one), or a higher base version. Nothing was tagged.`,
    );
  }
  return plan;
}

/** The highest existing prerelease tag of the same prefix that sorts above `version`, if any. */
function highestAbove(tags: TagRef[], prefix: string, version: string): string | undefined {
  let best: { tag: string; v: string } | undefined;
  for (const t of tags) {
    const v = parsePrereleaseTag(t.name, prefix);
    if (v === undefined || compareVersions(v, version) <= 0) continue;
    if (!best || compareVersions(v, best.v) > 0) best = { tag: t.name, v };
  }
  return best?.tag;
}
