import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  TAG,
  boolean,
  integer,
  octets,
  oid,
  parseDer,
  seq
} from "./chunk-CR5A2SQI.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/emulator/tsa.ts
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var HASH_LENGTHS = {
  "1.3.14.3.2.26": 20,
  "2.16.840.1.101.3.4.2.1": 32,
  "2.16.840.1.101.3.4.2.2": 48,
  "2.16.840.1.101.3.4.2.3": 64
};
function timeStampReqProblem(body) {
  try {
    const f = seq(parseDer(body, "TimeStampReq"), "TimeStampReq");
    if (integer(f[0]) !== 1n) return "TimeStampReq version must be 1";
    const [alg, hashed] = seq(f[1], "MessageImprint");
    const algOid = oid(seq(alg, "AlgorithmIdentifier")[0]);
    const want = HASH_LENGTHS[algOid];
    if (!want) return `unsupported messageImprint hash algorithm ${algOid}`;
    if (octets(hashed).length !== want) return `messageImprint is ${octets(hashed).length} bytes, expected ${want} for ${algOid}`;
    for (const n of f.slice(2)) {
      if (n.tag === TAG.OID || n.tag === TAG.INTEGER) continue;
      if (n.tag === TAG.BOOLEAN) boolean(n);
      else if (!n.isContext(0)) return `unexpected field with tag 0x${n.tag.toString(16)} in TimeStampReq`;
    }
    return void 0;
  } catch (e) {
    return `malformed TimeStampReq: ${e.message}`;
  }
}
function timeStampRespStatus(der) {
  const [status] = seq(parseDer(der, "TimeStampResp"), "TimeStampResp");
  return Number(integer(seq(status, "PKIStatusInfo")[0]));
}
function run(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args[0]} ${args[1] ?? ""} failed: ${stderr || err.message}`));
      else resolve();
    });
  });
}
async function startTsa(opts) {
  const dir = mkdtempSync(join(tmpdir(), "relforge-tsa-"));
  const serial = join(dir, "tsaserial");
  writeFileSync(serial, "01\n");
  const certsPath = join(dir, "tsa-certs.pem");
  writeFileSync(certsPath, (opts.extraCerts ?? []).map((c) => c.certPem.trim() + "\n").join(""));
  const cfg = join(dir, "tsa.cnf");
  writeFileSync(
    cfg,
    [
      "[ tsa ]",
      "default_tsa = tsa_config",
      "[ tsa_config ]",
      `serial = ${serial}`,
      "crypto_device = builtin",
      `signer_cert = ${opts.tsa.certPath}`,
      ...opts.extraCerts?.length ? [`certs = ${certsPath}`] : [],
      `signer_key = ${opts.tsa.keyPath}`,
      `signer_digest = ${opts.digest ?? "sha256"}`,
      "default_policy = 1.3.6.1.4.1.55555.1.1",
      "other_policies = 1.3.6.1.4.1.55555.1.2",
      "digests = sha1, sha256, sha384, sha512",
      "accuracy = secs:1",
      "ordering = yes",
      "tsa_name = yes",
      "ess_cert_id_chain = no",
      "ess_cert_id_alg = sha256",
      ""
    ].join("\n")
  );
  let seq2 = 0;
  const emu = { url: "", port: 0, requests: 0, close: async () => {
  } };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        if (emu.hang) return;
        if (emu.fail) {
          res.writeHead(emu.fail).end();
          return;
        }
        const ct = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
        if (req.method !== "POST" || ct !== "application/timestamp-query") {
          res.writeHead(req.method !== "POST" ? 405 : 415, { "content-type": "text/plain" }).end("expected POST application/timestamp-query\n");
          return;
        }
        const body = Buffer.concat(chunks);
        const problem = timeStampReqProblem(body);
        if (problem) {
          res.writeHead(400, { "content-type": "text/plain" }).end(`${problem}
`);
          return;
        }
        const n = ++seq2;
        const q = join(dir, `q${n}.tsq`);
        const r = join(dir, `r${n}.tsr`);
        writeFileSync(q, body);
        try {
          await run("openssl", ["ts", "-reply", "-config", cfg, "-section", "tsa_config", "-queryfile", q, "-out", r], dir);
          const reply = readFileSync(r);
          const status = timeStampRespStatus(reply);
          if (status > 1) throw new Error(`openssl ts -reply produced a rejection (PKIStatus ${status})`);
          emu.requests++;
          res.writeHead(200, { "content-type": "application/timestamp-reply", "content-length": reply.length }).end(reply);
        } catch (e) {
          res.writeHead(500, { "content-type": "text/plain" }).end(`${e.message}
`);
        } finally {
          rmSync(q, { force: true });
          rmSync(r, { force: true });
        }
      })();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = server.address().port;
  emu.port = port;
  emu.url = `http://127.0.0.1:${port}/`;
  emu.close = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      rmSync(dir, { recursive: true, force: true });
      resolve();
    });
  });
  return emu;
}
export {
  startTsa,
  timeStampReqProblem,
  timeStampRespStatus
};
