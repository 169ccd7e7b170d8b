import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  cliFlag,
  commandOf,
  optionsFor,
  parseValues
} from "./chunk-E2MW5JXR.js";
import {
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import {
  RelforgeError,
  SettingsError,
  errorMessage,
  renderMessage
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/args.ts
import { readFileSync, existsSync } from "node:fs";
import { parseArgs } from "node:util";
function cliNamer(schema) {
  return (field) => {
    const spec = schema.options[field];
    const flag = cliFlag(field, spec);
    if (spec?.cli?.positional) return `${metavar(field, spec)} arguments`;
    if (spec?.secret) return `--${flag}-file (or ${spec.env?.length ? `$${spec.env[0]}` : `--${flag}-env`})`;
    return `--${flag}`;
  };
}
function fileFlag(spec) {
  return !!spec.secret || !!spec.cli?.fileFlag;
}
function parseConfig(schema) {
  const options = {};
  const feeds = /* @__PURE__ */ new Map();
  for (const [name, spec] of optionsFor(schema, "cli")) {
    const flag = cliFlag(name, spec);
    const type = spec.type === "boolean" ? "boolean" : "string";
    const multiple = spec.type === "list";
    if (!spec.secret && !spec.cli?.positional) {
      for (const f of [flag, ...spec.cli?.aliases ?? []]) {
        options[f] = { type, multiple, ...f === flag && spec.cli?.short ? { short: spec.cli.short } : {} };
        feeds.set(f, { option: name, via: "value" });
      }
      if (spec.type === "boolean") {
        options[`no-${flag}`] = { type: "boolean" };
        feeds.set(`no-${flag}`, { option: name, via: "value" });
      }
    }
    if (fileFlag(spec)) {
      for (const f of [`${flag}-file`, ...spec.secret ? spec.cli?.fileAliases ?? [] : []]) {
        options[f] = { type: "string" };
        feeds.set(f, { option: name, via: "file" });
      }
    }
    if (spec.secret) {
      for (const f of [`${flag}-env`, ...spec.cli?.envAliases ?? []]) {
        options[f] = { type: "string" };
        feeds.set(f, { option: name, via: "env" });
      }
    }
  }
  return { options, feeds };
}
function parseCommandLine(schema, argv, env = process.env) {
  const { options, feeds } = parseConfig(schema);
  const positionalOption = optionsFor(schema, "cli").find(([, s]) => s.cli?.positional)?.[0];
  const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const raw = {};
  const given = /* @__PURE__ */ new Set();
  const flagOf = cliNamer(schema);
  const problems = [];
  for (const [key, value] of Object.entries(parsed.values)) {
    const feed = feeds.get(key);
    if (!feed || value === void 0) continue;
    const spec = schema.options[feed.option];
    given.add(feed.option);
    if (feed.via === "value") {
      if (spec.type === "boolean") raw[feed.option] = key.startsWith("no-") && key !== cliFlag(feed.option, spec) ? !value : value;
      else if (spec.type === "list") raw[feed.option] = [...raw[feed.option] ?? [], ...value];
      else raw[feed.option] = readPathOrValue(spec, value);
    } else if (feed.via === "file") {
      try {
        raw[feed.option] = readFileSync(value, "utf8");
      } catch (err) {
        problems.push(`--${key} ${String(value)}: ${errorMessage(err)}`);
      }
    } else {
      const v = env[value];
      if (!v) problems.push(`--${key} ${String(value)}: that environment variable is empty or not set.`);
      else raw[feed.option] = v;
    }
  }
  let positionals = parsed.positionals;
  if (positionalOption) {
    if (positionals.length) {
      raw[positionalOption] = [...positionals, ...raw[positionalOption] ?? []];
      given.add(positionalOption);
    }
    positionals = [];
  } else if (positionals.length) {
    problems.push(`Unexpected argument "${positionals[0]}": ${schema.name} takes options only.`);
  }
  for (const [name, spec] of optionsFor(schema, "cli")) {
    if (raw[name] !== void 0 || !spec.env) continue;
    const fromEnv = spec.env.map((e) => env[e]).find((v) => v !== void 0 && v !== "");
    if (fromEnv !== void 0) raw[name] = fromEnv;
  }
  for (const [name, spec] of Object.entries(schema.options)) {
    if (spec.secret && typeof raw[name] === "string") registerSecret(raw[name]);
  }
  if (problems.length) throw usageError(schema, problems.join("\n"));
  try {
    return { values: parseValues(schema, raw, "cli"), positionals, given };
  } catch (err) {
    if (err instanceof SettingsError) throw usageError(schema, err.render(flagOf));
    throw err;
  }
}
async function runCommand(cmd, argv, env = process.env) {
  try {
    let parsed;
    try {
      parsed = parseCommandLine(cmd.schema, argv, env);
    } catch (err) {
      if (err?.code?.startsWith("ERR_PARSE_ARGS_")) throw usageError(cmd.schema, errorMessage(err));
      throw err;
    }
    return await cmd.run(parsed.values, { given: parsed.given });
  } catch (err) {
    if (!(err instanceof RelforgeError)) throw err;
    const known = (f) => f in cmd.schema.options;
    const text = renderMessage(err, cliNamer(cmd.schema), known);
    throw text === err.message ? err : new RelforgeError(text, { exitCode: err.exitCode, cause: err });
  }
}
function readPathOrValue(spec, value) {
  if (!spec.cli?.pathOrValue) return value;
  const v = value.trim();
  if (v.includes("\n") || !existsSync(v)) return value;
  return readFileSync(v, "utf8");
}
function usageError(schema, message) {
  const name = commandName(schema);
  return new RelforgeError(`${message}

usage: ${usageLine(schema)}
(relforge ${name} --help shows every option)`, { exitCode: 2 });
}
function commandName(schema) {
  return commandOf(schema);
}
function usageLine(schema) {
  const pos = optionsFor(schema, "cli").find(([, s]) => s.cli?.positional);
  const required = optionsFor(schema, "cli").filter(([, s]) => s.required && !s.cli?.positional && !s.secret).map(([n, s]) => `--${cliFlag(n, s)} ${metavar(n, s)}`);
  return [`relforge ${commandName(schema)}`, ...pos ? [`${metavar(pos[0], pos[1])}…`] : [], ...required, "[options]"].join(" ");
}
function metavar(name, spec) {
  if (spec.cli?.metavar) return spec.cli.metavar;
  if (spec.choices) return spec.choices.join("|");
  if (spec.type === "integer") return "N";
  return name.toUpperCase().replace(/-/g, "_");
}
function usageText(schema, notes) {
  const lines = [schema.summary, "", `usage: ${usageLine(schema)}`, "", "options:"];
  for (const [name, spec] of optionsFor(schema, "cli")) {
    const flag = cliFlag(name, spec);
    let head;
    if (spec.cli?.positional) head = `${metavar(name, spec)}…`;
    else if (spec.secret) head = `--${flag}-file FILE | --${flag}-env VAR`;
    else if (spec.type === "boolean") head = spec.default === true ? `--${flag} | --no-${flag}` : `--${flag}`;
    else head = `--${flag} ${metavar(name, spec)}${spec.type === "list" ? " …" : ""}`;
    if (spec.cli?.short && !spec.secret) head = `-${spec.cli.short}, ${head}`;
    const extra = [];
    if (spec.required) extra.push("required");
    if (spec.default !== void 0 && spec.default !== "" && spec.default !== false) extra.push(`default: ${String(spec.default)}`);
    if (spec.env?.length) extra.push(`env: ${spec.env.join(", ")}`);
    if (spec.cli?.fileFlag && !spec.secret) extra.push(`or --${flag}-file FILE`);
    const text = `${spec.description}${extra.length ? ` (${extra.join("; ")})` : ""}`;
    lines.push(`  ${head}`, ...wrap(text, 96).map((l) => `      ${l}`));
  }
  if (notes) lines.push("", notes.trim());
  return lines.join("\n");
}
function wrap(text, width) {
  const out = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
export {
  cliNamer,
  commandName,
  parseCommandLine,
  runCommand,
  usageError,
  usageLine,
  usageText
};
