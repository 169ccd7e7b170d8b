import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  Git
} from "./chunk-4NSJM3RA.js";
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";

// src/git/release-time.ts
import { resolve } from "node:path";
async function releaseTime(o) {
  const epoch = (o.env ?? process.env).SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d{1,12}$/.test(epoch)) throw new RelforgeError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch.slice(0, 40)}".`);
    return { seconds: Number(epoch), source: "SOURCE_DATE_EPOCH" };
  }
  if (!o.rev) return void 0;
  const r = await new Git(resolve(o.cwd ?? process.cwd())).run(["show", "-s", "--format=%ct", `${o.rev}^{commit}`], { allowFailure: true }).catch(() => void 0);
  const ct = r?.code === 0 ? r.stdout.trim() : "";
  return /^\d{1,12}$/.test(ct) ? { seconds: Number(ct), source: "commit" } : void 0;
}

export {
  releaseTime
};
