import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  RelforgeError,
  errorMessage
} from "./chunk-ZSVB6QKT.js";

// src/signing/staged-write.ts
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var STAGED_NAME = /\.relforge-tmp-\d+-[0-9a-f]{8}(?:\.old)?$/;
var StageImpl = class {
  entries = /* @__PURE__ */ new Map();
  tag = `.relforge-tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  temp(target) {
    let e = this.entries.get(target);
    if (!e) {
      e = { target, temp: join(dirname(target), `.${basename(target)}${this.tag}`), keep: false };
      this.entries.set(target, e);
    }
    return e.temp;
  }
  keep(target) {
    this.temp(target);
    this.entries.get(target).keep = true;
  }
  current(target) {
    const e = this.entries.get(target);
    return e && !e.keep ? e.temp : target;
  }
  backup(target) {
    return join(dirname(target), `.${basename(target)}${this.tag}.old`);
  }
};
async function stagedWrite(steps, opts = {}) {
  const stage = new StageImpl();
  try {
    const result = await steps.write(stage);
    await steps.verify(result, stage);
    await commit(stage, steps, opts);
    return result;
  } finally {
    for (const e of stage.entries.values()) await rm(e.temp, { force: true }).catch(() => {
    });
  }
}
async function commit(stage, steps, opts) {
  const done = [];
  try {
    for (const entry of stage.entries.values()) {
      if (entry.keep) continue;
      const mode = steps.mode?.(entry.target);
      if (mode !== void 0) await chmod(entry.temp, mode);
      const backup = existsSync(entry.target) ? stage.backup(entry.target) : void 0;
      if (backup) await rename(entry.target, backup);
      done.push({ entry, backup });
      await rename(entry.temp, entry.target);
    }
  } catch (err) {
    await rollBack(done, opts);
    throw err instanceof RelforgeError ? err : new RelforgeError(`Could not move the verified outputs into place: ${errorMessage(err)}. Every target was restored.`, { cause: err });
  }
  for (const d of done) if (d.backup) await rm(d.backup, { force: true }).catch(() => {
  });
}
async function rollBack(done, opts) {
  for (const { entry, backup } of done.reverse()) {
    try {
      if (backup) await rename(backup, entry.target);
      else await rm(entry.target, { force: true });
    } catch (err) {
      opts.log?.(`could not restore ${entry.target}: ${errorMessage(err)}${backup ? ` (its earlier content is in ${backup})` : ""}`);
    }
  }
  if (done.length) opts.log?.(`restored the ${done.length} file(s) this run had replaced`);
}

export {
  STAGED_NAME,
  stagedWrite
};
