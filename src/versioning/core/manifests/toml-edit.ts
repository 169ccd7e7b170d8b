/**
 * Line-based TOML reading for the few keys version files need: `[table]` / `[[array-table]]` headers and
 * `key = "string"` lines. Comments, spacing and everything else are left untouched by edits.
 */
export interface TomlEntry {
  /** Header of the table the key is in ('' for the root), e.g. `package`, `tool.poetry`. */
  table: string;
  /** Index of the `[[table]]` block (counts every array-table header), -1 for plain tables. */
  block: number;
  key: string;
  /** Raw value text (after `=`, comment removed, trimmed). */
  raw: string;
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
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
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
    const entry: TomlEntry = { table, block, key, raw: rest.replace(/\s+#.*$/, '').trim() };
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
