import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);

// src/platform/errors.ts
var RelforgeError = class extends Error {
  /** Process exit code the CLI uses for this error (actions always fail with 1). */
  exitCode;
  constructor(message, options) {
    super(message, options?.cause !== void 0 ? { cause: options.cause } : void 0);
    this.name = "RelforgeError";
    this.exitCode = options?.exitCode ?? 1;
  }
};
var actionNamer = (f) => `Input "${f}"`;
function wordProblem(p, name) {
  if (typeof p === "string") return p;
  const text = p.message.replace(/\{\{([a-z0-9-]+)\}\}/g, (_m, f) => name(f).replace(/^Input /, ""));
  return p.field ? `${name(p.field)} ${text}` : text;
}
var SettingsError = class _SettingsError extends RelforgeError {
  problems;
  constructor(problems, options) {
    super(_SettingsError.format(problems, actionNamer), options);
    this.name = "SettingsError";
    this.problems = problems;
  }
  /** The message worded for a front end. */
  render(name) {
    return _SettingsError.format(this.problems, name);
  }
  static format(problems, name) {
    const lines = problems.map((p) => wordProblem(p, name));
    return lines.length === 1 ? lines[0] : `${lines.length} problems with the inputs:
- ${lines.join("\n- ")}`;
  }
};
function fieldError(field, message) {
  return new SettingsError([{ field, message }]);
}
var Problems = class {
  list = [];
  add(a, b) {
    this.list.push(b === void 0 ? a : { field: a, message: b });
  }
  /** Adds a caught error: a SettingsError's problems as they are (fields kept), else its message. */
  include(err, suffix = "") {
    if (err instanceof SettingsError) for (const q of err.problems) this.list.push(typeof q === "string" ? q + suffix : { ...q, message: q.message + suffix });
    else this.list.push(errorMessage(err) + suffix);
  }
  get count() {
    return this.list.length;
  }
  throwIfAny(options) {
    if (this.list.length) throw new SettingsError([...this.list], options);
  }
};
var FormatError = class extends Error {
  constructor(message, options) {
    super(message, options?.cause !== void 0 ? { cause: options.cause } : void 0);
    this.name = new.target.name;
  }
};
function asUserError(err) {
  return err instanceof FormatError ? new RelforgeError(err.message, { cause: err }) : err;
}
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}
function renderMessage(err, name, known) {
  if (err instanceof SettingsError) return err.render(name);
  const msg = errorMessage(err);
  if (!known) return msg;
  return msg.replace(/Input "([a-z0-9-]+)"/g, (m, f) => known(f) ? name(f) : m);
}

export {
  RelforgeError,
  SettingsError,
  fieldError,
  Problems,
  FormatError,
  asUserError,
  errorMessage,
  renderMessage
};
