import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/cli/text.ts
function plainText(markdown) {
  return markdown.replace(/^#+ /gm, "").replace(/(?<!\\)`/g, "").replace(/(?<!\\)\*\*/g, "").replace(/\\([<>|`*_[\]\\])/g, "$1").trimEnd();
}

export {
  plainText
};
