export const id = 109;
export const ids = [109];
export const modules = {

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ sign_trusted)
});

// EXTERNAL MODULE: ./src/platform/runtime.ts
var runtime = __webpack_require__(6387);
// EXTERNAL MODULE: ./src/platform/secrets.ts
var secrets = __webpack_require__(9002);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/platform/fs.ts
var fs = __webpack_require__(5732);
// EXTERNAL MODULE: ./src/platform/retry.ts
var retry = __webpack_require__(385);
// EXTERNAL MODULE: ./src/platform/url.ts
var url = __webpack_require__(4130);
// EXTERNAL MODULE: ./src/signing/authenticode/trusted-signing-service.ts
var trusted_signing_service = __webpack_require__(2512);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 17 modules
var tool_cache = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/platform/http.ts
var http = __webpack_require__(1267);
// EXTERNAL MODULE: ./src/signing/authenticode/options.ts
var options = __webpack_require__(8125);
;// CONCATENATED MODULE: ./src/signing/authenticode/jsign.ts
/**
 * jsign adapter: acquire the pinned jsign jar (Maven Central via @actions/tool-cache, SHA-256 checked,
 * cached), find Java, and run jsign once for all files against Azure Trusted Signing.
 * The access token goes to jsign through an environment variable (`--storepass env:VAR`), never argv.
 * jsign 7.5 has no HTTP timeouts: JVM connect/read timeouts are set and the process is killed after
 * an outer deadline (reference/trusted-signing.md §7).
 */












/** jsign versions relforge knows, with the SHA-256 of `net.jsign:jsign:<v>` on Maven Central. */
const JSIGN_PINS = {
    // Maven Central jsign-7.5.jar (its published .sha1 f71ce8b6df19371c5cbf084223f142f9f678a7bb matches this file).
    '7.5': '602a51c3545a6dc4fb99bd2ea7152b26d1345916d0c93ddfbd5936cb735af91c',
};
const MAVEN_CENTRAL = 'https://repo1.maven.org/maven2';
/**
 * TEST ONLY: RELFORGE_MAVEN_BASE replaces the Maven Central base URL (a loopback emulator in tests).
 * The SHA-256 pin is still enforced, so it cannot be used to run an unpinned jar.
 */
const MAVEN_BASE_ENV = 'RELFORGE_MAVEN_BASE';
const TOKEN_ENV = 'RELFORGE_TRUSTED_SIGNING_TOKEN';
/** `7.5` (a pinned version) or `7.6@<sha256 hex>` (any other version with its pin). */
function parseJsignVersion(spec) {
    const s = (spec ?? '').trim() || options/* DEFAULT_JSIGN_VERSION */.z5;
    const m = /^(\d+(?:\.\d+){0,3})(?:@(?:sha256:)?([0-9a-fA-F]{64}))?$/.exec(s);
    if (!m)
        throw (0,errors/* fieldError */.$i)('jsign-version', `must be a version like ${options/* DEFAULT_JSIGN_VERSION */.z5}, or VERSION@SHA256 for a version relforge has no pin for; got "${(0,secrets/* excerpt */.Kb)(s, 100)}".`);
    const version = m[1];
    const sha256 = (m[2] ?? JSIGN_PINS[version])?.toLowerCase();
    if (!sha256)
        throw (0,errors/* fieldError */.$i)('jsign-version', `names jsign ${version}, for which relforge has no SHA-256 pin (known: ${Object.keys(JSIGN_PINS).join(', ')}): give ${version}@<sha256 of jsign-${version}.jar> or use {{jsign-path}}.`);
    return { version, sha256 };
}
function ensureRunnerDirs(env) {
    // @actions/tool-cache needs these; outside a runner (the CLI) use a per-user cache.
    if (!env.RUNNER_TOOL_CACHE)
        process.env.RUNNER_TOOL_CACHE = (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache', 'relforge', 'tool-cache');
    if (!env.RUNNER_TEMP)
        process.env.RUNNER_TEMP = (0,external_node_os_.tmpdir)();
}
/** The jar to run: `jsign-path` as given, else the pinned version from the tool cache or Maven Central. */
async function acquireJsign(opts) {
    const env = opts.env ?? process.env;
    if (opts.jsignPath) {
        const p = opts.jsignPath;
        if (!(0,external_node_fs_.existsSync)(p) || !(0,external_node_fs_.statSync)(p).isFile())
            throw (0,errors/* fieldError */.$i)('jsign-path', `names "${p}", which is not a file; give the path of a jsign jar (e.g. jsign-${options/* DEFAULT_JSIGN_VERSION */.z5}.jar) or leave it empty to download the pinned jsign.`);
        return { jar: p, version: 'custom', source: 'path' };
    }
    const { version, sha256 } = parseJsignVersion(opts.version);
    ensureRunnerDirs(env);
    // tool-cache wants x.y.z versions.
    const cacheVersion = [...version.split('.'), '0', '0'].slice(0, Math.max(3, version.split('.').length)).join('.');
    const cachedDir = tool_cache/* find */.I6('jsign', cacheVersion);
    if (cachedDir) {
        const jar = (0,external_node_path_.join)(cachedDir, `jsign-${version}.jar`);
        if ((0,external_node_fs_.existsSync)(jar) && (await (0,fs/* sha256File */.Q3)(jar)) === sha256)
            return { jar, version, source: 'cache' };
        opts.log?.(`Cached jsign ${version} does not match its SHA-256 pin; downloading it again.`);
    }
    const base = (env[MAVEN_BASE_ENV] || MAVEN_CENTRAL).replace(/\/+$/, '');
    (0,http/* assertSecureUrl */.be)(base, MAVEN_BASE_ENV);
    const url = `${base}/net/jsign/jsign/${version}/jsign-${version}.jar`;
    opts.log?.(`Downloading jsign ${version} from ${url}`);
    let downloaded;
    try {
        downloaded = await tool_cache/* downloadTool */.bq(url);
    }
    catch (err) {
        throw new errors/* RelforgeError */.fY(`Could not download jsign ${version} from ${url}: ${(0,secrets/* excerpt */.Kb)((0,errors/* errorMessage */.gJ)(err))}. Check the runner's access to Maven Central, or provide the jar with "jsign-path".`, { cause: err });
    }
    const actual = await (0,fs/* sha256File */.Q3)(downloaded);
    if (actual !== sha256) {
        (0,external_node_fs_.rmSync)(downloaded, { force: true });
        throw new errors/* RelforgeError */.fY(`SHA-256 mismatch for jsign-${version}.jar downloaded from ${url}: expected ${sha256}, got ${actual}. The download was discarded; nothing was signed. If you pinned the version yourself, check the hash in "jsign-version".`);
    }
    const dir = await tool_cache/* cacheFile */.NJ(downloaded, `jsign-${version}.jar`, 'jsign', cacheVersion);
    (0,external_node_fs_.rmSync)(downloaded, { force: true });
    return { jar: (0,external_node_path_.join)(dir, `jsign-${version}.jar`), version, source: 'download' };
}
/** `$JAVA_HOME/bin/java`, else `java` on PATH; a clear error naming actions/setup-java otherwise. */
function findJava(env = process.env) {
    const candidates = [];
    if (env.JAVA_HOME)
        candidates.push((0,external_node_path_.join)(env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java'));
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter))
        if (dir)
            candidates.push((0,external_node_path_.join)(dir, process.platform === 'win32' ? 'java.exe' : 'java'));
    for (const c of candidates)
        if ((0,external_node_fs_.existsSync)(c))
            return c;
    throw new errors/* RelforgeError */.fY('Java was not found (no $JAVA_HOME/bin/java and no "java" on PATH); jsign needs Java 8 or newer. ' +
        'Add a step before this one: "uses: actions/setup-java@v4" with "distribution: temurin" and "java-version: 21" ' +
        '(on Gitea/Forgejo use a runner image with a JRE, or install default-jre-headless).');
}
/** jsign failed; `transient` when the service answered 429/5xx (jsign 7.5 itself never retries). */
class JsignError extends errors/* RelforgeError */.fY {
    transient;
    constructor(message, transient) {
        super(message);
        this.transient = transient;
        this.name = 'JsignError';
    }
}
/** True when jsign's output shows a throttling or server-side error worth one more attempt. */
function isTransientJsignFailure(output) {
    return /HTTP Error (?:429|50\d)\b|\b(?:429|50\d) - |InternalServerError|ServiceUnavailable|TooManyRequests|BadGateway|GatewayTimeout/.test(output);
}
/** The jsign command line (no secret in it: the token is read from env var TOKEN_ENV). */
function jsignArgs(r) {
    const connect = r.connectTimeoutMs ?? 30_000;
    const read = r.readTimeoutMs ?? 60_000;
    const args = [
        `-Dsun.net.client.defaultConnectTimeout=${connect}`,
        `-Dsun.net.client.defaultReadTimeout=${read}`,
        '-Djava.awt.headless=true',
        '-jar',
        r.jar,
        '--storetype',
        'TRUSTEDSIGNING',
        '--keystore',
        r.endpoint,
        '--storepass',
        `env:${TOKEN_ENV}`,
        '--alias',
        `${r.account}/${r.profile}`,
        '--tsaurl',
        r.tsaUrl,
        '--tsmode',
        'RFC3161',
        '--replace',
        '-d',
        r.digest.replace(/^SHA/, 'SHA-'),
    ];
    if (r.description)
        args.push('-n', r.description);
    if (r.descriptionUrl)
        args.push('-u', r.descriptionUrl);
    args.push(...r.files);
    return args;
}
/** An actionable reading of jsign's error output. */
function explainJsignFailure(output) {
    const lines = output
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const errLines = lines.filter((l) => /^jsign:|Exception|Error|failed|timed out/i.test(l) && !/^\s*at /.test(l));
    // Redact, then cut (excerpt): a token echoed across the cut must not leak in part.
    const detail = (0,secrets/* excerpt */.Kb)((errLines.length ? errLines : lines.slice(-3)).slice(0, 4).join(' | '), 600);
    const hints = [];
    const http = (codes) => new RegExp(`HTTP Error (?:${codes})\\b|\\b(?:${codes}) - |(?:^|[\\s(])(?:${codes})(?=[\\s:,.)]|$)`, 'm');
    if (http('403').test(output) || /Forbidden/.test(output))
        hints.push(`HTTP 403: ${trusted_signing_service/* SIGNER_ROLE_HINT */.ik}; and "endpoint" must be the signing account's region`);
    if (http('401').test(output) || /Unauthorized/.test(output))
        hints.push(`HTTP 401: the token must be for the scope ${trusted_signing_service/* CODESIGNING_SCOPE */.yq}; jsign ${options/* DEFAULT_JSIGN_VERSION */.z5} speaks api-version 2022-06-15-preview, which some accounts reject with 401 (ebourg/jsign#350)`);
    if (http('404').test(output) || /\bNotFound\b/.test(output))
        hints.push('HTTP 404: check "account" and "profile"');
    if (http('429').test(output) || /TooManyRequests/.test(output))
        hints.push('HTTP 429: the service is throttling; re-run the step later');
    if (http('50\\d').test(output) || /InternalServerError|ServiceUnavailable|BadGateway|GatewayTimeout/.test(output))
        hints.push('the service answered with a server error; re-run the step later');
    if (/private key doesn't match the certificate/.test(output))
        hints.push("the service's signature does not match the certificate it returned (key or certificate rotated mid-run, or a service fault); re-run the step");
    if (/timed out|SocketTimeout|Read timed out/i.test(output))
        hints.push('a service call timed out; raise "timeout-seconds" or re-run');
    if (/timestamp/i.test(output) && !/\b40[13]\b/.test(output))
        hints.push('timestamping failed: check "timestamp-url"');
    return (0,secrets/* redact */.E$)(`${detail || 'no error output'}${hints.length ? ` (${hints.join('; ')})` : ''}`);
}
/** Runs jsign once for all files. Rejects with an actionable RelforgeError on non-zero exit or timeout. */
function runJsign(r) {
    const args = jsignArgs(r);
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(r.java, args, {
            env: { ...(r.env ?? process.env), [TOKEN_ENV]: r.token },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        let pending = '';
        let killed = false;
        const onData = (d) => {
            const text = d.toString('utf8');
            output += text;
            if (output.length > 1_000_000)
                output = output.slice(-500_000);
            pending += text;
            const parts = pending.split(/\r?\n/);
            pending = parts.pop() ?? '';
            for (const line of parts)
                if (line.trim())
                    r.onOutput?.((0,secrets/* redact */.E$)(line));
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        const timer = setTimeout(() => {
            killed = true;
            child.kill('SIGKILL');
        }, r.timeoutMs);
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(new errors/* RelforgeError */.fY(`Could not start Java (${r.java}): ${(0,secrets/* redact */.E$)(err.message)}. Install a JRE (actions/setup-java) or set JAVA_HOME.`, { cause: err }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (pending.trim())
                r.onOutput?.((0,secrets/* redact */.E$)(pending));
            const durationMs = Date.now() - started;
            if (killed) {
                reject(new errors/* RelforgeError */.fY(`jsign did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped. The signing service or the timestamp server stalled ` +
                    `(last output: ${explainJsignFailure(output)}). Re-run the step, or raise "timeout-seconds".`));
                return;
            }
            if (code !== 0) {
                reject(new JsignError(`jsign failed (exit ${code ?? signal}): ${explainJsignFailure(output)}`, isTransientJsignFailure(output)));
                return;
            }
            resolve({ output: (0,secrets/* redact */.E$)(output), durationMs });
        });
    });
}

;// CONCATENATED MODULE: ./src/signing/authenticode/microsoft-root.ts
/**
 * The default trust anchor for Azure Trusted Signing (Artifact Signing) certificates:
 * "Microsoft Identity Verification Root Certificate Authority 2020" (self-signed, valid 2020-04-16 … 2045-04-16).
 * It is in neither Debian's ca-certificates nor the JDK store, so relforge ships it pinned.
 * SHA-256 fingerprint 53:67:F2:0C:7A:DE:0E:2B:CA:79:09:15:05:6D:08:6B:72:0C:33:C1:FA:2A:26:61:AC:F7:87:E3:29:2E:12:70
 * (reference/trusted-signing.md §4; the same certificate closes the chain in jsign's captured service fixture
 * trustedsigning-sign.json). test/sign-trusted-unit.test.ts re-checks fingerprint, subject and self-signature.
 */
const MICROSOFT_ID_VERIFICATION_ROOT_2020_SHA256 = '53:67:F2:0C:7A:DE:0E:2B:CA:79:09:15:05:6D:08:6B:72:0C:33:C1:FA:2A:26:61:AC:F7:87:E3:29:2E:12:70';
const MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM = `
-----BEGIN CERTIFICATE-----
MIIFzDCCA7SgAwIBAgIQVJjS0dRbGZVIE3nIEcCHmTANBgkqhkiG9w0BAQwFADB3
MQswCQYDVQQGEwJVUzEeMBwGA1UEChMVTWljcm9zb2Z0IENvcnBvcmF0aW9uMUgw
RgYDVQQDEz9NaWNyb3NvZnQgSWRlbnRpdHkgVmVyaWZpY2F0aW9uIFJvb3QgQ2Vy
dGlmaWNhdGUgQXV0aG9yaXR5IDIwMjAwHhcNMjAwNDE2MTgzNjE2WhcNNDUwNDE2
MTg0NDQwWjB3MQswCQYDVQQGEwJVUzEeMBwGA1UEChMVTWljcm9zb2Z0IENvcnBv
cmF0aW9uMUgwRgYDVQQDEz9NaWNyb3NvZnQgSWRlbnRpdHkgVmVyaWZpY2F0aW9u
IFJvb3QgQ2VydGlmaWNhdGUgQXV0aG9yaXR5IDIwMjAwggIiMA0GCSqGSIb3DQEB
AQUAA4ICDwAwggIKAoICAQCzkSoHgwZn/Z6d4MfAt6TmQgR/D6bbX/vVWtdFoPt3
C/CA86ZtWk15U9ighoRXRSDHolT7x6K/isduNfOiFcQvTuNKhZZJDf++mdgU9rwn
B+5Cmyv1C5IG5P1pE2WokXLymITrgz0O5NdxEkghyw3t9kdJt5v5yccXtoRP/7is
mtdzZ0mF44a9N0DQJYbU3rXCbWJq1al4vC1vSfnlbBQU/RTH02UWN97LbrxeKY39
YpsVLNYF5rmJMjOjYsfX1lJnCMQu9FYrnguHzOyntKaq6wXNGVelOgsEJxyRZ54t
Yi0vHr7awCDLBBnKM/uJvpjicqByNb554ZyDb+RtF2+Q8z0AhnU4jtDgSZq729P4
MMrVV4hoTXLTv21/cdj9vQ2ukmRIt1tveSa1zZuVIYTR7w8yPXtXjPNFB0x84F4Y
DjV2i22eyzZ0qwX44HNdMlaUZ5clCsY1PZSX58FEi4D9wfj0dBnlMPYG+yFXPgYc
i2sVhidJe4KTylnodUfoPzj0x1N5oLa04lxR771fOMET5ngMlVouxUBZKMwPJMDs
ugl3I5k4prYc2se6ILbXN9h/N68I4ztx225zG32ZcrDkhjNZdLUWAHtQbcaGE9r9
xDmCPSQAmmDaupTABVEsNKxQmROHu7MFgLJNMAJcuCaDXbRjc++uI5VPYCi+N9Vb
pQIDAQABo1QwUjAOBgNVHQ8BAf8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAdBgNV
HQ4EFgQUyH7SaoUqG8oZmAQHJ89QEE9oqKIwEAYJKwYBBAGCNxUBBAMCAQAwDQYJ
KoZIhvcNAQEMBQADggIBAK9q3eYZ5y2UQxlOy+lQlWSlA5ECi+I2gDsVolLCFhm2
alpddEMw9Jv/YHQJsSEekBZtxSSPXGaIY/RPzH3yEkxAEIsBn9qpyK7ylRvPnQXr
ST50oGhb5VYsZRyCflPaVtlGF3mSRcQQNghSKRfLL6byftRpJIoej7BzDcwcSquy
qu2nkWMBZCKoMrh+MiizZ3MtkbTcMQEL90cKpvHXSu1WYMQsCKN7QLC8dCdSh9a+
iN03ioluZ4gd9cldoP62qzqA1xqXPBc2IkEerE3Vg+Y8OL1PMOlUqdO2BMMydmG7
sBjFKxizwIDVt5WwXlFNIvzsWKro2JS0pS7tkt7nGHwhV91VY/e/bc0f0qZ3KHDH
4ls6WwjSW07IAJaz4YM2r4YKZVx09ursemp0oPBL7u+Uo6xQ8oft1zowg8n7fVe+
5eP4QcrlZK6zo+xY7IWazO+56vNWGLlcc5qvxXcXg1nbNxoYclSlQdK2I3WjQ5rl
d3yWebdBjb/s3ICgn9F3dVhfNRPgJRpnC33OJfoHCuRhIdjUHOUHxjaZ9JbQxhX+
Ts3Xroud2xb9BMaSvdSI5qmjqrv3ZDg7X8wM0DW+dBkDpsWqTKJhNoI+HfMrvJdd
20t4Oy31O+9gI+j17AsjNpWvmGa/U9N7uGlKKpZmacSUxvRfbqyYeIiABlyisu2i
-----END CERTIFICATE-----
`;

// EXTERNAL MODULE: ./src/signing/authenticode/verify.ts + 5 modules
var verify = __webpack_require__(1637);
// EXTERNAL MODULE: ./src/signing/staged-write.ts
var staged_write = __webpack_require__(6747);
;// CONCATENATED MODULE: ./src/signing/authenticode/sign-trusted.ts
/**
 * `signTrusted`: Authenticode-sign files with Azure Trusted Signing through jsign, fail-closed.
 *
 *   validate → token (+ preflight of account/profile) → jsign + Java → copy files to a temp dir →
 *   jsign once for all copies (re-run with retry() on a transient service error) → staged write
 *   (../staged-write.ts): signed copies next to the originals → verify each one independently (pinned root,
 *   subject, EKU, timestamp) → rename them into place, or roll back.
 *
 * Until the final renames nothing outside the temp dir and the staged files is written; any failure leaves
 * the originals byte-for-byte untouched (design.md, invariant 2).
 */



















const DIGESTS = ['SHA256', 'SHA384', 'SHA512'];
const SERVICE_EKU = '1.3.6.1.4.1.311.97.1.0';
const JSIGN_ATTEMPTS = 2;
const RETRY_PAUSE_MS = 5_000;
const OID_RE = /^[0-2](\.(0|[1-9]\d*))+$/;
function readPem(value, field, problems, cwd) {
    const v = value.trim();
    let text = v;
    if (!v.includes('-----BEGIN')) {
        const p = (0,external_node_path_.resolve)(cwd, v);
        if (!(0,external_node_fs_.existsSync)(p)) {
            problems.add(field, `must be PEM text or the path of a PEM file; "${v}" does not exist.`);
            return undefined;
        }
        text = (0,external_node_fs_.readFileSync)(p, 'utf8');
    }
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (blocks.length === 0) {
        problems.add(field, 'holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks).');
        return undefined;
    }
    for (const b of blocks) {
        try {
            new external_node_crypto_.X509Certificate(b);
        }
        catch (err) {
            problems.add(field, `has a certificate that does not parse: ${(0,errors/* errorMessage */.gJ)(err)}.`);
            return undefined;
        }
    }
    return blocks.join('\n') + '\n';
}
/** PE ("MZ") or MSI (OLE compound file); other types cannot be verified independently, so they are refused. */
function fileKind(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const b = Buffer.alloc(8);
        const n = (0,external_node_fs_.readSync)(fd, b, 0, 8, 0);
        if (n >= 2 && b[0] === 0x4d && b[1] === 0x5a)
            return 'pe';
        if (n === 8 && b.equals(Buffer.from('d0cf11e0a1b11ae1', 'hex')))
            return 'msi';
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Checks every setting at once; the problems are reported by field (SettingsError). */
function validateSettings(s) {
    const problems = new errors/* Problems */.Zw();
    const cwd = (0,external_node_path_.resolve)(s.cwd ?? process.cwd());
    let endpoint = '';
    try {
        endpoint = (0,trusted_signing_service/* normalizeEndpoint */.lI)(s.endpoint);
    }
    catch (err) {
        problems.include(err);
    }
    for (const [field, message] of (0,trusted_signing_service/* validateAccountProfile */.Jj)(s.account, s.profile))
        problems.add(field, message);
    const digest = (s.digest || 'SHA256').toUpperCase().replace('-', '');
    if (!DIGESTS.includes(digest))
        problems.add('digest', `must be SHA256, SHA384 or SHA512, got "${s.digest}".`);
    const timestampUrl = (s.timestampUrl || options/* DEFAULT_TIMESTAMP_URL */.XS).trim();
    // The default TSA is plain http (Microsoft's); a timestamp request carries no secret.
    const tsaProblem = (0,url/* urlInputProblem */.F)(timestampUrl.replace(/^http:\/\//i, 'https://'));
    if (tsaProblem)
        problems.add('timestamp-url', `${tsaProblem.replace(/\.$/, '')} (an RFC 3161 timestamp server).`);
    const roots = s.trustedRoot?.trim() ? readPem(s.trustedRoot, 'trusted-root', problems, cwd) : MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM;
    const tsaRoots = s.tsaRoot?.trim() ? readPem(s.tsaRoot, 'tsa-root', problems, cwd) : roots;
    const expectedEku = (s.expectedEku ?? []).map((e) => e.trim()).filter(Boolean);
    for (const e of expectedEku)
        if (!OID_RE.test(e))
            problems.add('expected-eku', `has "${e}", which is not an OID (e.g. 1.3.6.1.4.1.311.97.123456789.1.2.3).`);
    const expectedSubject = s.expectedSubject?.trim() || undefined;
    if (expectedSubject && !/^\s*[A-Za-z0-9.]+\s*=/.test(expectedSubject))
        problems.add('expected-subject', `must be attribute=value pairs like "CN=Contoso Ltd, O=Contoso Ltd", got "${expectedSubject}".`);
    const secs = s.timeoutSeconds ?? 600;
    if (!Number.isFinite(secs) || secs < 5 || secs > 6 * 3600)
        problems.add('timeout-seconds', `must be a number of seconds between 5 and 21600, got "${s.timeoutSeconds}".`);
    if (s.auth.authorityHost) {
        const p = (0,url/* urlInputProblem */.F)(s.auth.authorityHost);
        if (p)
            problems.add('authority-host', p);
    }
    if (roots && tsaRoots && problems.count === 0) {
        try {
            (0,verify/* checkAuthenticodePins */.Up)({ roots, tsaRoots, subject: expectedSubject, ekus: expectedEku }, verify/* PIN_FIELDS */.Ir);
        }
        catch (err) {
            problems.include(err);
        }
    }
    problems.throwIfAny();
    return { endpoint, digest, timestampUrl, roots: roots, tsaRoots: tsaRoots, expectedEku, expectedSubject, timeoutMs: secs * 1000 };
}
/** Copies src to dst while hashing it (one read). */
async function copyHashed(src, dst, mode) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            h.update(chunk);
            cb(null, chunk);
        },
    });
    await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(src, { highWaterMark: fs/* READ_CHUNK */.vA }), tap, (0,external_node_fs_.createWriteStream)(dst, { flags: 'wx', ...(mode !== undefined ? { mode } : {}) }));
    return h.digest('hex');
}
async function signTrusted(s) {
    const started = Date.now();
    const log = s.log ?? (() => { });
    const env = s.env ?? process.env;
    const cwd = (0,external_node_path_.resolve)(s.cwd ?? process.cwd());
    const v = validateSettings(s);
    const files = await (0,fs/* expandFiles */.CC)(s.files, { cwd, inputName: 'files', allowOutsideWorkspace: s.allowOutsideWorkspace, allowOption: 'allow-outside-workspace', env });
    const rel = (p) => (0,external_node_path_.relative)(cwd, p) || (0,external_node_path_.basename)(p);
    const unsupported = files.filter((f) => !fileKind(f));
    if (unsupported.length) {
        throw (0,errors/* fieldError */.$i)('files', `has ${unsupported.map(rel).join(', ')}, neither a PE file (.exe/.dll/.sys/.efi) nor an MSI; relforge signs only what it can verify independently afterwards.`);
    }
    // 1. Credentials first: nothing is touched before the service has accepted us.
    const deadline = Date.now() + v.timeoutMs;
    const auth = await authorize(s, v, env, deadline, log);
    // 2. Tools.
    const java = findJava(env);
    const jsign = await acquireJsign({ version: s.jsignVersion, jsignPath: s.jsignPath, env, log });
    log(`Using jsign ${jsign.version} (${jsign.source}): ${jsign.jar}`);
    // 3. Sign copies, then stage, verify and commit them.
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-sign-trusted-'));
    try {
        const copies = [];
        for (const [i, f] of files.entries()) {
            const dir = (0,external_node_path_.join)(work, String(i));
            (0,external_node_fs_.mkdirSync)(dir);
            const copy = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(f));
            copies.push({ original: f, copy, before: await copyHashed(f, copy), mode: (0,external_node_fs_.statSync)(f).mode & 0o7777 });
        }
        const run = await signCopies(s, v, { java, jar: jsign.jar, token: auth.token.token, copies, deadline, env, log, rel });
        const signed = await commitSigned(v, auth.identityEkus, copies, rel, log);
        log(`Signed and verified ${signed.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s (jsign ${(run.durationMs / 1000).toFixed(1)} s).`);
        return {
            signed,
            signerSubject: [...new Set(signed.map((x) => x.signerSubject))].join('; '),
            tokenMethod: auth.token.method,
            jsign: { version: jsign.version, source: jsign.source, durationMs: run.durationMs },
            identityEkus: auth.identityEkus,
            durationMs: Date.now() - started,
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** Token + preflight; the identity EKU pin (given, or the one the service reports for the profile). */
async function authorize(s, v, env, deadline, log) {
    const left = () => Math.max(5_000, deadline - Date.now());
    const token = await (0,trusted_signing_service/* getAccessToken */.iD)({ ...s.auth, onSecret: s.onSecret, deadlineMs: Math.min(120_000, left()) }, s.runtime, env);
    s.onSecret?.(token.token);
    log(`Obtained an Entra ID access token (${token.method}).`);
    const pre = await (0,trusted_signing_service/* preflight */.Mz)({ endpoint: v.endpoint, account: s.account, profile: s.profile, token: token.token, deadlineMs: Math.min(120_000, left()) });
    const serviceIdentityEkus = pre.ekus.filter((e) => e.startsWith('1.3.6.1.4.1.311.97.') && e !== SERVICE_EKU);
    let identityEkus = v.expectedEku;
    if (identityEkus.length === 0) {
        if (serviceIdentityEkus.length === 1) {
            identityEkus = serviceIdentityEkus;
            log(`Pinning the identity EKU the service reports for this profile: ${identityEkus[0]} (set "expected-eku" to pin it yourself).`);
        }
        else {
            log(`No "expected-eku" pin and the service reported ${serviceIdentityEkus.length} identity EKUs: only the root${v.expectedSubject ? ' and subject' : ''} pins apply. Set "expected-eku" for a stronger guarantee.`);
        }
    }
    else {
        for (const e of identityEkus) {
            if (pre.ekus.length && !pre.ekus.includes(e)) {
                throw (0,errors/* fieldError */.$i)('expected-eku', `has ${e}, which is not among the EKUs of profile "${s.profile}" (${pre.ekus.join(', ') || 'none'}); a signature could never match this pin. Check {{profile}} and {{expected-eku}}.`);
            }
        }
    }
    log(`Preflight OK: account "${s.account}", profile "${s.profile}" at ${v.endpoint}.`);
    return { token, identityEkus };
}
/** jsign once for all copies; jsign 7.5 never retries, so a 429/5xx re-runs it (with retry()) on fresh copies. */
async function signCopies(s, v, c) {
    const named = (text) => c.copies.reduce((t, x) => t.split(x.copy).join(c.rel(x.original)), text);
    return (0,retry/* retry */.L5)(async (attempt) => {
        const remaining = c.deadline - Date.now();
        if (remaining < 5_000)
            throw (0,errors/* fieldError */.$i)('timeout-seconds', `(${v.timeoutMs / 1000}) was used up before jsign could ${attempt > 1 ? 'be retried' : 'start'}; raise it. Originals are untouched.`);
        if (attempt > 1)
            for (const x of c.copies)
                (0,external_node_fs_.copyFileSync)(x.original, x.copy);
        c.log(`Signing ${c.copies.length} file(s) with jsign in one run${attempt > 1 ? ` (attempt ${attempt})` : ''}…`);
        try {
            const run = await runJsign({
                java: c.java,
                jar: c.jar,
                endpoint: v.endpoint,
                account: s.account,
                profile: s.profile,
                token: c.token,
                tsaUrl: v.timestampUrl,
                digest: v.digest,
                description: s.description,
                descriptionUrl: s.descriptionUrl,
                files: c.copies.map((x) => x.copy),
                timeoutMs: remaining,
                connectTimeoutMs: Math.min(30_000, remaining),
                readTimeoutMs: Math.min(60_000, remaining),
                env: c.env,
                onOutput: (l) => c.log(`jsign: ${named(l)}`),
            });
            return { done: run };
        }
        catch (err) {
            const msg = named((0,errors/* errorMessage */.gJ)(err));
            if (!(err instanceof JsignError && err.transient))
                throw new errors/* RelforgeError */.fY(`${msg}${attempt > 1 ? ` (after ${attempt} attempts)` : ''} Originals are untouched.`, { cause: err });
            return {
                retry: msg,
                exhausted: () => {
                    throw new errors/* RelforgeError */.fY(`${msg}${attempt > 1 ? ` (after ${attempt} attempts)` : ''} Originals are untouched.`, { cause: err });
                },
            };
        }
    }, {
        attempts: JSIGN_ATTEMPTS,
        baseDelayMs: RETRY_PAUSE_MS,
        // A retry must leave jsign at least 10 s before the deadline.
        deadlineMs: Math.max(0, c.deadline - Date.now() - 10_000),
        onRetry: ({ delayMs, reason }) => c.log(`${reason} Retrying in ${delayMs / 1000} s.`),
    });
}
/**
 * Staged write: each signed copy goes next to its original (same mode), is verified there independently, and the
 * originals (still what was signed) are replaced only when every file passed; otherwise nothing is replaced.
 */
async function commitSigned(v, identityEkus, copies, rel, log) {
    const modes = new Map(copies.map((c) => [c.original, c.mode]));
    return (0,staged_write/* stagedWrite */.o)({
        write: async (stage) => {
            const signed = [];
            for (const c of copies) {
                const after = await copyHashed(c.copy, stage.temp(c.original), c.mode);
                if (after === c.before)
                    throw new errors/* RelforgeError */.fY(`${rel(c.original)}: jsign exited 0 but did not change the file (not signed). Originals are untouched; nothing was published.`);
                signed.push({ file: rel(c.original), sha256Before: c.before, sha256After: after, signerSubject: '', leafSha256: '', timestamp: null, digestAlgorithm: '', kind: '' });
            }
            return signed;
        },
        verify: async (signed, stage) => {
            for (const [i, c] of copies.entries()) {
                const staged = stage.current(c.original);
                let r;
                try {
                    if ((await (0,fs/* sha256File */.Q3)(staged)) !== signed[i].sha256After)
                        throw new errors/* RelforgeError */.fY('the staged copy changed after it was written.');
                    r = await (0,verify/* verifyAuthenticodeFile */.ti)(staged, { roots: v.roots, tsaRoots: v.tsaRoots, subject: v.expectedSubject, ekus: identityEkus.length ? identityEkus : undefined });
                }
                catch (err) {
                    const msg = (0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)).split(staged).join(rel(c.original));
                    throw new errors/* RelforgeError */.fY(`${rel(c.original)}: the signed copy failed independent verification, so nothing was replaced (originals are untouched): ${msg}`, { cause: err });
                }
                Object.assign(signed[i], { signerSubject: r.signerSubject, leafSha256: r.leafSha256, timestamp: r.timestamp ? r.timestamp.toISOString() : null, digestAlgorithm: r.digestAlgorithm, kind: r.kind });
            }
            // The originals must still be what was signed.
            for (const c of copies) {
                if ((await (0,fs/* sha256File */.Q3)(c.original)) !== c.before)
                    throw new errors/* RelforgeError */.fY(`${rel(c.original)} changed while it was being signed; nothing was replaced. Re-run the step.`);
            }
        },
        mode: (target) => modes.get(target),
    }, { log });
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/sign-trusted.ts
/**
 * `relforge sign-trusted FILE… --endpoint E --account A --profile P …`: the same fail-closed Trusted Signing
 * operation as actions/sign-trusted (signTrustedSchema), for a laptop or any CI. Secrets come from a file or the
 * environment (AZURE_CLIENT_SECRET or AZURE_ACCESS_TOKEN), never from argv.
 */





/* harmony default export */ const sign_trusted = ((0,command/* defineCommand */.N)({
    schema: options/* signTrustedSchema */.cT,
    notes: `Signs PE and MSI files through jsign (run once for all files on temp copies), verifies every signed copy
independently (pinned root, subject, identity EKU, RFC 3161 timestamp) and only then replaces the originals.
Any failure leaves the originals untouched and exits 1.
Credentials: AZURE_CLIENT_SECRET (with --azure-tenant-id/--azure-client-id or AZURE_TENANT_ID/AZURE_CLIENT_ID), or
AZURE_ACCESS_TOKEN (e.g. "az account get-access-token --resource https://codesigning.azure.net"). GitHub OIDC is
used inside GitHub Actions when no secret is set. Old spellings still accepted: --tenant-id, --client-id,
--subject, --eku, --root, --timeout.`,
    async run(v) {
        const env = process.env;
        const result = await signTrusted((0,options/* signTrustedOptions */.lX)(v, { cwd: process.cwd(), runtime: (0,runtime/* detectRuntime */.mZ)(env), env, log: (m) => console.error((0,secrets/* redact */.E$)(m)), onSecret: secrets/* registerSecret */.cl }));
        if (v.json)
            console.log(JSON.stringify(result.signed, null, 2));
        else
            for (const f of result.signed)
                console.log(`signed and verified ${f.file}  ${f.signerSubject}  timestamp ${f.timestamp ?? '-'}  sha256 ${f.sha256After}`);
        return 0;
    },
}));


/***/ }),

/***/ 2512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ validateAccountProfile),
/* harmony export */   Mz: () => (/* binding */ preflight),
/* harmony export */   iD: () => (/* binding */ getAccessToken),
/* harmony export */   ik: () => (/* binding */ SIGNER_ROLE_HINT),
/* harmony export */   lI: () => (/* binding */ normalizeEndpoint),
/* harmony export */   mw: () => (/* binding */ chooseTokenMethod),
/* harmony export */   yq: () => (/* binding */ CODESIGNING_SCOPE)
/* harmony export */ });
/* unused harmony exports OIDC_AUDIENCE, PREFLIGHT_API_VERSION, requestGitHubIdToken, describeAadError */
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/* harmony import */ var _platform_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1267);
/* harmony import */ var _platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9002);
/* harmony import */ var _platform_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4130);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8125);
/**
 * Azure Trusted Signing (Artifact Signing) adapter: Entra ID access tokens and a preflight call to the
 * signing account/profile, so credentials, RBAC role and region problems fail before any file is touched.
 *
 * Token sources (reference/trusted-signing.md §6):
 * - an access token given as is;
 * - client credentials with a client secret;
 * - GitHub Actions OIDC: an ID token for audience `api://AzureADTokenExchange` from
 *   ACTIONS_ID_TOKEN_REQUEST_URL, exchanged as a jwt-bearer client assertion (GitHub only; Gitea,
 *   Forgejo runners without OIDC and act use a client secret).
 * Every token is registered as a secret (and handed to `onSecret` so the entry can mask it) before it
 * can appear anywhere; service errors are quoted without request bodies.
 */





const CODESIGNING_SCOPE = 'https://codesigning.azure.net/.default';
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/** The stable data-plane API version used for the preflight (the one with a published OpenAPI document). */
const PREFLIGHT_API_VERSION = '2024-06-15';
const SIGNER_ROLE_HINT = 'the identity needs the role "Artifact Signing Certificate Profile Signer" (formerly "Trusted Signing Certificate Profile Signer") ' +
    'on the certificate profile or the signing account';
/** Which way the token will be obtained, or an actionable error when none is possible. Pure. */
function chooseTokenMethod(s, runtime, env) {
    if (s.accessToken)
        return 'access-token';
    const missing = [];
    if (!s.tenantId)
        missing.push('azure-tenant-id');
    if (!s.clientId)
        missing.push('azure-client-id');
    const needIds = (why) => {
        const p = new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Problems */ .Zw();
        for (const m of missing)
            p.add(m, `is empty, but ${why}: set ${m === 'azure-tenant-id' ? 'the tenant (directory) ID' : "the app registration's client ID"}.`);
        p.throwIfAny();
    };
    if (s.clientSecret) {
        needIds('a client secret was given ("azure-tenant-id" and "azure-client-id" name the app registration it belongs to)');
        return 'client-secret';
    }
    if (!runtime.oidcAvailable) {
        const where = runtime.forge === 'github' && !runtime.act ? 'GitHub Actions' : runtime.runner;
        const why = runtime.forge === 'github' && !runtime.act
            ? env.ACTIONS_ID_TOKEN_REQUEST_URL
                ? 'ACTIONS_ID_TOKEN_REQUEST_TOKEN is missing'
                : 'the job has no "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL is not set)'
            : `OIDC ID tokens are not available on ${where} (Gitea, Forgejo runners and act do not offer GitHub's OIDC issuer)`;
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`No Azure credentials: "azure-client-secret" and "access-token" are empty and GitHub OIDC cannot be used because ${why}. ` +
            `On Gitea/Forgejo/act give "azure-tenant-id", "azure-client-id" and "azure-client-secret" (an app registration client secret stored as a repository secret); ` +
            `on GitHub add "permissions: id-token: write" and a federated credential (audience ${OIDC_AUDIENCE}) to the app registration, or pass a client secret.`);
    }
    needIds('GitHub OIDC needs the tenant and the client ID of the app registration that has the federated credential');
    return 'github-oidc';
}
/** The ID token for Azure from the Actions OIDC endpoint (same call as @actions/core getIDToken). */
async function requestGitHubIdToken(env, opts = {}) {
    const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!base || !bearer)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY('GitHub OIDC: ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: add "permissions: id-token: write" to the job.');
    (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(bearer);
    const u = (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSecureUrl */ .be)(base, 'ACTIONS_ID_TOKEN_REQUEST_URL');
    u.searchParams.set('audience', OIDC_AUDIENCE);
    let res;
    try {
        res = await (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)({ method: 'GET', url: u.toString(), headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' }, timeoutMs: opts.timeoutMs ?? 30_000, deadlineMs: opts.deadlineMs ?? 120_000, baseDelayMs: 500 });
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`GitHub OIDC: could not reach the ID token endpoint: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(err.message)}`, { cause: err });
    }
    if (res.status !== 200)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`GitHub OIDC: the ID token request failed with HTTP ${res.status} (${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(res.text(), 300)}). Check "permissions: id-token: write" on the job.`);
    let value;
    try {
        value = res.json().value;
    }
    catch {
        /* handled below */
    }
    if (typeof value !== 'string' || value.split('.').length !== 3)
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY('GitHub OIDC: the ID token endpoint did not return a JWT in "value".');
    (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(value);
    return value;
}
/** A secret-free summary of an Entra ID error reply: `error` + the AADSTS code and its first sentence. */
function describeAadError(res) {
    let j;
    try {
        j = res.json();
    }
    catch {
        /* not JSON */
    }
    if (!j || typeof j !== 'object' || !j.error)
        return `HTTP ${res.status}${res.body.length ? ` ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(res.text(), 200)}` : ''}`;
    // Redact before cutting (excerpt), so a secret echoed across the cut cannot leak in part.
    const desc = (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(String(j.error_description ?? '')).split(/\r?\n/)[0];
    const code = /AADSTS\d+/.exec(desc)?.[0] ?? (Array.isArray(j.error_codes) && j.error_codes[0] !== undefined ? `AADSTS${Number(j.error_codes[0])}` : '');
    const first = (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(desc.replace(/\s*Trace ID:.*$/, ''), 300).replace(/\.\s*$/, '');
    return `HTTP ${res.status} ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(String(j.error), 100)}${code && !first.includes(code) ? ` ${code}` : ''}${first ? `: ${first}` : ''}`;
}
function aadHint(res, method) {
    const t = res.text();
    if (/AADSTS7000215|AADSTS7000222|invalid_client/.test(t) && method === 'client-secret')
        return ' Check "azure-client-secret": use the secret VALUE (not its ID) and make sure it has not expired.';
    if (/AADSTS700016|AADSTS90002/.test(t))
        return ' Check "azure-tenant-id" and "azure-client-id": the app registration or tenant was not found.';
    if (/AADSTS70021|AADSTS700213|AADSTS700211|AADSTS700212/.test(t))
        return ` No federated credential matches this workflow: the app registration needs issuer https://token.actions.githubusercontent.com, audience ${OIDC_AUDIENCE} and the subject of this job (e.g. repo:ORG/REPO:environment:NAME or repo:ORG/REPO:ref:refs/tags/v1.2.3).`;
    if (/AADSTS70011|AADSTS500011/.test(t))
        return ` The scope ${CODESIGNING_SCOPE} was refused: the Trusted Signing resource is not available to this tenant.`;
    return '';
}
/** Obtains an access token for https://codesigning.azure.net/.default. Registers it as a secret. */
async function getAccessToken(s, runtime, env = process.env) {
    const method = chooseTokenMethod(s, runtime, env);
    if (method === 'access-token') {
        (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(s.accessToken);
        return { token: s.accessToken, method };
    }
    const tenant = s.tenantId;
    if (!/^[A-Za-z0-9.-]{1,100}$/.test(tenant))
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)('azure-tenant-id', `must be a tenant GUID or domain name, got "${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(tenant, 100)}".`);
    const authorityText = (s.authorityHost || _options_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_AUTHORITY_HOST */ .j_).replace(/\/+$/, '');
    const authorityProblem = (0,_platform_url_js__WEBPACK_IMPORTED_MODULE_4__/* .urlInputProblem */ .F)(authorityText);
    if (authorityProblem)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)('authority-host', authorityProblem);
    const authority = new URL(authorityText);
    const url = `${authority.origin}${authority.pathname.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
    const form = new URLSearchParams({ client_id: s.clientId, grant_type: 'client_credentials', scope: CODESIGNING_SCOPE });
    if (method === 'client-secret') {
        (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(s.clientSecret);
        form.set('client_secret', s.clientSecret);
    }
    else {
        const assertion = await requestGitHubIdToken(env, s);
        s.onSecret?.(assertion);
        form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
        form.set('client_assertion', assertion);
    }
    const how = method === 'client-secret' ? 'client secret' : 'GitHub OIDC federated credential';
    let res;
    try {
        res = await (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)({
            method: 'POST',
            url,
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
            timeoutMs: s.timeoutMs ?? 30_000,
            deadlineMs: s.deadlineMs ?? 120_000,
            baseDelayMs: 1000,
        });
    }
    catch (err) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Entra ID token request (${how}) to ${authority.origin} failed: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(err.message)}. Check "authority-host" and the runner's network.`, { cause: err });
    }
    if (res.status !== 200) {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Entra ID refused the token request (${how}, tenant ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(tenant, 100)}): ${describeAadError(res)}.${aadHint(res, method)}`);
    }
    let body;
    try {
        body = res.json();
    }
    catch {
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Entra ID token endpoint ${authority.origin} answered 200 without JSON: check "authority-host".`);
    }
    if (typeof body.access_token !== 'string' || body.access_token === '')
        throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Entra ID token endpoint ${authority.origin} answered without an access_token: check "authority-host".`);
    (0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(body.access_token);
    const secs = Number(body.expires_in);
    return { token: body.access_token, method, expiresOn: Number.isFinite(secs) ? new Date(Date.now() + secs * 1000) : undefined };
}
/** `eus.codesigning.azure.net`, `https://eus.codesigning.azure.net/` or a loopback http URL → base URL without a trailing slash. */
function normalizeEndpoint(endpoint) {
    const raw = endpoint.trim();
    if (!raw)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)('endpoint', 'is required: the regional Trusted Signing endpoint of the signing account, e.g. https://eus.codesigning.azure.net.');
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
    const problem = (0,_platform_url_js__WEBPACK_IMPORTED_MODULE_4__/* .urlInputProblem */ .F)(withScheme);
    if (problem)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)('endpoint', problem);
    const u = new URL(withScheme);
    if (u.search || u.hash)
        throw (0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)('endpoint', `must be a plain host or https URL without query or fragment, got "${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(withScheme, 200)}".`);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/** Problems with the account and profile names, by field. */
function validateAccountProfile(account, profile) {
    const problems = [];
    if (!NAME_RE.test(account))
        problems.push(['account', `must be the signing account name (letters, digits, hyphens), got "${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(account, 100)}".`]);
    if (!NAME_RE.test(profile))
        problems.push(['profile', `must be the certificate profile name (letters, digits, hyphens), got "${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(profile, 100)}".`]);
    return problems;
}
function serviceError(res) {
    const header = res.headers['x-ms-error-code'];
    let code = Array.isArray(header) ? header[0] : header;
    let message;
    try {
        const j = res.json();
        const e = j.error ?? j.errorDetail;
        code = e?.code ?? code;
        message = e?.message;
    }
    catch {
        /* empty or non-JSON body */
    }
    return { code, message };
}
/**
 * GET …/sign/eku (api-version 2024-06-15) for the account/profile: proves the token is accepted, the
 * identity holds the signer role, the endpoint is the account's region and the names exist.
 * Every failure is an actionable RelforgeError.
 */
async function preflight(p) {
    const base = normalizeEndpoint(p.endpoint);
    const where = `${base} account "${p.account}" profile "${p.profile}"`;
    const ekus = [];
    let url = `${base}/codesigningaccounts/${encodeURIComponent(p.account)}/certificateprofiles/${encodeURIComponent(p.profile)}/sign/eku?api-version=${PREFLIGHT_API_VERSION}`;
    for (let page = 0; url && page < 20; page++) {
        let res;
        try {
            res = await (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)({ method: 'GET', url, headers: { authorization: `Bearer ${p.token}`, accept: 'application/json' }, timeoutMs: p.timeoutMs ?? 30_000, deadlineMs: p.deadlineMs ?? 120_000, baseDelayMs: 1000 });
        }
        catch (err) {
            const msg = err instanceof _platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpNetworkError */ .z3 ? err.message : String(err);
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Trusted Signing endpoint ${base} is unreachable: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(msg)}. Check "endpoint" (https://<region>.codesigning.azure.net, the region of the signing account).`, { cause: err });
        }
        if (res.status !== 200)
            throw preflightError(res, where);
        let body;
        try {
            body = res.json();
        }
        catch {
            throw new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY(`Trusted Signing preflight (${where}): the service answered 200 without JSON; is "endpoint" really a Trusted Signing endpoint?`);
        }
        for (const v of body.value ?? [])
            if (typeof v?.eku === 'string')
                ekus.push(v.eku);
        url = typeof body.nextLink === 'string' && body.nextLink ? body.nextLink : undefined;
        if (url) {
            const next = (0,_platform_http_js__WEBPACK_IMPORTED_MODULE_1__/* .assertSecureUrl */ .be)(url, 'the service\'s nextLink');
            if (next.origin !== new URL(base).origin)
                url = undefined;
        }
    }
    return { ekus };
}
function preflightError(res, where) {
    const { code, message } = serviceError(res);
    const said = code || message ? ` (service said: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)([code, message].filter(Boolean).join(' - '), 500)})` : ' (empty body)';
    const supported = res.headers['api-supported-versions'];
    const versions = supported ? ` Supported api-versions: ${(0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(String(supported), 200)}.` : '';
    switch (res.status) {
        case 401:
            return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`Trusted Signing rejected the access token with HTTP 401 for ${where}${said}. The token must be an Entra ID access token for the scope ${CODESIGNING_SCOPE} ` +
                `(audience https://codesigning.azure.net), not expired; an "access-token" input obtained for another resource (e.g. management.azure.com) does not work.${versions}`));
        case 403:
            return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`Trusted Signing refused access with HTTP 403 for ${where}${said}: ${SIGNER_ROLE_HINT}, and "endpoint" must be the region of the signing account ` +
                `(e.g. https://eus.codesigning.azure.net for East US; a wrong region also answers 403).${versions}`));
        case 404:
            return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`Trusted Signing does not know ${where} (HTTP 404${said}): check the "account" and "profile" names (case as in the Azure portal) and that "endpoint" is the account's region.`));
        default:
            return new _platform_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelforgeError */ .fY((0,_platform_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`Trusted Signing preflight for ${where} failed with HTTP ${res.status}${said}.${versions} Retry later; if it persists check the Azure status page.`));
    }
}


/***/ }),

/***/ 6747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ STAGED_NAME),
/* harmony export */   o: () => (/* binding */ stagedWrite)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6316);
/**
 * The signers' one write sequence (design.md "Signers"): write every output to a temporary file next to its
 * target → verify the temporary files independently → commit (rename each into place) or roll back.
 *
 *   const result = await stagedWrite({
 *     write: async (stage) => { await writeFile(stage.temp(target), text, { flag: 'wx' }); return … },
 *     verify: async (result, stage) => { …read stage.temp(target) back and check it… },
 *   });
 *
 * Temporary files live in the target's folder, so the commit is a rename on one file system. A target that
 * existed is moved aside first and put back if a later rename fails, so a failure at any step leaves every
 * target as it was (no half-signed set, no lost earlier signature). Targets marked `keep` are left untouched
 * (an existing output that already verifies; see the Ed25519 signer's re-run rule).
 */





/** Names of the temporary files (and moved-aside targets) a run may leave behind when it is killed. */
const STAGED_NAME = /\.relforge-tmp-\d+-[0-9a-f]{8}(?:\.old)?$/;
class StageImpl {
    entries = new Map();
    tag = `.relforge-tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    temp(target) {
        let e = this.entries.get(target);
        if (!e) {
            e = { target, temp: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}${this.tag}`), keep: false };
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
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}${this.tag}.old`);
    }
}
/** Runs write → verify → commit; on any failure removes the temporary files and restores every target. */
async function stagedWrite(steps, opts = {}) {
    const stage = new StageImpl();
    try {
        const result = await steps.write(stage);
        await steps.verify(result, stage);
        await commit(stage, steps, opts);
        return result;
    }
    finally {
        for (const e of stage.entries.values())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(e.temp, { force: true }).catch(() => { });
    }
}
async function commit(stage, steps, opts) {
    const done = [];
    try {
        for (const entry of stage.entries.values()) {
            if (entry.keep)
                continue;
            const mode = steps.mode?.(entry.target);
            if (mode !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(entry.temp, mode);
            const backup = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(entry.target) ? stage.backup(entry.target) : undefined;
            if (backup)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(entry.target, backup);
            done.push({ entry, backup });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(entry.temp, entry.target);
        }
    }
    catch (err) {
        await rollBack(done, opts);
        throw err instanceof _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY ? err : new _platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RelforgeError */ .fY(`Could not move the verified outputs into place: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}. Every target was restored.`, { cause: err });
    }
    for (const d of done)
        if (d.backup)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(d.backup, { force: true }).catch(() => { });
}
async function rollBack(done, opts) {
    for (const { entry, backup } of done.reverse()) {
        try {
            if (backup)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(backup, entry.target);
            else
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(entry.target, { force: true });
        }
        catch (err) {
            opts.log?.(`could not restore ${entry.target}: ${(0,_platform_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err)}${backup ? ` (its earlier content is in ${backup})` : ''}`);
        }
    }
    if (done.length)
        opts.log?.(`restored the ${done.length} file(s) this run had replaced`);
}


/***/ })

};
