/**
 * The release notes as git-cliff renders them (no I/O).
 *
 * relforge classifies the commits itself (core/commits.ts, core/bump.ts) and hands git-cliff a context —
 * one release whose commits are exactly the ones that count toward the release, each with its group,
 * scope, description (case kept) and whole BREAKING CHANGE texts — to render with the bundled template
 * (`git-cliff --from-context`). So the notes list a commit exactly when it counts toward the release
 * (docs/architecture.md invariant 8), whatever the tag prefix.
 * Layout: Keep a Changelog; Breaking Changes first, then Features, Bug Fixes, Performance, Reverts, Other Changes.
 *
 * A user's own cliff.toml is used differently (changelog.ts): git-cliff parses the same commit range with
 * that configuration's rules, and `strictTagPattern` keeps prerelease tags from splitting the range.
 */
import type { NoteGroup } from './bump.js';
import type { ClassifiedCommit } from './commits.js';

export const DEFAULT_CHANGELOG_HEADER = [
  '# Changelog',
  '',
  'All notable changes to this project are documented in this file.',
  'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
  'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
  '',
  '',
].join('\n');

/** Escapes regex metacharacters so a tag prefix matches literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `^<prefix>MAJOR.MINOR.PATCH$` with SemVer numbers (no leading zeros): matches strict release tags only. */
export function strictTagPattern(prefix: string): string {
  const n = '(0|[1-9][0-9]*)';
  return `^${escapeRegex(prefix)}${n}\\.${n}\\.${n}$`;
}

/**
 * A repository web URL safe to put in links (and free of credentials), or undefined.
 * Accepts `https://host/o/r(.git)`, `http://127.0.0.1…`, `git@host:o/r.git`, `ssh://git@host/o/r.git`.
 */
export function webUrlFromRemote(remote: string | undefined): string | undefined {
  if (!remote) return undefined;
  let url = remote.trim();
  const scp = /^(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^\s]+)$/.exec(url);
  if (scp && !/^[A-Za-z]:[\\/]/.test(url)) url = `https://${scp[1]}/${scp[2]}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'ssh:' || parsed.protocol === 'git:') parsed = new URL(`https://${parsed.hostname}${parsed.pathname}`);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const path = parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (!path || path === '/') return undefined;
  const out = `${parsed.protocol}//${parsed.host}${path}`; // userinfo (tokens!) dropped on purpose
  return /^https?:\/\/[A-Za-z0-9._~:/%-]+$/.test(out) ? out : undefined;
}

/**
 * The bundled template: renders one notes group of a release from a relforge context (one context per group,
 * concatenated in group order; the context whose `extra.lead` is true also writes the release heading).
 * Commits listed in `extra.cancelled` (reverted within the range, known only once the whole range is read)
 * are left out.
 */
export const NOTES_TEMPLATE = [
  '{% if extra.lead %}',
  '## {{ extra.heading }}',
  '{% if extra.intro %}',
  '{{ extra.intro }}',
  '{% endif %}',
  '{% endif %}',
  '{%- set_global shown = false %}',
  '{%- for commit in commits %}',
  '{%- if commit.id not in extra.cancelled %}',
  '{%- if not shown %}',
  '{%- set_global shown = true %}',
  '',
  '### {{ extra.group }}',
  '{% endif %}',
  // The text and scope come from `extra`, never `message`/`scope`: git-cliff re-parses a context commit's
  // message as a Conventional Commits header (`http://x` became `//x`, `std::vector` became `:vector`).
  '- {% if commit.extra.scope %}**{{ commit.extra.scope }}:** {% endif %}{{ commit.extra.text }}' +
    '{% if extra.remote %} ([{{ commit.id | truncate(length=7, end="") }}]({{ extra.remote }}/commit/{{ commit.id }})){% endif %}' +
    // git-cliff strips each template line's leading whitespace: the sub-item's indentation comes with the data.
    '{% for note in commit.extra.breaking %}\n{{ note }}{% endfor %}',
  '{%- endif %}',
  '{%- endfor %}',
].join('\n');

/** The bundled cliff.toml: only the template matters (the context is already classified). */
export function buildCliffConfig(): string {
  return ['# relforge bundled git-cliff configuration (renders a relforge context).', '[changelog]', `body = """\n${NOTES_TEMPLATE}\n"""`, 'footer = ""', 'trim = true', ''].join('\n');
}

export interface NotesRelease {
  /** Tag of the release (`v0.4.0`, `create-vite@9.1.1`). */
  tag: string;
  /** Version without prefix. */
  version: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  /** Unix seconds (the context's timestamp). */
  timestamp: number;
  /** The base tag (previous release), if any. */
  previousTag?: string;
  /** Set for a prerelease: a line under the heading. */
  intro?: string;
  /** Repository web URL for commit links. */
  remote?: string;
}

const REMOTES = ['github', 'gitlab', 'gitea', 'bitbucket', 'azure_devops'] as const;
const REMOTE_CONTRIBUTORS = REMOTES.map((k) => `"${k}":{"contributors":[]}`).join(',');
const REMOTE_COMMIT = REMOTES.map((k) => `"${k}":{"pr_numbers":[],"pr_labels":[],"is_first_time":false}`).join(',');

/** A BREAKING CHANGE text as a sub-item of its commit's list item (continuation lines indented to stay in it). */
export function breakingItem(text: string): string {
  return `  - BREAKING: ${text.split('\n').join('\n    ')}`;
}

const SIGNATURES = '"links":[],"author":{"timestamp":0},"committer":{"timestamp":0},"merge_commit":false';

/**
 * One commit of the context (JSON text, written by hand: it runs for every commit that counts). The notes text
 * is the commit's own description, carried in `extra.text`: git-cliff parses `message` again as a header.
 */
export function contextCommit(c: ClassifiedCommit, group: NoteGroup): string {
  const q = JSON.stringify;
  const breaking = c.breakingNotes.length ? c.breakingNotes.map((n) => q(breakingItem(n))).join(',') : '';
  return (
    `{"id":"${c.sha}","message":${q(c.description)},"group":"${group}","scope":${c.scope === undefined ? 'null' : q(c.scope)},` +
    `"breaking":${c.breaking},${SIGNATURES},"extra":{"text":${q(c.description)},"scope":${c.scope === undefined ? 'null' : q(c.scope)},"breaking":[${breaking}]},${REMOTE_COMMIT}}`
  );
}

/**
 * The context (`git-cliff --from-context`) in three pieces, so it can be streamed before the base is known:
 * the release up to its commits, the commits (contextCommit, joined by commas, oldest first), and the rest
 * (the previous release, `extra` with the heading, the intro and the cancelled commit ids).
 */
export function contextOpen(rel: Pick<NotesRelease, 'tag' | 'timestamp'>): string {
  return `[{"version":${JSON.stringify(rel.tag)},"message":null,"commit_id":null,"timestamp":${rel.timestamp},"submodule_commits":{},${REMOTE_CONTRIBUTORS},"commits":[`;
}

export function contextClose(rel: NotesRelease, group: NoteGroup, cancelled: string[], lead: boolean): string {
  const previous = `{"version":${JSON.stringify(rel.previousTag ?? null)},"message":null,"commits":[],"commit_id":null,"timestamp":null,"previous":null,"submodule_commits":{},"extra":null,${REMOTE_CONTRIBUTORS}}`;
  const extra = { lead, group, heading: `[${rel.version}] - ${rel.date}`, intro: rel.intro ?? null, remote: rel.remote ?? null, cancelled };
  return `],"previous":${previous},"extra":${JSON.stringify(extra)}}]`;
}
