/**
 * Conventional Commits classification (no I/O).
 *
 * Parsing uses conventional-commits-parser 7 configured like the `conventionalcommits` preset: `!` before the colon
 * marks a breaking change (`feat(scope)!: …`), and so does a `BREAKING CHANGE:` or `BREAKING-CHANGE:` footer
 * (upper case, as the specification requires). A message whose header is not `type[(scope)][!]: description` is
 * non-conventional: it is counted but never bumps the version, even with a breaking-change footer.
 */
import { CommitParser, type ParserOptions } from 'conventional-commits-parser';

/** One commit as read from git: full message, and the changed paths when they were asked for. */
export interface RawCommit {
  sha: string;
  message: string;
  files?: string[];
  /** Tags pointing at this commit (from `%D` decorations), when read. */
  tags?: string[];
}

export interface ClassifiedCommit {
  sha: string;
  /** First line of the message. */
  subject: string;
  /** Lower-cased Conventional Commits type (`feat`, `fix`, …), or `''` for a non-conventional message. */
  type: string;
  scope?: string;
  breaking: boolean;
  conventional: boolean;
  files?: string[];
}

/** The key `countsByType` uses for commits that are not Conventional Commits. */
export const NON_CONVENTIONAL = 'non-conventional';

const HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?!?: (.*)$/;
const BREAKING_HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?!: (.*)$/;

const PARSER_OPTIONS: ParserOptions = {
  headerPattern: HEADER,
  breakingHeaderPattern: BREAKING_HEADER,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  // Case-sensitive (the parser's default is not): the specification says BREAKING CHANGE MUST be upper case.
  notesPattern: (keywords: string) => new RegExp(`^(?:\\*\\s+)?(${keywords}):\\s*(.*)`),
  // We read plain messages from git, not conventional-changelog's "-hash-" field format, and need no references.
  fieldPattern: undefined,
  issuePrefixes: undefined,
  referenceActions: undefined,
  mergePattern: undefined,
};

let parser: CommitParser | undefined;

/** Classifies one commit message. */
export function classifyCommit(raw: RawCommit): ClassifiedCommit {
  const message = raw.message.replace(/^\s+/, '');
  const nl = message.search(/\r?\n/);
  const subject = (nl === -1 ? message : message.slice(0, nl)).trim();
  const base = { sha: raw.sha, subject, ...(raw.files ? { files: raw.files } : {}) };
  // Fast path: most messages that are not conventional fail the header pattern; skip the full parse.
  if (!HEADER.test(subject)) return { ...base, type: '', breaking: false, conventional: false };
  parser ??= new CommitParser(PARSER_OPTIONS);
  const parsed = parser.parse(message);
  const type = typeof parsed.type === 'string' ? parsed.type.toLowerCase() : '';
  if (!type) return { ...base, type: '', breaking: false, conventional: false };
  const breaking = parsed.notes.some((n) => n.title === 'BREAKING CHANGE' || n.title === 'BREAKING-CHANGE');
  const scope = typeof parsed.scope === 'string' && parsed.scope !== '' ? parsed.scope : undefined;
  return { ...base, type, ...(scope !== undefined ? { scope } : {}), breaking, conventional: true };
}

export function classifyCommits(raws: RawCommit[]): ClassifiedCommit[] {
  return raws.map(classifyCommit);
}

/**
 * The `git log -z --format=<LOG_FORMAT>` format and its parser: `/<id>` NUL `<tag decorations>` NUL `<message>`.
 * Each record starts with `/`: a path git prints can never start with `/`, so with `--name-only` the records and
 * the file names that follow them cannot be confused.
 */
export const LOG_FORMAT = '/%H%x00%D%x00%B';

/** Parses `git log -z --format=/%H%x00%D%x00%B [--name-only]` output (newest first, as git prints it). */
export function parseLogOutput(out: string, withFiles = false): RawCommit[] {
  const tokens = out.split('\0');
  const commits: RawCommit[] = [];
  let current: RawCommit | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.startsWith('/')) {
      const decorations = tokens[i + 1] ?? '';
      current = { sha: tok.slice(1).trim(), message: tokens[i + 2] ?? '' };
      if (decorations !== '') current.tags = parseDecorations(decorations);
      if (withFiles) current.files = [];
      commits.push(current);
      i += 2;
      continue;
    }
    if (!withFiles || !current) continue;
    const name = tok.startsWith('\n') ? tok.slice(1) : tok;
    if (name !== '') current.files!.push(name);
  }
  return commits;
}

/** `tag: v1.0.0, tag: v1.0.0-rc.1, HEAD -> main` → ['v1.0.0', 'v1.0.0-rc.1'] (tags only). */
export function parseDecorations(text: string): string[] {
  const tags: string[] = [];
  for (const part of text.split(', ')) {
    const t = part.trim();
    if (t.startsWith('tag: ')) tags.push(t.slice(5));
  }
  return tags;
}
