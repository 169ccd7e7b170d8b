/**
 * Line-based TOML reading for the few keys version files need: `[table]` / `[[array-table]]` headers and
 * `key = "string"` lines. Comments, spacing and everything else are left untouched by edits. Lines end in LF or
 * CRLF (the `\r` is not part of a line's content, so offsets stay those of the document and edits keep it).
 */
export interface TomlEntry {
  /** Header of the table the key is in ('' for the root), e.g. `package`, `tool.poetry`. */
  table: string;
  /** Index of the `[[table]]` block (counts every array-table header), -1 for plain tables. */
  block: number;
  key: string;
  /** Raw value text (after `=`, comment removed, trimmed). */
  raw: string;
  /** Offset of the value's first character in the document. */
  rawStart: number;
  /** Decoded string value when the value is a basic or literal string. */
  value?: string;
  /** Offsets of the string contents (between the quotes) in the document. */
  valueStart?: number;
  valueEnd?: number;
}

const HEADER = /^\s*(\[\[?)\s*([A-Za-z0-9_.\-" ']+?)\s*(\]\]?)\s*(?:#.*)?$/;
const KEY_VALUE = /^(\s*)([A-Za-z0-9_\-."']+?)\s*=\s*(.*)$/;

function normaliseTable(name: string): string {
  return name
    .split('.')
    .map((p) => p.trim().replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1'))
    .join('.');
}

/** Every `key = value` line with its table, in document order. Multi-line strings are skipped over. */
export function scanToml(text: string): TomlEntry[] {
  const entries: TomlEntry[] = [];
  let table = '';
  let block = -1;
  let blockCount = 0;
  let inMultiline: string | undefined;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (inMultiline) {
      if (line.includes(inMultiline)) inMultiline = undefined;
      continue;
    }
    const h = HEADER.exec(line);
    if (h && ((h[1] === '[' && h[3] === ']') || (h[1] === '[[' && h[3] === ']]'))) {
      table = normaliseTable(h[2]!);
      block = h[1] === '[[' ? blockCount++ : -1;
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    if (!kv) continue;
    const key = normaliseTable(kv[2]!);
    const rest = kv[3]!;
    const valueOffset = lineStart + line.length - rest.length;
    for (const q of ['"""', "'''"]) {
      if (rest.startsWith(q) && rest.indexOf(q, 3) === -1) inMultiline = q;
    }
    const entry: TomlEntry = { table, block, key, raw: rest.replace(/\s+#.*$/, '').trim(), rawStart: valueOffset };
    const s = /^"((?:[^"\\]|\\.)*)"/.exec(rest) ?? /^'([^']*)'/.exec(rest);
    if (s && !inMultiline) {
      entry.value = rest[0] === '"' ? (JSON.parse(`"${s[1]}"`) as string) : s[1];
      entry.valueStart = valueOffset + 1;
      entry.valueEnd = valueOffset + 1 + s[1]!.length;
    }
    entries.push(entry);
  }
  return entries;
}

/** The `key` entry of `table` (first occurrence), with the key written plainly (`version = …`). */
export function findTomlKey(entries: TomlEntry[], table: string, key: string): TomlEntry | undefined {
  return entries.find((e) => e.table === table && e.key === key);
}

/** True when `[table]` declares `key.workspace = true` or `key = { workspace = true }`. */
export function inheritsWorkspace(entries: TomlEntry[], table: string, key: string): boolean {
  return entries.some(
    (e) =>
      e.table === table &&
      ((e.key === `${key}.workspace` && e.raw === 'true') || (e.key === key && /^\{\s*workspace\s*=\s*true\s*\}$/.test(e.raw))),
  );
}

/**
 * The strings of an array value (`members = ["a", "crates/*"]`, over several lines, with comments), or undefined
 * when the value is not an array of plain strings.
 */
export function tomlStringArray(text: string, entry: TomlEntry): string[] | undefined {
  let i = entry.rawStart;
  if (text[i] !== '[') return undefined;
  i++;
  const out: string[] = [];
  for (;;) {
    const ws = /^(?:\s|#[^\n]*|,)*/.exec(text.slice(i))!;
    i += ws[0].length;
    if (i >= text.length) return undefined;
    if (text[i] === ']') return out;
    const s = /^"((?:[^"\\\n]|\\.)*)"/.exec(text.slice(i)) ?? /^'([^'\n]*)'/.exec(text.slice(i));
    if (!s) return undefined;
    out.push(text[i] === '"' ? (JSON.parse(`"${s[1]}"`) as string) : s[1]!);
    i += s[0].length;
  }
}
