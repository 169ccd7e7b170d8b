/**
 * The git log stream format relforge reads commits in, and its parser (no I/O): the git adapter
 * (src/git/repository.ts) runs `git log` and feeds its output here; versioning classifies the RawCommits it gets
 * (src/versioning/core/commits.ts).
 */

/** One commit as read from git: full message, and the changed paths when they were asked for. */
export interface RawCommit {
  sha: string;
  message: string;
  files?: string[];
  /** Tags pointing at this commit (from `%D` decorations), when read. */
  tags?: string[];
  /** A `--boundary` commit (outside the range, marked `-` by `%m`). */
  boundary?: true;
}

/**
 * The `git log -z --format=<LOG_FORMAT>` format and its parser: `/<id>` NUL `<tag decorations>` NUL `<message>`.
 * Each record starts with `/`: a path git prints can never start with `/`, so with `--name-only` the records and
 * the file names that follow them cannot be confused.
 */
export const LOG_FORMAT = '/%H%x00%D%x00%B';
/** LOG_FORMAT with git's `%m` mark before the id (`-` for a --boundary commit). */
export const LOG_FORMAT_MARKED = '/%m%H%x00%D%x00%B';

/** What a streamed log asks for (Git.streamCommits). */
export interface StreamLogOptions {
  /** The changed paths of each commit (no rename detection). */
  files?: boolean;
  /** Oldest first. */
  reverse?: boolean;
  /** `false`: no decorations (the field stays empty; git loads no refs for it). */
  tags?: boolean;
  /** Also the boundary commits, marked. */
  boundary?: boolean;
}

/**
 * The arguments of Git.streamCommits' one `git log` for `range`: a pure function, so that a prefetch
 * (git/process.ts) can start exactly the process the adapter would.
 */
export function streamLogArgs(range: string[], opts: StreamLogOptions): string[] {
  let format = opts.boundary ? LOG_FORMAT_MARKED : LOG_FORMAT;
  if (opts.tags === false) format = format.replace('%D', '');
  const args = ['-c', 'log.showSignature=false', 'log', '-z', `--format=${format}`, ...(opts.tags === false ? [] : ['--decorate-refs=refs/tags/']), '--no-color'];
  if (opts.files) args.push('--name-only', '--no-renames');
  if (opts.reverse) args.push('--reverse');
  if (opts.boundary) args.push('--boundary');
  args.push(...range, '--');
  return args;
}

/** Parses `git log -z --format=/%H%x00%D%x00%B [--name-only]` output (newest first, as git prints it). */
export function parseLogOutput(out: string, withFiles = false): RawCommit[] {
  const commits: RawCommit[] = [];
  const parser = new LogStreamParser(withFiles, (c) => commits.push(c));
  parser.push(out);
  parser.end();
  return commits;
}

/**
 * The same format parsed as it streams in (chunks of text, any split): each commit is handed to `onCommit`
 * once its record is complete (with --name-only: when the next record starts, or at the end).
 */
export class LogStreamParser {
  private rest = '';
  private current: RawCommit | undefined;
  /** Tokens still expected for the current record: 2 = decorations, 1 = message, 0 = files / next record. */
  private expect = 0;
  /** `marked`: the format is LOG_FORMAT_MARKED (`/%m%H…`, for --boundary). */
  constructor(
    private readonly withFiles: boolean,
    private readonly onCommit: (c: RawCommit) => void,
    private readonly marked = false,
  ) {}

  push(text: string): void {
    const data = this.rest + text;
    let start = 0;
    for (let end = data.indexOf('\0'); end >= 0; end = data.indexOf('\0', start)) {
      this.token(data.slice(start, end));
      start = end + 1;
    }
    this.rest = data.slice(start);
  }

  end(): void {
    if (this.rest !== '') this.token(this.rest);
    this.rest = '';
    this.flush();
  }

  private flush(): void {
    if (this.current) this.onCommit(this.current);
    this.current = undefined;
  }

  private token(tok: string): void {
    if (this.expect === 2) {
      if (tok !== '') this.current!.tags = parseDecorations(tok);
      this.expect = 1;
    } else if (this.expect === 1) {
      this.current!.message = tok;
      this.expect = 0;
      if (!this.withFiles) this.flush();
    } else if (tok.startsWith('/')) {
      this.flush();
      this.current = { sha: tok.slice(this.marked ? 2 : 1).trim(), message: '' };
      if (this.marked && tok[1] === '-') this.current.boundary = true;
      if (this.withFiles) this.current.files = [];
      this.expect = 2;
    } else if (this.withFiles && this.current) {
      const name = tok.startsWith('\n') ? tok.slice(1) : tok;
      if (name !== '') this.current.files!.push(name);
    }
  }
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
