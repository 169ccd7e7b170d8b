/**
 * The bundled default git-cliff configuration (no I/O): Keep a Changelog layout, Breaking Changes first,
 * then Features, Bug Fixes, Performance, Reverts; chores, CI, docs, tests, style and release commits are left out.
 *
 * `tag_pattern` is anchored to strict release tags (`^<prefix>MAJOR.MINOR.PATCH$`), so prerelease tags
 * (`v0.4.0-beta.3`) never start a section: a stable changelog covers every commit since the last stable tag,
 * once. Both `[bump]` switches are written explicitly (git-cliff's code defaults are both `true`, which
 * disagrees with relforge's 0.x rule) so `git-cliff --bumped-version` agrees with next-version.
 */

export interface CliffConfigOptions {
  /** Tag prefix (default `v`); `api-v` for a monorepo component. */
  tagPrefix?: string;
  /** Web URL of the repository (`https://github.com/o/r`); commit links are added when set. */
  remoteUrl?: string;
  /** 0.x policy of next-version: `minor` (default: breaking → minor while major is 0) or `major`. */
  pre1?: 'minor' | 'major';
}

export const DEFAULT_CHANGELOG_HEADER = [
  '# Changelog',
  '',
  'All notable changes to this project are documented in this file.',
  'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
  'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
  '',
  '',
].join('\n');

/** The changelog groups, in display order (the HTML comment sorts them; the template strips it). */
export const CHANGELOG_GROUPS = ['Breaking Changes', 'Features', 'Bug Fixes', 'Performance', 'Reverts'] as const;

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
 * A repository web URL safe to embed in the template (and free of credentials), or undefined.
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

function tomlLiteral(text: string): string {
  if (text.includes("'") || /[\r\n]/.test(text)) throw new Error(`cannot embed ${JSON.stringify(text)} in a TOML literal string`);
  return `'${text}'`;
}

/** Builds the default cliff.toml text. */
export function buildCliffConfig(opts: CliffConfigOptions = {}): string {
  const prefix = opts.tagPrefix ?? 'v';
  if (!/^[A-Za-z0-9._/-]*$/.test(prefix)) {
    throw new Error(`tag prefix "${prefix}" may only contain letters, digits, ".", "_", "/" and "-" for the bundled changelog template`);
  }
  const remote = webUrlFromRemote(opts.remoteUrl);
  const link = remote
    ? ` ([{{ commit.id | truncate(length=7, end="") }}](${remote}/commit/{{ commit.id }}))`
    : '';
  const groups = CHANGELOG_GROUPS.map((g, i) => `<!-- ${i} -->${g}`);
  const body = [
    '{%- if version -%}',
    `## [{{ version | trim_start_matches(pat="${prefix}") }}] - {{ timestamp | date(format="%Y-%m-%d") }}`,
    '{%- else -%}',
    '## [Unreleased]',
    '{%- endif %}',
    '{% for group, commits in commits | group_by(attribute="group") %}',
    '### {{ group | striptags | trim }}',
    '{% for commit in commits %}',
    `- {% if commit.scope %}**{{ commit.scope }}:** {% endif %}{{ commit.message | split(pat="\\n") | first | trim | upper_first }}${link}` +
      '{% if commit.breaking and commit.breaking_description and commit.breaking_description != commit.message %}' +
      '\n  - BREAKING: {{ commit.breaking_description | split(pat="\\n") | first | trim }}{% endif %}',
    '{%- endfor %}',
    '{% endfor %}',
  ].join('\n');
  return [
    '# relforge default git-cliff configuration (generated; pass `config` to use your own cliff.toml).',
    '[changelog]',
    `header = """\n${DEFAULT_CHANGELOG_HEADER}"""`,
    `body = """\n${body}\n"""`,
    'footer = ""',
    'trim = true',
    '',
    '[git]',
    'conventional_commits = true',
    'filter_unconventional = true',
    'require_conventional = false',
    'split_commits = false',
    'protect_breaking_commits = true',
    'filter_commits = true',
    `tag_pattern = ${tomlLiteral(strictTagPattern(prefix))}`,
    'topo_order = false',
    'sort_commits = "oldest"',
    'commit_parsers = [',
    `  { message = '^chore\\(release\\)', skip = true },`,
    `  { field = "breaking", pattern = 'true', group = ${tomlLiteral(groups[0]!)} },`,
    `  { message = '^feat', group = ${tomlLiteral(groups[1]!)} },`,
    `  { message = '^fix', group = ${tomlLiteral(groups[2]!)} },`,
    `  { message = '^perf', group = ${tomlLiteral(groups[3]!)} },`,
    `  { message = '^revert', group = ${tomlLiteral(groups[4]!)} },`,
    `  { message = '.*', skip = true },`,
    ']',
    '',
    '[bump]',
    '# Written explicitly: feat bumps minor; breaking bumps major, except while the major is 0 with pre1 = minor.',
    'features_always_bump_minor = true',
    `breaking_always_bump_major = ${opts.pre1 === 'major' ? 'true' : 'false'}`,
    '',
  ].join('\n');
}
