import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  keygenSchema
} from "./chunk-O2AG6MW7.js";
import {
  generateKeyPair
} from "./chunk-CV2P5TFH.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import {
  RelforgeError,
  fieldError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/keygen.ts
import { existsSync, lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
var keygen_default = defineCommand({
  schema: keygenSchema,
  notes: `Writes DIR/NAME.key (minisign secret key, mode 0600) and DIR/NAME.pub. Store the .key (and the password)
as CI secrets (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD); publish or pin the .pub (variable MINISIGN_PUBLIC_KEY).
Existing files are kept unless --force, which replaces them by rename (never through a symbolic link: a link at
either path is refused).`,
  async run(v) {
    if (!/^[A-Za-z0-9._-]+$/.test(v.name) || v.name.startsWith(".")) throw fieldError("name", "must be a plain file name (letters, digits, . _ -).");
    const password = v.password || void 0;
    const dir = resolve(v.out);
    const keyPath = join(dir, `${v.name}.key`);
    const pubPath = join(dir, `${v.name}.pub`);
    for (const p of [keyPath, pubPath]) {
      const link = symlinkAt(p);
      if (link !== void 0) throw new RelforgeError(`${p} is a symbolic link (to ${link}): keygen neither writes through it nor replaces it. Remove the link, or choose another --out or --name.`);
      if (!v.force && existsSync(p)) throw new RelforgeError(`${p} already exists: keeping it (use --force to overwrite).`);
    }
    mkdirSync(dir, { recursive: true });
    const pair = await generateKeyPair(password);
    writeReplacing(keyPath, pair.secretKey, 384, !!v.force);
    writeReplacing(pubPath, pair.publicKey, 420, !!v.force);
    console.log(`Wrote ${keyPath} (${password ? "encrypted" : "NOT encrypted"}; keep it secret) and ${pubPath}.`);
    console.log(`Key id ${pair.keyIdHex}; public key: ${pair.publicKey.split("\n")[1]}`);
    console.log(`Verify with: minisign -Vm FILE -P ${pair.publicKey.split("\n")[1]}   or   relforge verify FILE --public-key ${pubPath}`);
    return 0;
  }
});
function symlinkAt(p) {
  try {
    return lstatSync(p).isSymbolicLink() ? readlinkSync(p) : void 0;
  } catch {
    return void 0;
  }
}
function writeReplacing(p, text, mode, replace) {
  if (!replace) {
    writeFileSync(p, text, { mode, flag: "wx" });
    return;
  }
  const tmp = `${p}.relforge-${randomBytes(6).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, text, { mode, flag: "wx" });
    renameSync(tmp, p);
  } finally {
    rmSync(tmp, { force: true });
  }
}
export {
  keygen_default as default
};
