export const id = 109;
export const ids = [109];
export const modules = {

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ sign_trusted),
  usage: () => (/* binding */ usage)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
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
// EXTERNAL MODULE: ./src/platform/fs.ts
var fs = __webpack_require__(5732);
// EXTERNAL MODULE: ./src/platform/http.ts
var http = __webpack_require__(1267);
// EXTERNAL MODULE: ./src/signing/authenticode/trusted-signing-service.ts
var trusted_signing_service = __webpack_require__(2512);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 13 modules
var tool_cache = __webpack_require__(5183);
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
const DEFAULT_JSIGN_VERSION = '7.5';
const MAVEN_CENTRAL = 'https://repo1.maven.org/maven2';
/**
 * TEST ONLY: RELFORGE_MAVEN_BASE replaces the Maven Central base URL (a loopback emulator in tests).
 * The SHA-256 pin is still enforced, so it cannot be used to run an unpinned jar.
 */
const MAVEN_BASE_ENV = 'RELFORGE_MAVEN_BASE';
const TOKEN_ENV = 'RELFORGE_TRUSTED_SIGNING_TOKEN';
/** `7.5` (a pinned version) or `7.6@<sha256 hex>` (any other version with its pin). */
function parseJsignVersion(spec) {
    const s = (spec ?? '').trim() || DEFAULT_JSIGN_VERSION;
    const m = /^(\d+(?:\.\d+){0,3})(?:@(?:sha256:)?([0-9a-fA-F]{64}))?$/.exec(s);
    if (!m)
        throw new errors/* RelforgeError */.fY(`Input "jsign-version" must be a version like ${DEFAULT_JSIGN_VERSION}, or VERSION@SHA256 for a version relforge has no pin for; got "${s}".`);
    const version = m[1];
    const sha256 = (m[2] ?? JSIGN_PINS[version])?.toLowerCase();
    if (!sha256)
        throw new errors/* RelforgeError */.fY(`relforge has no SHA-256 pin for jsign ${version} (known: ${Object.keys(JSIGN_PINS).join(', ')}): pass "jsign-version: ${version}@<sha256 of jsign-${version}.jar>" or use "jsign-path".`);
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
            throw new errors/* RelforgeError */.fY(`Input "jsign-path": "${p}" is not a file; give the path of a jsign jar (e.g. jsign-${DEFAULT_JSIGN_VERSION}.jar) or leave it empty to download the pinned jsign.`);
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
        throw new errors/* RelforgeError */.fY(`Could not download jsign ${version} from ${url}: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err))}. Check the runner's access to Maven Central, or provide the jar with "jsign-path".`, { cause: err });
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
    const detail = (errLines.length ? errLines : lines.slice(-3)).slice(0, 4).join(' | ').slice(0, 600);
    const hints = [];
    const http = (codes) => new RegExp(`HTTP Error (?:${codes})\\b|\\b(?:${codes}) - |(?:^|[\\s(])(?:${codes})(?=[\\s:,.)]|$)`, 'm');
    if (http('403').test(output) || /Forbidden/.test(output))
        hints.push(`HTTP 403: ${trusted_signing_service/* SIGNER_ROLE_HINT */.ik}; and "endpoint" must be the signing account's region`);
    if (http('401').test(output) || /Unauthorized/.test(output))
        hints.push(`HTTP 401: the token must be for the scope ${trusted_signing_service/* CODESIGNING_SCOPE */.yq}; jsign ${DEFAULT_JSIGN_VERSION} speaks api-version 2022-06-15-preview, which some accounts reject with 401 (ebourg/jsign#350)`);
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
;// CONCATENATED MODULE: ./src/signing/authenticode/sign-trusted.ts
/**
 * `signTrusted`: Authenticode-sign files with Azure Trusted Signing through jsign, fail-closed.
 *
 *   validate → token (+ preflight of account/profile) → jsign + Java → copy files to a temp dir →
 *   jsign once for all copies → verify every copy independently (pinned root, subject, EKU, timestamp)
 *   → stage all signed copies next to the originals → rename them into place.
 *
 * Until the final renames nothing outside the temp dir is written; any failure leaves the originals
 * byte-for-byte untouched (design.md, invariant 2).
 */















const DEFAULT_TIMESTAMP_URL = 'http://timestamp.acs.microsoft.com';
const DIGESTS = ['SHA256', 'SHA384', 'SHA512'];
const SERVICE_EKU = '1.3.6.1.4.1.311.97.1.0';
const JSIGN_ATTEMPTS = 2;
const RETRY_PAUSE_MS = 5_000;
const OID_RE = /^[0-2](\.(0|[1-9]\d*))+$/;
function readPem(value, input, problems, cwd) {
    const v = value.trim();
    let text = v;
    if (!v.includes('-----BEGIN')) {
        const p = (0,external_node_path_.resolve)(cwd, v);
        if (!(0,external_node_fs_.existsSync)(p)) {
            problems.add(`Input "${input}" must be PEM text or the path of a PEM file; "${v}" does not exist.`);
            return undefined;
        }
        text = (0,external_node_fs_.readFileSync)(p, 'utf8');
    }
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (blocks.length === 0) {
        problems.add(`Input "${input}" holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks).`);
        return undefined;
    }
    for (const b of blocks) {
        try {
            new external_node_crypto_.X509Certificate(b);
        }
        catch (err) {
            problems.add(`Input "${input}" has a certificate that does not parse: ${(0,errors/* errorMessage */.gJ)(err)}.`);
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
function validateSettings(s) {
    const problems = new errors/* Problems */.Zw();
    const cwd = (0,external_node_path_.resolve)(s.cwd ?? process.cwd());
    let endpoint = '';
    try {
        endpoint = (0,trusted_signing_service/* normalizeEndpoint */.lI)(s.endpoint);
    }
    catch (err) {
        problems.add((0,errors/* errorMessage */.gJ)(err));
    }
    for (const p of (0,trusted_signing_service/* validateAccountProfile */.Jj)(s.account, s.profile))
        problems.add(p);
    const digest = (s.digest || 'SHA256').toUpperCase().replace('-', '');
    if (!DIGESTS.includes(digest))
        problems.add(`Input "digest" must be SHA256, SHA384 or SHA512, got "${s.digest}".`);
    const timestampUrl = (s.timestampUrl || DEFAULT_TIMESTAMP_URL).trim();
    try {
        const u = new URL(timestampUrl);
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new Error('not http(s)');
        if (u.username || u.password)
            throw new Error('credentials in URL');
    }
    catch {
        problems.add(`Input "timestamp-url" must be an http(s) URL of an RFC 3161 timestamp server, got "${(0,secrets/* redact */.E$)(timestampUrl)}".`);
    }
    const roots = s.trustedRoot?.trim() ? readPem(s.trustedRoot, 'trusted-root', problems, cwd) : MICROSOFT_ID_VERIFICATION_ROOT_2020_PEM;
    const tsaRoots = s.tsaRoot?.trim() ? readPem(s.tsaRoot, 'tsa-root', problems, cwd) : roots;
    const expectedEku = (s.expectedEku ?? []).map((e) => e.trim()).filter(Boolean);
    for (const e of expectedEku)
        if (!OID_RE.test(e))
            problems.add(`Input "expected-eku": "${e}" is not an OID (e.g. 1.3.6.1.4.1.311.97.123456789.1.2.3).`);
    const expectedSubject = s.expectedSubject?.trim() || undefined;
    if (expectedSubject && !/^\s*[A-Za-z0-9.]+\s*=/.test(expectedSubject))
        problems.add(`Input "expected-subject" must be attribute=value pairs like "CN=Contoso Ltd, O=Contoso Ltd", got "${expectedSubject}".`);
    const secs = s.timeoutSeconds ?? 600;
    if (!Number.isFinite(secs) || secs < 5 || secs > 6 * 3600)
        problems.add(`Input "timeout-seconds" must be a number of seconds between 5 and 21600, got "${s.timeoutSeconds}".`);
    if (s.auth.authorityHost) {
        try {
            (0,http/* assertSecureUrl */.be)(s.auth.authorityHost, 'Input "authority-host"');
        }
        catch (err) {
            problems.add((0,errors/* errorMessage */.gJ)(err));
        }
    }
    if (roots && tsaRoots && problems.count === 0) {
        try {
            (0,verify/* checkAuthenticodePins */.Up)({ roots, tsaRoots, subject: expectedSubject, ekus: expectedEku });
        }
        catch (err) {
            problems.add(`Identity pins: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    problems.throwIfAny();
    return { endpoint, digest, timestampUrl, roots: roots, tsaRoots: tsaRoots, expectedEku, expectedSubject, timeoutMs: secs * 1000 };
}
/** Copies src to dst while hashing it (one read). */
async function copyHashed(src, dst) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            h.update(chunk);
            cb(null, chunk);
        },
    });
    await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(src, { highWaterMark: fs/* READ_CHUNK */.vA }), tap, (0,external_node_fs_.createWriteStream)(dst, { flags: 'wx' }));
    return h.digest('hex');
}
async function signTrusted(s) {
    const started = Date.now();
    const log = s.log ?? (() => { });
    const env = s.env ?? process.env;
    const cwd = (0,external_node_path_.resolve)(s.cwd ?? process.cwd());
    const v = validateSettings(s);
    const files = await (0,fs/* expandFiles */.CC)(s.files, { cwd, inputName: 'files' });
    const rel = (p) => (0,external_node_path_.relative)(cwd, p) || (0,external_node_path_.basename)(p);
    const unsupported = files.filter((f) => !fileKind(f));
    if (unsupported.length)
        throw new errors/* RelforgeError */.fY(`Input "files": ${unsupported.map(rel).join(', ')} ${unsupported.length > 1 ? 'are' : 'is'} neither a PE file (.exe/.dll/.sys/.efi) nor an MSI; relforge signs only what it can verify independently afterwards.`);
    // 1. Credentials first: nothing is touched before the service has accepted us.
    const deadline = Date.now() + v.timeoutMs;
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
            if (pre.ekus.length && !pre.ekus.includes(e))
                throw new errors/* RelforgeError */.fY(`Input "expected-eku": ${e} is not among the EKUs of profile "${s.profile}" (${pre.ekus.join(', ') || 'none'}); a signature could never match this pin. Check "profile" and "expected-eku".`);
        }
    }
    log(`Preflight OK: account "${s.account}", profile "${s.profile}" at ${v.endpoint}.`);
    // 2. Tools.
    const java = findJava(env);
    const jsign = await acquireJsign({ version: s.jsignVersion, jsignPath: s.jsignPath, env, log });
    log(`Using jsign ${jsign.version} (${jsign.source}): ${jsign.jar}`);
    // 3. Sign copies.
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-sign-trusted-'));
    const staged = [];
    try {
        const copies = [];
        for (const [i, f] of files.entries()) {
            const dir = (0,external_node_path_.join)(work, String(i));
            (0,external_node_fs_.mkdirSync)(dir);
            const copy = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(f));
            const before = await copyHashed(f, copy);
            copies.push({ original: f, copy, before, mode: (0,external_node_fs_.statSync)(f).mode & 0o7777 });
        }
        // jsign 7.5 never retries: on a 429/5xx from the service, sign fresh copies once more after a pause.
        let run;
        for (let attempt = 1; !run; attempt++) {
            const remaining = deadline - Date.now();
            if (remaining < 5_000)
                throw new errors/* RelforgeError */.fY(`"timeout-seconds" (${v.timeoutMs / 1000}) was used up before jsign could ${attempt > 1 ? 'be retried' : 'start'}; raise it. Originals are untouched.`);
            if (attempt > 1)
                for (const c of copies)
                    (0,external_node_fs_.copyFileSync)(c.original, c.copy);
            log(`Signing ${copies.length} file(s) with jsign in one run${attempt > 1 ? ` (attempt ${attempt})` : ''}…`);
            try {
                run = await runJsign({
                    java,
                    jar: jsign.jar,
                    endpoint: v.endpoint,
                    account: s.account,
                    profile: s.profile,
                    token: token.token,
                    tsaUrl: v.timestampUrl,
                    digest: v.digest,
                    description: s.description,
                    descriptionUrl: s.descriptionUrl,
                    files: copies.map((c) => c.copy),
                    timeoutMs: remaining,
                    connectTimeoutMs: Math.min(30_000, remaining),
                    readTimeoutMs: Math.min(60_000, remaining),
                    env,
                    onOutput: (l) => log(`jsign: ${copies.reduce((t, c) => t.split(c.copy).join(rel(c.original)), l)}`),
                });
            }
            catch (err) {
                const msg = copies.reduce((t, c) => t.split(c.copy).join(rel(c.original)), (0,errors/* errorMessage */.gJ)(err));
                const pause = RETRY_PAUSE_MS * attempt;
                if (err instanceof JsignError && err.transient && attempt < JSIGN_ATTEMPTS && deadline - Date.now() > pause + 10_000) {
                    log(`${msg} Retrying in ${pause / 1000} s.`);
                    await new Promise((r) => setTimeout(r, pause));
                    continue;
                }
                throw new errors/* RelforgeError */.fY(`${msg}${attempt > 1 ? ` (after ${attempt} attempts)` : ''} Originals are untouched.`, { cause: err });
            }
        }
        // 4. Verify every signed copy independently.
        const signed = [];
        for (const c of copies) {
            const after = await (0,fs/* sha256File */.Q3)(c.copy);
            if (after === c.before)
                throw new errors/* RelforgeError */.fY(`${rel(c.original)}: jsign exited 0 but did not change the file (not signed). Originals are untouched; nothing was published.`);
            let r;
            try {
                r = await (0,verify/* verifyAuthenticodeFile */.ti)(c.copy, { roots: v.roots, tsaRoots: v.tsaRoots, subject: v.expectedSubject, ekus: identityEkus.length ? identityEkus : undefined });
            }
            catch (err) {
                const msg = (0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)).split(c.copy).join(rel(c.original));
                throw new errors/* RelforgeError */.fY(`${rel(c.original)}: the signed copy failed independent verification, so nothing was replaced (originals are untouched): ${msg}`, { cause: err });
            }
            signed.push({
                file: rel(c.original),
                sha256Before: c.before,
                sha256After: after,
                signerSubject: r.signerSubject,
                leafSha256: r.leafSha256,
                timestamp: r.timestamp ? r.timestamp.toISOString() : null,
                digestAlgorithm: r.digestAlgorithm,
                kind: r.kind,
            });
        }
        const subjects = [...new Set(signed.map((x) => x.signerSubject))];
        // 5. Commit: originals must still be what we signed; stage next to them, then rename.
        for (const c of copies) {
            if ((await (0,fs/* sha256File */.Q3)(c.original)) !== c.before)
                throw new errors/* RelforgeError */.fY(`${rel(c.original)} changed while it was being signed; nothing was replaced. Re-run the step.`);
        }
        for (const c of copies) {
            const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(c.original), `.${(0,external_node_path_.basename)(c.original)}.relforge-signed-${process.pid}`);
            staged.push(tmp);
            await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(c.copy, { highWaterMark: fs/* READ_CHUNK */.vA }), (0,external_node_fs_.createWriteStream)(tmp, { flags: 'wx', mode: c.mode }));
            (0,external_node_fs_.chmodSync)(tmp, c.mode);
        }
        for (const [i, c] of copies.entries())
            (0,external_node_fs_.renameSync)(staged[i], c.original);
        staged.length = 0;
        log(`Signed and verified ${signed.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s (jsign ${(run.durationMs / 1000).toFixed(1)} s).`);
        return {
            signed,
            signerSubject: subjects.join('; '),
            tokenMethod: token.method,
            jsign: { version: jsign.version, source: jsign.source, durationMs: run.durationMs },
            identityEkus,
            durationMs: Date.now() - started,
        };
    }
    finally {
        for (const t of staged)
            (0,external_node_fs_.rmSync)(t, { force: true });
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/cli/sign-trusted.ts
/**
 * `relforge sign-trusted FILE… --endpoint E --account A --profile P …`: the same fail-closed Trusted Signing
 * operation as actions/sign-trusted, for a laptop or any CI. Secrets come from the environment only
 * (AZURE_CLIENT_SECRET or AZURE_ACCESS_TOKEN), never from argv.
 */





const usage = `relforge sign-trusted FILE|GLOB [...] --endpoint HOST --account NAME --profile NAME
       [--tenant-id ID] [--client-id ID] [--authority-host URL] [--timestamp-url URL] [--digest SHA256|SHA384|SHA512]
       [--subject "CN=…, O=…"] [--eku OID]… [--root ROOT.pem] [--tsa-root TSA-ROOT.pem]
       [--jsign-version V | --jsign-path JAR] [--timeout SECONDS] [--description TEXT] [--description-url URL] [--json]

Signs PE and MSI files with Azure Trusted Signing through jsign (run once for all files on temp copies),
verifies every signed copy independently (pinned root, subject, identity EKU, RFC 3161 timestamp) and only
then replaces the originals. Any failure leaves the originals untouched and exits 1.
Credentials from the environment: AZURE_CLIENT_SECRET (with --tenant-id/--client-id or AZURE_TENANT_ID/
AZURE_CLIENT_ID), or AZURE_ACCESS_TOKEN (a token for https://codesigning.azure.net/.default, e.g.
"az account get-access-token --resource https://codesigning.azure.net"). GitHub OIDC is used inside GitHub
Actions when no secret is set. Default root: Microsoft Identity Verification Root Certificate Authority 2020.`;
/* harmony default export */ const sign_trusted = ({
    summary: 'sign PE/MSI files with Azure Trusted Signing (jsign), verify them, then replace the originals',
    usage,
    async run(argv) {
        const { values: v, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                endpoint: { type: 'string' },
                account: { type: 'string' },
                profile: { type: 'string' },
                'tenant-id': { type: 'string' },
                'client-id': { type: 'string' },
                'authority-host': { type: 'string' },
                'timestamp-url': { type: 'string' },
                digest: { type: 'string' },
                subject: { type: 'string' },
                eku: { type: 'string', multiple: true },
                root: { type: 'string' },
                'tsa-root': { type: 'string' },
                'jsign-version': { type: 'string' },
                'jsign-path': { type: 'string' },
                timeout: { type: 'string' },
                description: { type: 'string' },
                'description-url': { type: 'string' },
                json: { type: 'boolean', default: false },
            },
            allowPositionals: true,
            strict: true,
        });
        if (!positionals.length)
            throw new errors/* RelforgeError */.fY(`sign-trusted: give at least one FILE or GLOB.\n\nusage: ${usage}`, { exitCode: 2 });
        for (const name of ['endpoint', 'account', 'profile']) {
            if (!v[name])
                throw new errors/* RelforgeError */.fY(`sign-trusted: --${name} is required.\n\nusage: ${usage}`, { exitCode: 2 });
        }
        const env = process.env;
        const clientSecret = env.AZURE_CLIENT_SECRET || undefined;
        const accessToken = env.AZURE_ACCESS_TOKEN || undefined;
        (0,secrets/* registerSecret */.cl)(clientSecret);
        (0,secrets/* registerSecret */.cl)(accessToken);
        const result = await signTrusted({
            files: positionals,
            cwd: process.cwd(),
            endpoint: v.endpoint,
            account: v.account,
            profile: v.profile,
            auth: {
                tenantId: v['tenant-id'] ?? (env.AZURE_TENANT_ID || undefined),
                clientId: v['client-id'] ?? (env.AZURE_CLIENT_ID || undefined),
                clientSecret,
                accessToken,
                authorityHost: v['authority-host'],
            },
            timestampUrl: v['timestamp-url'],
            digest: v.digest,
            description: v.description,
            descriptionUrl: v['description-url'],
            expectedSubject: v.subject,
            expectedEku: v.eku ?? [],
            trustedRoot: v.root,
            tsaRoot: v['tsa-root'],
            jsignVersion: v['jsign-version'],
            jsignPath: v['jsign-path'],
            timeoutSeconds: v.timeout ? Number(v.timeout) : undefined,
            runtime: (0,runtime/* detectRuntime */.mZ)(env),
            env,
            log: (m) => console.error((0,secrets/* redact */.E$)(m)),
            onSecret: secrets/* registerSecret */.cl,
        });
        if (v.json)
            console.log(JSON.stringify(result.signed, null, 2));
        else
            for (const f of result.signed)
                console.log(`signed and verified ${f.file}  ${f.signerSubject}  timestamp ${f.timestamp ?? '-'}  sha256 ${f.sha256After}`);
        return 0;
    },
});


/***/ }),

/***/ 5732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ expandFiles),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   jP: () => (/* binding */ assertSafeName),
/* harmony export */   vA: () => (/* binding */ READ_CHUNK)
/* harmony export */ });
/* unused harmony export safeBasename */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6316);
/**
 * Filesystem adapter: glob expansion for `files` inputs, streamed hashing, safe names.
 * Files are read in 1 MiB chunks (64 KiB reads cost ~25 % more), so memory does not grow with file size.
 */






const READ_CHUNK = 1024 * 1024;
/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
async function expandFiles(patterns, opts = {}) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(opts.cwd ?? process.cwd());
    const what = opts.inputName ? `Input "${opts.inputName}"` : 'The file list';
    const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
    if (pats.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} is empty: give at least one file or glob pattern.`);
    const toAbs = (p) => toSlash((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, p));
    const found = new Set();
    for (const p of pats.filter((x) => !x.startsWith('!'))) {
        const abs = toAbs(p);
        if (!hasMagic(p)) {
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what}: file "${p}" does not exist (looked in ${cwd}).`);
            }
            if (!st.isFile())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what}: "${p}" is not a regular file.`);
            found.add(abs);
            continue;
        }
        for (const m of globFiles(abs))
            found.add(m);
    }
    for (const p of pats.filter((x) => x.startsWith('!'))) {
        const neg = toAbs(p.slice(1));
        for (const f of [...found])
            if ((0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(f, neg, { dot: true }))
                found.delete(f);
    }
    if (found.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`${what} matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
    return [...found].sort();
}
const toSlash = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
const hasMagic = (p) => /[*?[\]{}]/.test(p);
/** Regular files matching an absolute glob: walks from the pattern's static prefix only. */
function globFiles(absPattern) {
    const segments = absPattern.split('/');
    let i = 0;
    while (i < segments.length && !hasMagic(segments[i]))
        i++;
    const base = segments.slice(0, i).join('/') || '/';
    const rest = segments.slice(i);
    const maxDepth = rest.includes('**') || rest.some((s) => s.includes('**')) ? Infinity : rest.length;
    const out = [];
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const full = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
            let isDir = e.isDirectory();
            let isFile = e.isFile();
            if (e.isSymbolicLink()) {
                try {
                    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
                    isDir = st.isDirectory();
                    isFile = st.isFile();
                }
                catch {
                    continue;
                }
            }
            if (isFile && depth + 1 >= 1 && (0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(full, absPattern, { dot: true }))
                out.push(full);
            else if (isDir && depth + 1 < maxDepth && e.name !== '.git' && e.name !== 'node_modules')
                walk(full, depth + 1);
        }
    };
    walk(base, 0);
    return out;
}
/** Streams a file once, feeding every requested hash; returns hex digests and the byte count. */
async function hashFile(path, algos) {
    const hashes = algos.map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(a)]);
    let size = 0;
    // One reused 1 MiB buffer: a read stream allocates a fresh chunk per read, and that garbage (external
    // memory, collected late) kept ~80 MiB extra RSS while hashing large files.
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, READ_CHUNK, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            const chunk = bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead);
            for (const [, h] of hashes)
                h.update(chunk);
        }
    }
    finally {
        await fh.close();
    }
    const out = { size };
    for (const [a, h] of hashes)
        out[a] = h.digest('hex');
    return out;
}
async function sha256File(path) {
    return (await hashFile(path, ['sha256'])).sha256;
}
/**
 * An asset/file name that is safe to use as a single path component and in URLs:
 * no separators, no `..`, no control characters, not empty, at most 255 bytes.
 */
function assertSafeName(name, what = 'file name') {
    if (name === '' ||
        name === '.' ||
        name === '..' ||
        /[/\\\x00-\x1f\x7f]/.test(name) ||
        Buffer.byteLength(name) > 255) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RelforgeError */ .fY(`Unsafe ${what} "${name.replace(/[\x00-\x1f\x7f]/g, '?')}": use a plain name without path separators, ".." or control characters.`);
    }
    return name;
}
function safeBasename(path) {
    return assertSafeName(basename(path));
}


/***/ })

};
