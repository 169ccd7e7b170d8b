/** Terminal text helpers shared by CLI commands. */

/** A markdown summary as terminal text: no heading marks, code spans, emphasis or escapes. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^#+ /gm, '')
    .replace(/(?<!\\)`/g, '')
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/\\([<>|`*_[\]\\])/g, '$1')
    .trimEnd();
}
