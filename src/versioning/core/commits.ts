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
  const message = raw.message;
  const subject = firstLine(message);
  const m = HEADER.exec(subject);
  let type = '';
  let scope: string | undefined;
  let breaking = false;
  if (m) {
    // The parser is only needed for footers: without the token "BREAKING" in the message, its answer is the
    // header's (test/core/commits.test.ts checks that both paths agree on a corpus).
    if (message.includes('BREAKING')) return classifyWithParser(raw, subject);
    type = m[1]!.toLowerCase();
    scope = m[2] || undefined;
    breaking = BREAKING_HEADER.test(subject);
  }
  const out: ClassifiedCommit = { sha: raw.sha, subject, type, breaking, conventional: m !== null };
  if (scope !== undefined) out.scope = scope;
  if (raw.files) out.files = raw.files;
  return out;
}

/** The full conventional-commits-parser path (footers, `!`, notes); classifyCommit uses it when footers matter. */
export function classifyWithParser(raw: RawCommit, subject = firstLine(raw.message)): ClassifiedCommit {
  const out: ClassifiedCommit = { sha: raw.sha, subject, type: '', breaking: false, conventional: false };
  if (raw.files) out.files = raw.files;
  if (!HEADER.test(subject)) return out;
  parser ??= new CommitParser(PARSER_OPTIONS);
  const parsed = parser.parse(raw.message.replace(/^\s+/, ''));
  const type = typeof parsed.type === 'string' ? parsed.type.toLowerCase() : '';
  if (!type) return out;
  out.type = type;
  out.conventional = true;
  out.breaking = parsed.notes.some((n) => n.title === 'BREAKING CHANGE' || n.title === 'BREAKING-CHANGE');
  if (typeof parsed.scope === 'string' && parsed.scope !== '') out.scope = parsed.scope;
  return out;
}

/** First non-blank line, trimmed. */
function firstLine(message: string): string {
  let start = 0;
  while (start < message.length && (message[start] === '\n' || message[start] === '\r' || message[start] === ' ' || message[start] === '\t')) start++;
  let end = message.indexOf('\n', start);
  if (end === -1) end = message.length;
  return message.slice(start, end).trim();
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
