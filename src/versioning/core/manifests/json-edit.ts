/**
 * A minimal JSON scanner that finds the source span of string values at given key paths, so a version can be
 * replaced without re-serialising the document (indentation, key order, spacing and newline style survive).
 */
export interface JsonSpan {
  /** Offset of the opening quote. */
  start: number;
  /** Offset just after the closing quote. */
  end: number;
  /** Decoded value when it is a string (undefined for other value types). */
  value: unknown;
}

class Scanner {
  pos = 0;
  readonly found = new Map<string, JsonSpan>();
  constructor(
    readonly text: string,
    readonly wanted: Set<string>,
  ) {}

  fail(what: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const col = this.pos - before.lastIndexOf('\n');
    throw new SyntaxError(`${what} at line ${line}, column ${col}`);
  }

  ws(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  string(): string {
    const t = this.text;
    const start = this.pos;
    if (t[this.pos] !== '"') this.fail('expected a string');
    this.pos++;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '\\') this.pos += 2;
      else if (c === '"') {
        this.pos++;
        return JSON.parse(t.slice(start, this.pos)) as string;
      } else this.pos++;
    }
    this.fail('unterminated string');
  }

  /** Consumes `ch` when it is next. */
  eat(ch: string): boolean {
    if (this.text[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }

  /** From an opening bracket to its `close`: `member` reads each member (the i-th), commas between. */
  members(close: '}' | ']', member: (i: number) => void): void {
    this.pos++;
    this.ws();
    if (this.eat(close)) return;
    for (let i = 0; ; i++) {
      member(i);
      this.ws();
      if (this.eat(',')) continue;
      if (this.eat(close)) return;
      this.fail(`expected "," or "${close}"`);
    }
  }

  value(path: string): void {
    this.ws();
    const t = this.text;
    const c = t[this.pos];
    const start = this.pos;
    if (c === '{') {
      this.members('}', () => {
        this.ws();
        const key = this.string();
        this.ws();
        if (!this.eat(':')) this.fail('expected ":"');
        this.value(`${path}\u0000${key}`);
      });
      return;
    }
    if (c === '[') {
      this.members(']', (i) => this.value(`${path}\u0000${i}`));
      return;
    }
    if (c === '"') {
      const v = this.string();
      if (this.wanted.has(path)) this.found.set(path, { start, end: this.pos, value: v });
      return;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(this.pos, this.pos + 64));
    if (!m) this.fail('unexpected character');
    this.pos += m[0].length;
    if (this.wanted.has(path)) this.found.set(path, { start, end: this.pos, value: undefined });
  }
}

const keyOf = (path: string[]) => ['', ...path].join('\u0000');

/**
 * Scans a JSON document once and returns the spans of the values at `paths` (each a list of keys from the root).
 * Throws SyntaxError (with line and column) for invalid JSON.
 */
export function findJsonValues(text: string, paths: string[][]): Map<string[], JsonSpan | undefined> {
  const wanted = new Map(paths.map((p) => [keyOf(p), p] as const));
  const s = new Scanner(text.charCodeAt(0) === 0xfeff ? text : text, new Set(wanted.keys()));
  if (text.charCodeAt(0) === 0xfeff) s.pos = 1;
  s.value('');
  s.ws();
  if (s.pos !== text.length) s.fail('unexpected text after the JSON document');
  const out = new Map<string[], JsonSpan | undefined>();
  for (const [k, p] of wanted) out.set(p, s.found.get(k));
  return out;
}

/** Replaces several spans at once (spans must not overlap). */
export function replaceSpans(text: string, edits: { start: number; end: number; value: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.value + out.slice(e.end);
  return out;
}
