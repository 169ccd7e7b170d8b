import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  detectRuntime
} from "./chunk-NSBA6LUF.js";
import {
  parseValues
} from "./chunk-E2MW5JXR.js";
import {
  nodeVersionProblem
} from "./chunk-6DPT4XSZ.js";
import {
  redact,
  registerSecret
} from "./chunk-A3HMJ4J5.js";
import {
  RelforgeError,
  errorMessage
} from "./chunk-ZSVB6QKT.js";

// src/actions/runner.ts
import { appendFileSync as appendFileSync2 } from "node:fs";
import { EOL as EOL2 } from "node:os";

// src/actions/workflow-commands.ts
import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function issueCommand(command, message, properties = {}) {
  const props = Object.entries(properties).filter(([, v]) => v !== "").map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  process.stdout.write(`::${command}${props ? ` ${props}` : ""}::${escapeData(message)}${EOL}`);
}
function rawInput(name) {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
function addMask(value) {
  issueCommand("add-mask", value);
}
function writeOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand("set-output", value, { name });
    return;
  }
  if (!existsSync(file)) throw new Error(`GITHUB_OUTPUT file ${file} does not exist`);
  const delimiter = heredocDelimiter();
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error("unexpected heredoc delimiter in output");
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}
var delimiterCount = 0;
function heredocDelimiter() {
  const rand = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return `ghadelimiter_${process.pid.toString(36)}_${Date.now().toString(36)}_${(delimiterCount++).toString(36)}_${rand}`;
}

// src/actions/runner.ts
async function runAction(body) {
  const nodeProblem = nodeVersionProblem(process.version);
  if (nodeProblem) {
    issueCommand("error", nodeProblem);
    process.exitCode = 1;
    return;
  }
  try {
    await body({ runtime: detectRuntime(process.env) });
  } catch (err) {
    const msg = redact(errorMessage(err));
    if (!(err instanceof RelforgeError) && err instanceof Error && err.stack) debug(redact(err.stack));
    issueCommand("error", msg);
    process.exitCode = 1;
  }
}
function readInputs(schema) {
  const raw = {};
  for (const [name, spec] of Object.entries(schema.options)) {
    if (spec.only === "cli") continue;
    const v = rawInput(name);
    if (spec.secret) maskSecret(v);
    raw[name] = v;
  }
  return parseValues(schema, raw, "action");
}
function maskSecret(v) {
  if (!v) return;
  addMask(v);
  for (const line of v.split(/\r?\n/)) if (line.trim() && line.trim() !== v) addMask(line.trim());
  registerSecret(v);
}
function setOutputs(_schema, outputs) {
  for (const [k, v] of Object.entries(outputs)) {
    if (v === void 0 || v === null) {
      writeOutput(k, "");
    } else if (typeof v === "object") {
      writeOutput(k, JSON.stringify(v));
    } else {
      writeOutput(k, String(v));
    }
  }
}
async function writeSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    debug("GITHUB_STEP_SUMMARY is not set on this runner; step summary skipped.");
    return;
  }
  try {
    appendFileSync2(file, `${redact(markdown).replace(/\n*$/, "")}
`, "utf8");
  } catch (err) {
    issueCommand("warning", `Could not write the step summary: ${redact(errorMessage(err))}`);
  }
}
var log = {
  info: (m) => process.stdout.write(redact(m) + EOL2),
  warning: (m) => issueCommand("warning", redact(m)),
  debug: (m) => debug(redact(m)),
  notice: (m) => issueCommand("notice", redact(m))
};
function debug(m) {
  issueCommand("debug", m);
}

export {
  runAction,
  readInputs,
  maskSecret,
  setOutputs,
  writeSummary,
  log
};
