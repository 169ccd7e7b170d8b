import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  SettingsError
} from "./chunk-ZSVB6QKT.js";

// src/platform/options.ts
function defineSchema(schema) {
  return schema;
}
function commandOf(schema) {
  return schema.command ?? schema.name;
}
var TRUE = ["true", "yes", "1", "on"];
var FALSE = ["false", "no", "0", "off"];
function booleanWord(text) {
  const t = text.trim().toLowerCase();
  return TRUE.includes(t) ? true : FALSE.includes(t) ? false : void 0;
}
function splitList(text, separator = "comma") {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")).flatMap((l) => separator === "comma" ? l.split(",") : [l]).map((s) => s.trim()).filter(Boolean);
}
function parseValues(schema, raw, frontEnd) {
  const problems = [];
  const out = {};
  for (const [name, spec] of Object.entries(schema.options)) {
    if (spec.only && spec.only !== frontEnd) {
      out[name] = emptyValue(spec);
      continue;
    }
    const given = raw[name];
    const value = typed(name, spec, given, problems);
    out[name] = value;
  }
  if (problems.length) throw new SettingsError(problems);
  return out;
}
function emptyValue(spec) {
  if (spec.type === "boolean") return spec.default === true;
  if (spec.type === "list") return typeof spec.default === "string" ? splitList(spec.default, spec.separator) : [];
  return spec.default;
}
function typed(name, spec, given, problems) {
  if (spec.type === "boolean") {
    if (typeof given === "boolean") return given;
    const text2 = typeof given === "string" ? given.trim().toLowerCase() : "";
    if (text2 === "") return spec.default === true;
    const word = booleanWord(text2);
    if (word !== void 0) return word;
    problems.push({ field: name, message: `must be true or false, got "${String(given).trim()}".` });
    return spec.default === true;
  }
  if (spec.type === "list") {
    const items = Array.isArray(given) ? given.flatMap((g) => splitList(g, spec.separator)) : typeof given === "string" ? splitList(given, spec.separator) : [];
    const list = items.length ? items : emptyValue(spec);
    if (spec.required && list.length === 0) problems.push({ field: name, message: "is required but was empty or not set." });
    if (spec.choices) for (const item of list) checkChoice(name, spec.choices, item, problems);
    return list;
  }
  const text = (Array.isArray(given) ? given.at(-1) : typeof given === "string" ? given : void 0)?.trim() ?? "";
  const value = text === "" ? spec.default === void 0 ? void 0 : String(spec.default) : text;
  if (value === void 0) {
    if (spec.required) problems.push({ field: name, message: "is required but was empty or not set." });
    return void 0;
  }
  if (spec.choices && !checkChoice(name, spec.choices, value, problems)) return spec.default;
  if (spec.type === "integer") {
    const n = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      const range = spec.min !== void 0 && spec.max !== void 0 ? ` from ${spec.min} to ${spec.max}` : "";
      problems.push({ field: name, message: `must be a whole number${range}, got "${value}".` });
      return spec.default;
    }
    return n;
  }
  return value;
}
function checkChoice(name, choices, value, problems) {
  if (choices.includes(value)) return true;
  problems.push({ field: name, message: `must be ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(", ")}`}, got "${value}".` });
  return false;
}
function stringOption(description, metavar) {
  return { type: "string", description, cli: metavar ? { metavar } : {} };
}
function flag(description) {
  return { type: "boolean", default: false, description };
}
function choiceOption(defaultValue, choices, description) {
  return { type: "string", default: defaultValue, choices, description };
}
function requiredString(description, metavar) {
  return { type: "string", required: true, description, cli: { metavar } };
}
function stringDefault(defaultValue, description, metavar) {
  return { type: "string", default: defaultValue, description, cli: { metavar } };
}
function cliFlag(name, spec) {
  return spec?.cli?.flag ?? name;
}
function optionsFor(schema, frontEnd) {
  return Object.entries(schema.options).filter(([, s]) => !s.only || s.only === frontEnd);
}

export {
  defineSchema,
  commandOf,
  booleanWord,
  parseValues,
  stringOption,
  flag,
  choiceOption,
  requiredString,
  stringDefault,
  cliFlag,
  optionsFor
};
