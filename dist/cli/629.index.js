export const id = 629;
export const ids = [629];
export const modules = {

/***/ 4010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ preflight)
});

// EXTERNAL MODULE: ./src/platform/options.ts
var options = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/platform/runtime.ts
var runtime = __webpack_require__(6387);
;// CONCATENATED MODULE: ./src/preflight/options.ts
/**
 * Option schema of `preflight` (src/platform/options.ts): every secret the later jobs of a release need,
 * checked in the first job. actions/preflight/action.yml, `relforge preflight` and the docs table follow
 * from it. The descriptions name the secrets as relforge's workflows and docs do.
 */


/** The things a release may need, in the order they are checked and reported. */
const PREFLIGHT_CHECKS = ['minisign', 'trusted-signing', 'token', 'package-token'];
const preflightSchema = (0,options/* defineSchema */.Jo)({
    name: 'preflight',
    summary: 'check every secret a release needs (present, key opens, matches its pin) before anything is tagged',
    options: {
        require: {
            type: 'list',
            default: 'minisign,token',
            choices: PREFLIGHT_CHECKS,
            description: 'What the later jobs need (comma or newline separated; blank items are ignored): "minisign" (private-key opens with password and belongs to public-key), "trusted-signing" (Azure credentials and account settings), "token" (forge token), "package-token" (update server or package registry token).',
            cli: { metavar: 'CHECKS' },
        },
        'private-key': {
            type: 'string',
            secret: true,
            env: ['MINISIGN_PRIVATE_KEY'],
            description: 'The minisign secret key the sign job uses (secret MINISIGN_PRIVATE_KEY): the key file text, a PKCS#8 PEM or base64 of a 32-byte seed.',
        },
        password: {
            type: 'string',
            secret: true,
            env: ['MINISIGN_PASSWORD', 'RELFORGE_KEY_PASSWORD'],
            description: 'Password of an encrypted private-key (secret MINISIGN_PASSWORD).',
        },
        'public-key': {
            type: 'string',
            env: ['MINISIGN_PUBLIC_KEY'],
            description: 'The pin (variable MINISIGN_PUBLIC_KEY): minisign public key text or its base64 "RW…" line. With "minisign" the private key must belong to it.',
            cli: { pathOrValue: true, aliases: ['pubkey'], metavar: 'KEY|FILE' },
        },
        token: {
            type: 'string',
            secret: true,
            actionDefault: '${{ github.token }}',
            env: ['RELFORGE_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'],
            description: 'Forge token the version and publish jobs push and publish with (secret RELEASE_TOKEN, else the job token).',
        },
        'package-token': {
            type: 'string',
            secret: true,
            env: ['PACKAGE_TOKEN', 'RELFORGE_PACKAGE_TOKEN'],
            description: 'Token of the update server or Gitea package registry the packages job uploads to (secret PACKAGE_TOKEN).',
        },
        'azure-tenant-id': { type: 'string', env: ['AZURE_TENANT_ID'], description: 'Entra ID tenant of the Trusted Signing identity (secret AZURE_TENANT_ID).' },
        'azure-client-id': { type: 'string', env: ['AZURE_CLIENT_ID'], description: 'Client ID of the app registration that signs (secret AZURE_CLIENT_ID).' },
        'azure-client-secret': {
            type: 'string',
            secret: true,
            env: ['AZURE_CLIENT_SECRET'],
            description: 'Client secret of that app registration (secret AZURE_CLIENT_SECRET); not needed with GitHub OIDC.',
        },
        'trusted-signing-endpoint': { type: 'string', description: 'Trusted Signing endpoint of the account (e.g. https://eus.codesigning.azure.net).', cli: { metavar: 'URL' } },
        'trusted-signing-account': { type: 'string', description: 'Trusted Signing account name.', cli: { metavar: 'NAME' } },
        'trusted-signing-profile': { type: 'string', description: 'Certificate profile name.', cli: { metavar: 'NAME' } },
        online: (0,options/* flag */.Jt)('With "trusted-signing": also obtain an Entra ID token and read the certificate profile once (signs nothing), proving the credentials and the signer role.'),
        json: (0,options/* jsonFlag */.hG)('Print the report as JSON.'),
    },
    outputs: {
        checked: 'JSON list of the checks that passed (the "require" items).',
        'key-id': 'Key id (16 hex digits) of the minisign key that was checked; empty without "minisign".',
    },
});
/** preflight's library settings from its option values (the action and the CLI both call this). */
function preflightSettings(v, env = process.env) {
    return {
        require: v.require,
        privateKey: v['private-key'],
        password: v.password,
        publicKey: v['public-key'],
        token: v.token,
        packageToken: v['package-token'],
        azure: { tenantId: v['azure-tenant-id'], clientId: v['azure-client-id'], clientSecret: v['azure-client-secret'] },
        trustedSigning: { endpoint: v['trusted-signing-endpoint'], account: v['trusted-signing-account'], profile: v['trusted-signing-profile'] },
        online: v.online,
        runtime: (0,runtime/* detectRuntime */.mZ)(env),
        env,
    };
}

// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __webpack_require__(6316);
// EXTERNAL MODULE: ./src/signing/minisign/signer.ts
var signer = __webpack_require__(9606);
// EXTERNAL MODULE: ./src/signing/authenticode/trusted-signing-service.ts
var trusted_signing_service = __webpack_require__(2512);
;// CONCATENATED MODULE: ./src/preflight/preflight.ts
/**
 * preflight: checks, in the first job of a release, every secret the later jobs need — before anything
 * is tagged or pushed. A release that would fail in its sign or publish job (after the version job has
 * already pushed a tag or a release commit) fails here instead, with every problem listed at once.
 *
 * Checks (each only when required):
 *   minisign        — private-key present, opens with password, belongs to the pinned public-key;
 *   trusted-signing — endpoint/account/profile well-formed, Azure credentials present (client secret, or
 *                     GitHub OIDC where offered); with `online`, an Entra ID token and one read-only call;
 *   token           — the forge token is present;
 *   package-token   — the update server / package registry token is present.
 * Nothing secret is printed: problems name the input and the secret to set, never a value.
 */




const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const blank = (v) => v === undefined || v.trim() === '';
async function checkMinisign(s, p) {
    const before = p.count;
    if (blank(s.privateKey)) {
        p.add('private-key', 'is empty: the sign job needs the minisign secret key. Store the whole key file (relforge keygen writes one) as the secret MINISIGN_PRIVATE_KEY and pass it to this step.');
    }
    if (blank(s.publicKey)) {
        p.add('public-key', 'is empty: set the variable MINISIGN_PUBLIC_KEY to the "RW…" line of your .pub file; every signature is checked against this pin.');
    }
    if (p.count > before)
        return undefined;
    let key;
    try {
        key = await (0,signer/* loadSigningKey */.fm)(s.privateKey, s.password || undefined);
    }
    catch (err) {
        const why = (0,errors/* errorMessage */.gJ)(err);
        const encrypted = /encrypted|password|scrypt|checksum/i.test(why);
        p.add('private-key', encrypted
            ? `does not open with {{password}} (secret MINISIGN_PASSWORD): ${why}`
            : `is not a usable signing key: ${why}`);
        return undefined;
    }
    try {
        (0,signer/* checkKeyPin */.TR)(key, s.publicKey);
    }
    catch (err) {
        p.add('public-key', `does not match the private key: ${(0,errors/* errorMessage */.gJ)(err)} Set MINISIGN_PUBLIC_KEY to the .pub of MINISIGN_PRIVATE_KEY (or store the private key that belongs to the pin).`);
        return undefined;
    }
    return { detail: `key ${key.keyIdHex} opens${s.password ? ' with its password' : ''} and matches the pinned public key`, keyId: key.keyIdHex };
}
async function checkTrustedSigning(s, p) {
    const before = p.count;
    const { endpoint, account, profile } = s.trustedSigning;
    let base;
    if (blank(endpoint))
        p.add('trusted-signing-endpoint', 'is empty: set the regional endpoint of the signing account, e.g. https://eus.codesigning.azure.net.');
    else {
        try {
            base = (0,trusted_signing_service/* normalizeEndpoint */.lI)(endpoint);
        }
        catch {
            p.add('trusted-signing-endpoint', `must be https://<region>.codesigning.azure.net (or that host alone), got "${endpoint.trim()}".`);
        }
    }
    if (!NAME_RE.test(account?.trim() ?? ''))
        p.add('trusted-signing-account', `must be the signing account name (letters, digits, hyphens), got "${account?.trim() ?? ''}".`);
    if (!NAME_RE.test(profile?.trim() ?? ''))
        p.add('trusted-signing-profile', `must be the certificate profile name (letters, digits, hyphens), got "${profile?.trim() ?? ''}".`);
    const creds = { tenantId: s.azure.tenantId || undefined, clientId: s.azure.clientId || undefined, clientSecret: s.azure.clientSecret || undefined };
    let method;
    try {
        method = (0,trusted_signing_service/* chooseTokenMethod */.mw)(creds, s.runtime, s.env);
    }
    catch (err) {
        p.include(err, ' (secrets AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET)');
    }
    if (p.count > before)
        return undefined;
    if (!s.online)
        return `settings well-formed; credentials present (${method})`;
    try {
        const token = await (0,trusted_signing_service/* getAccessToken */.iD)(creds, s.runtime, s.env);
        const r = await (0,trusted_signing_service/* preflight */.Mz)({ endpoint: base, account: account.trim(), profile: profile.trim(), token: token.token });
        return `Entra ID token obtained (${token.method}); profile "${profile.trim()}" readable (${r.ekus.length} EKU${r.ekus.length === 1 ? '' : 's'})`;
    }
    catch (err) {
        p.include(err);
        return undefined;
    }
}
/** Runs every required check; throws one SettingsError listing every problem, or returns the report. */
async function runPreflight(s) {
    const p = new errors/* Problems */.Zw();
    const results = [];
    const required = new Set(s.require);
    if (required.size === 0)
        throw new errors/* RelforgeError */.fY('preflight: nothing to check ("require" is empty); name what the later jobs need, e.g. minisign,token.');
    let keyId;
    for (const check of PREFLIGHT_CHECKS) {
        if (!required.has(check))
            continue;
        const before = p.count;
        let detail;
        if (check === 'minisign') {
            const r = await checkMinisign(s, p);
            detail = r?.detail;
            keyId = r?.keyId;
        }
        else if (check === 'trusted-signing') {
            detail = await checkTrustedSigning(s, p);
        }
        else if (check === 'token') {
            if (blank(s.token))
                p.add('token', 'is empty: the version job pushes the tag and the publish job creates the release with it. Pass the secret RELEASE_TOKEN, or the job token (under act: a GITHUB_TOKEN secret).');
            else
                detail = 'forge token present';
        }
        else {
            if (blank(s.packageToken))
                p.add('package-token', 'is empty: the packages job uploads with it. Store the update server or package registry token as the secret PACKAGE_TOKEN and pass it to this step.');
            else
                detail = 'package token present';
        }
        results.push({ check, ok: p.count === before, detail: p.count === before ? detail ?? 'ok' : 'failed' });
    }
    p.throwIfAny();
    return { results, keyId };
}
/** Markdown for the step summary. */
function renderPreflightSummary(r) {
    const rows = r.results.map((x) => `| ${x.check} | ${x.ok ? 'ok' : 'FAILED'} | ${x.detail.replace(/\|/g, '\\|')} |`);
    return ['### relforge preflight', '', '| check | result | detail |', '|---|---|---|', ...rows, ''].join('\n');
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/text.ts
var cli_text = __webpack_require__(3779);
;// CONCATENATED MODULE: ./src/cli/preflight.ts
/** `relforge preflight`: the same checks as actions/preflight, from the environment (MINISIGN_PRIVATE_KEY, …) or --x-file. */




/* harmony default export */ const preflight = ((0,command/* defineCommand */.N)({
    schema: preflightSchema,
    notes: `Secrets come from the environment (MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN, AZURE_CLIENT_SECRET;
forge token RELFORGE_TOKEN, GITHUB_TOKEN, GITEA_TOKEN or FORGEJO_TOKEN) or from --<name>-file FILE / --<name>-env VAR.
Exit 0 when every required check passes; 1 with every problem listed otherwise. Prints no secret.
Example: MINISIGN_PASSWORD=… relforge preflight --private-key-file keys/agent.key --public-key keys/agent.pub --require minisign`,
    async run(v) {
        const r = await runPreflight(preflightSettings(v));
        if (v.json)
            console.log(JSON.stringify(r, null, 2));
        else
            console.log((0,cli_text/* plainText */.w)(renderPreflightSummary(r)));
        return 0;
    },
}));


/***/ }),

/***/ 3779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
/** Terminal text helpers shared by CLI commands. */
/** A markdown summary as terminal text: no heading marks, code spans, emphasis or escapes. */
function plainText(markdown) {
    return markdown
        .replace(/^#+ /gm, '')
        .replace(/(?<!\\)`/g, '')
        .replace(/(?<!\\)\*\*/g, '')
        .replace(/\\([<>|`*_[\]\\])/g, '$1')
        .trimEnd();
}


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

/***/ 9606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TR: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_0__.TR),
/* harmony export */   Wx: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_2__.Wx),
/* harmony export */   aF: () => (/* reexport safe */ _sign_file_js__WEBPACK_IMPORTED_MODULE_1__.aF),
/* harmony export */   fm: () => (/* reexport safe */ _keys_js__WEBPACK_IMPORTED_MODULE_0__.fm)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9200);
/* harmony import */ var _sign_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6488);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1457);
/* harmony import */ var _sign_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3903);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1310);
/**
 * The Ed25519 (minisign format) signer and verifier, one import for the library API and the packages code:
 *   ./keys.ts        loadSigningKey, checkKeyPin, generateKeyPair, derivedKeyId
 *   ./sign-file.ts   signFile, signBuffer, signRaw, RAW_SIZE_LIMIT (legacy `Ed` / raw signing in memory)
 *   ./verify.ts      verifyFile, verifyBuffer, verifyRawFile, legacyMessage (every algorithm in bounded memory)
 *   ./sign-files.ts  signFiles: the sign-ed25519 operation (fail-closed, reproducible, SHA256SUMS)
 *   ./options.ts     the option schemas of sign-ed25519 / verify / keygen and their mapping to settings
 *   ./core/          the formats (pure)
 */







/***/ })

};
