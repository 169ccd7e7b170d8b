import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";

// src/signing/authenticode/rehearsal.ts
var REHEARSAL_ENV = "RELFORGE_REHEARSAL_TRUSTED_SIGNING";
var REHEARSAL_NOTICE = "REHEARSAL: Trusted Signing went to relforge's local emulators (signing service, Entra ID, timestamp server), and the signatures were verified against the emulator's TEST root only, not Microsoft's root and not your subject/EKU pins. This proves the flow, not your certificate profile.";
function loopback(value) {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
  } catch {
    return false;
  }
}
function trustedSigningRehearsal(env) {
  const raw = env[REHEARSAL_ENV];
  if (raw === void 0 || raw === "") return void 0;
  const refuse = (why) => new RelforgeError(`${REHEARSAL_ENV} is set but ${why}: refusing to sign (it swaps the trust anchor for an emulator's test root and is only for "relforge act --emulator"). Remove it from the job's environment.`);
  if (env.ACT !== "true") throw refuse("this is not a run under act");
  let r;
  try {
    r = JSON.parse(raw);
  } catch {
    throw refuse("it is not JSON");
  }
  for (const k of ["endpoint", "account", "profile", "authorityHost", "timestampUrl", "trustedRoot", "tsaRoot", "subject", "eku"]) {
    if (typeof r[k] !== "string" || r[k] === "") throw refuse(`it has no ${k}`);
  }
  for (const k of ["endpoint", "authorityHost", "timestampUrl"]) if (!loopback(r[k])) throw refuse(`its ${k} ${r[k]} is not a loopback address`);
  return r;
}
function applyRehearsal(s, r) {
  return {
    ...s,
    endpoint: r.endpoint,
    account: r.account,
    profile: r.profile,
    auth: { ...s.auth, authorityHost: r.authorityHost, accessToken: void 0 },
    timestampUrl: r.timestampUrl,
    trustedRoot: r.trustedRoot,
    tsaRoot: r.tsaRoot,
    expectedSubject: r.subject,
    expectedEku: [r.eku],
    rehearsal: REHEARSAL_NOTICE
  };
}

export {
  REHEARSAL_ENV,
  REHEARSAL_NOTICE,
  trustedSigningRehearsal,
  applyRehearsal
};
