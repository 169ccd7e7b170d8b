import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/cli/command.ts
function defineCommand(command) {
  return command;
}
function printResult(json, result, lines) {
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  for (const n of result.notes ?? []) console.log(`note: ${n}`);
  for (const line of lines(result)) console.log(line);
  return 0;
}

export {
  defineCommand,
  printResult
};
