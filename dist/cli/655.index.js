export const id = 655;
export const ids = [655];
export const modules = {

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KEEP_BYTES: () => (/* binding */ KEEP_BYTES),
  startForgeEmulator: () => (/* binding */ startForgeEmulator)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./test/emulators/openapi.ts
/**
 * Request/response validator for the API documents in ../shared/api-specs (OpenAPI 3.0.x and Swagger 2.0).
 * Emulators call it on every request they receive and every response they send; a mismatch with the
 * document is a violation (thrown by default, always recorded in `violations`).
 *
 *   const v = createValidator(specPath('github-releases.openapi.json'));
 *   const op = v.validateRequest({ method: 'POST', path: '/repos/o/r/releases', headers, body });
 *   v.validateResponse({ method: 'POST', path: '/repos/o/r/releases', status: 201, headers, body });
 *
 * What is checked
 * - the operation exists (method + path template; literal segments win over parameters, a last
 *   parameter may span several segments, e.g. GitHub's `git/refs/{ref}`);
 * - path/query/header parameters: required ones present, values match their schema (query strings are
 *   coerced to integer/number/boolean first), query parameters the operation does not declare;
 * - request body: content type among the operation's media types (`consumes` / `requestBody.content`),
 *   required body present, JSON bodies against their schema, multipart form fields (Swagger 2 `formData`);
 * - response: status declared (or `default`), JSON body against its schema (a declared schema with an
 *   empty body is a violation for 2xx), content type among `produces` / `content`, declared headers.
 * Swagger 2 `x-nullable` / OAS 3 `nullable`, boolean `exclusiveMinimum/Maximum` and `type: file` are
 * translated for ajv. Gitea's hand-modelled `x-gitea-generic-package-registry` block (own basePath,
 * paths and definitions) is served as a second "server" of the same document.
 */




// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on `.default`.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
/** The official documents: $RELFORGE_API_SPECS, else ../shared/api-specs beside the work tree, else the
 * vendored byte-identical copies in test/api-specs (a fresh clone without ../shared; see its README). */
const SHARED_API_SPECS_DIR = (0,external_node_path_.resolve)(import.meta.dirname, '..', '..', '..', 'shared', 'api-specs');
const VENDORED_API_SPECS_DIR = (0,external_node_path_.resolve)(import.meta.dirname, '..', 'api-specs');
const API_SPECS_DIR = process.env.RELFORGE_API_SPECS ?? ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(SHARED_API_SPECS_DIR, 'github-releases.openapi.json')) ? SHARED_API_SPECS_DIR : VENDORED_API_SPECS_DIR);
const specPath = (file) => (0,external_node_path_.join)(API_SPECS_DIR, file);
class OpenApiViolation extends Error {
    violation;
    constructor(violation) {
        super(`OpenAPI violation (${violation.kind} ${violation.method} ${violation.path}${violation.status ? ` → ${violation.status}` : ''}${violation.operationId ? `, ${violation.operationId}` : ''}): ${violation.message}`);
        this.violation = violation;
        this.name = 'OpenApiViolation';
    }
}
const METHODS = (/* unused pure expression or super */ null && (['get', 'put', 'post', 'delete', 'patch', 'head', 'options']));
let docCounter = 0;
function headerValue(headers, name) {
    if (!headers)
        return undefined;
    const want = name.toLowerCase();
    for (const [k, v] of Object.entries(headers)) {
        if (k.toLowerCase() !== want || v === undefined)
            continue;
        return Array.isArray(v) ? v.join(', ') : String(v);
    }
    return undefined;
}
function mediaType(contentType) {
    return contentType?.split(';')[0].trim().toLowerCase() || undefined;
}
function mediaMatches(actual, declared) {
    const d = declared.split(';')[0].trim().toLowerCase();
    if (d === '*/*' || d === actual)
        return true;
    if (d.endsWith('/*'))
        return actual.startsWith(d.slice(0, -1));
    return false;
}
const isJsonMedia = (m) => !!m && (m === 'application/json' || m.endsWith('+json'));
/** Deep copy that rewrites local `$ref`s to `<id>#…` and translates nullable & friends for ajv. */
function prepareDocument(doc, id) {
    const walk = (node) => {
        if (Array.isArray(node))
            return node.map(walk);
        if (!node || typeof node !== 'object')
            return node;
        const out = {};
        for (const [k, v] of Object.entries(node)) {
            if (k === '$ref' && typeof v === 'string' && v.startsWith('#'))
                out[k] = `${id}${v}`;
            else if (k === 'example' || k === 'examples' || k === 'x-github' || k === 'description')
                continue;
            else
                out[k] = walk(v);
        }
        if (out.type === 'file') {
            delete out.type;
            out['x-relforge-file'] = true;
        }
        for (const [ex, lim] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
            if (typeof out[ex] === 'boolean') {
                if (out[ex] && typeof out[lim] === 'number') {
                    out[ex] = out[lim];
                    delete out[lim];
                }
                else
                    delete out[ex];
            }
        }
        const nullable = out.nullable === true || out['x-nullable'] === true;
        delete out.nullable;
        delete out['x-nullable'];
        if (nullable) {
            if (typeof out.type === 'string') {
                out.type = [out.type, 'null'];
                if (Array.isArray(out.enum) && !out.enum.includes(null))
                    out.enum = [...out.enum, null];
            }
            else if (out.$ref || out.allOf || out.oneOf || out.anyOf) {
                return { anyOf: [out, { type: 'null' }] };
            }
        }
        return out;
    };
    return walk(doc);
}
function pointerGet(doc, pointer) {
    if (pointer === '' || pointer === '#')
        return doc;
    const parts = pointer.replace(/^#?\//, '').split('/').map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
    let cur = doc;
    for (const p of parts) {
        if (cur === undefined || cur === null)
            return undefined;
        cur = cur[p];
    }
    return cur;
}
function createValidator(specFile, options = {}) {
    const raw = JSON.parse((0,external_node_fs_.readFileSync)(specFile, 'utf8'));
    const version = raw.swagger === '2.0' ? '2.0' : '3.0';
    if (version === '3.0' && !/^3\.0\./.test(String(raw.openapi)))
        throw new Error(`${specFile}: unsupported OpenAPI version ${raw.openapi}`);
    const id = `relforge-spec-${++docCounter}`;
    const doc = prepareDocument(raw, id);
    doc.$id = id;
    const ajv = new dist_ajv.Ajv({ strict: false, allErrors: true, validateFormats: true, allowUnionTypes: true });
    addFormats(ajv);
    for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'decimal', 'timestamp'])
        ajv.addFormat(f, true);
    // Only the schema-holding parts are registered with ajv; operations are walked by hand.
    const schemaDoc = { $id: id, definitions: doc.definitions ?? {}, components: doc.components ?? {}, responses: doc.responses ?? {}, parameters: doc.parameters ?? {} };
    for (const [k, v] of Object.entries(doc))
        if (k.startsWith('x-') && v && typeof v === 'object')
            schemaDoc[k] = v;
    ajv.addSchema(schemaDoc);
    const prefix = (options.prefix ?? '').replace(/\/+$/, '');
    const violations = [];
    const mode = options.onViolation ?? 'throw';
    const deref = (node, seen = 0) => {
        if (node && typeof node === 'object' && typeof node.$ref === 'string' && node.$ref.startsWith(id) && seen < 20) {
            return deref(pointerGet(doc, node.$ref.slice(id.length)), seen + 1);
        }
        return node;
    };
    // Sections: the document itself and, for Gitea, the hand-modelled generic registry block.
    const sections = [];
    const basePathsOf = (servers) => (servers ?? [{ url: '/' }]).map((s) => {
        try {
            return new URL(String(s.url), 'http://placeholder').pathname.replace(/\/+$/, '');
        }
        catch {
            return '';
        }
    });
    if (version === '2.0')
        sections.push({ name: 'main', basePaths: [String(doc.basePath ?? '').replace(/\/+$/, '')], paths: doc.paths ?? {}, pointer: '' });
    else
        sections.push({ name: 'main', basePaths: basePathsOf(doc.servers), paths: doc.paths ?? {}, pointer: '' });
    for (const [k, v] of Object.entries(doc)) {
        if (k.startsWith('x-') && v && typeof v === 'object' && v.paths && typeof v.basePath === 'string') {
            sections.push({ name: k, basePaths: [v.basePath.replace(/\/+$/, '')], paths: v.paths, pointer: `/${k}` });
        }
    }
    const compiled = [];
    for (const section of sections) {
        for (const [template, item] of Object.entries(section.paths)) {
            const segs = template.split('/').filter(Boolean);
            const names = [];
            let literalCount = 0;
            const parts = segs.map((seg, i) => {
                let literal = true;
                const re = seg.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name, lit) => {
                    if (name) {
                        literal = false;
                        names.push(name);
                        return i === segs.length - 1 ? '(.+)' : '([^/]+)';
                    }
                    return lit.replace(/[.*+?^${}()|[\]\\:]/g, '\\$&');
                });
                if (literal)
                    literalCount++;
                return re;
            });
            compiled.push({ section, template, regex: new RegExp(`^/${parts.join('/')}/?$`), names, literalCount, segmentCount: segs.length, item });
        }
    }
    // Most specific first: more literal segments, then more segments.
    compiled.sort((a, b) => b.literalCount - a.literalCount || b.segmentCount - a.segmentCount);
    const validators = new Map();
    const schemaErrors = (schema, value) => {
        let fn = validators.get(schema);
        if (!fn) {
            fn = ajv.compile(schema);
            validators.set(schema, fn);
        }
        if (fn(value))
            return undefined;
        return (fn.errors ?? [])
            .slice(0, 5)
            .map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}${e.params && 'additionalProperty' in e.params ? ` "${e.params.additionalProperty}"` : ''}`)
            .join('; ');
    };
    const fail = (v) => {
        violations.push(v);
        if (mode === 'throw')
            throw new OpenApiViolation(v);
    };
    function findPath(method, path) {
        let p = path.split('?')[0];
        if (prefix && p.startsWith(prefix))
            p = p.slice(prefix.length);
        const m = method.toLowerCase();
        for (const c of compiled) {
            for (const base of c.section.basePaths) {
                if (base && !p.startsWith(`${base}/`))
                    continue;
                const rest = base ? p.slice(base.length) : p;
                const hit = c.regex.exec(rest);
                if (!hit)
                    continue;
                const op = c.item[m];
                if (!op)
                    continue;
                const params = {};
                c.names.forEach((n, i) => {
                    try {
                        params[n] = decodeURIComponent(hit[i + 1]);
                    }
                    catch {
                        params[n] = hit[i + 1];
                    }
                });
                return { c, params, op };
            }
        }
        return undefined;
    }
    /** Operation + path-item parameters, resolved, keyed by in+name (operation wins). */
    function parametersOf(c, op) {
        const map = new Map();
        for (const p of [...(c.item.parameters ?? []), ...(op.parameters ?? [])]) {
            const r = deref(p);
            if (r)
                map.set(`${r.in}:${r.name}`, r);
        }
        return [...map.values()];
    }
    function paramSchema(p) {
        if (version === '3.0')
            return p.schema ?? {};
        const { name: _n, in: _i, required: _r, description: _d, 'x-relforge-file': _f, ...rest } = p;
        return rest;
    }
    function coerce(value, schema) {
        const s = deref(schema) ?? {};
        const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
        if ((t === 'integer' || t === 'number') && /^-?\d+(\.\d+)?$/.test(value))
            return Number(value);
        if (t === 'boolean' && (value === 'true' || value === 'false'))
            return value === 'true';
        if (t === 'array')
            return value.split(',');
        return value;
    }
    function parseBody(body, media) {
        if (body === undefined || body === null)
            return { ok: true, value: undefined };
        if (Buffer.isBuffer(body) || typeof body === 'string') {
            const text = body.toString();
            if (text === '')
                return { ok: true, value: undefined };
            if (isJsonMedia(media)) {
                try {
                    return { ok: true, value: JSON.parse(text) };
                }
                catch {
                    return { ok: false, value: text };
                }
            }
            return { ok: true, value: text };
        }
        return { ok: true, value: body };
    }
    function match(method, path) {
        const f = findPath(method, path);
        if (!f)
            return undefined;
        return { operationId: f.op.operationId, method: method.toUpperCase(), template: f.c.template, params: f.params, section: f.c.section.name };
    }
    function validateRequest(req) {
        const method = req.method.toUpperCase();
        const base = { kind: 'request', method, path: req.path, message: '' };
        const f = findPath(method, req.path);
        if (!f) {
            fail({ ...base, message: `no operation for ${method} ${req.path} in the document` });
            return undefined;
        }
        const { c, params, op } = f;
        base.operationId = op.operationId;
        const problems = [];
        const query = {};
        if (req.query instanceof URLSearchParams) {
            for (const k of new Set(req.query.keys())) {
                const all = req.query.getAll(k);
                query[k] = all.length > 1 ? all : all[0];
            }
        }
        else
            Object.assign(query, req.query ?? {});
        const declared = parametersOf(c, op);
        const declaredQuery = new Set(declared.filter((p) => p.in === 'query').map((p) => p.name));
        for (const k of Object.keys(query))
            if (query[k] !== undefined && !declaredQuery.has(k))
                problems.push(`query parameter "${k}" is not declared by ${op.operationId}`);
        for (const p of declared) {
            let value;
            if (p.in === 'path')
                value = params[p.name];
            else if (p.in === 'query')
                value = Array.isArray(query[p.name]) ? query[p.name].join(',') : query[p.name];
            else if (p.in === 'header')
                value = headerValue(req.headers, p.name);
            else
                continue;
            if (value === undefined) {
                if (p.required)
                    problems.push(`required ${p.in} parameter "${p.name}" is missing`);
                continue;
            }
            const schema = paramSchema(p);
            const err = schemaErrors(schema, coerce(value, schema));
            if (err)
                problems.push(`${p.in} parameter "${p.name}"=${JSON.stringify(value)}: ${err}`);
        }
        // Body.
        const media = mediaType(headerValue(req.headers, 'content-type'));
        const hasBody = req.form !== undefined || (req.body !== undefined && req.body !== null && !(typeof req.body === 'string' && req.body === '') && !(Buffer.isBuffer(req.body) && req.body.length === 0));
        const contentLength = Number(headerValue(req.headers, 'content-length') ?? '0');
        const sendsBody = hasBody || contentLength > 0;
        if (version === '3.0') {
            const rb = deref(op.requestBody);
            if (rb) {
                const types = Object.keys(rb.content ?? {});
                if (sendsBody) {
                    if (!media)
                        problems.push(`request has a body but no Content-Type (expected one of ${types.join(', ')})`);
                    else if (!types.some((t) => mediaMatches(media, t)))
                        problems.push(`Content-Type ${media} is not one of ${types.join(', ')}`);
                    else {
                        const key = types.find((t) => mediaMatches(media, t));
                        const schema = rb.content[key]?.schema;
                        if (schema && isJsonMedia(media)) {
                            const parsed = parseBody(req.body, media);
                            if (!parsed.ok)
                                problems.push('request body is not valid JSON');
                            else if (parsed.value !== undefined) {
                                const err = schemaErrors(schema, parsed.value);
                                if (err)
                                    problems.push(`request body: ${err}`);
                            }
                        }
                    }
                }
                else if (rb.required)
                    problems.push('request body is required');
            }
            else if (hasBody)
                problems.push(`${op.operationId} takes no request body`);
        }
        else {
            const consumes = op.consumes ?? doc.consumes ?? [];
            const bodyParam = declared.find((p) => p.in === 'body');
            const formParams = declared.filter((p) => p.in === 'formData');
            if (sendsBody && consumes.length) {
                if (!media)
                    problems.push(`request has a body but no Content-Type (expected one of ${consumes.join(', ')})`);
                else if (!consumes.some((t) => mediaMatches(media, t)))
                    problems.push(`Content-Type ${media} is not one of ${consumes.join(', ')}`);
            }
            if (media === 'multipart/form-data' || media === 'application/x-www-form-urlencoded') {
                if (!formParams.length)
                    problems.push(`${op.operationId} declares no form fields`);
                const form = req.form ?? {};
                const names = new Set(formParams.map((p) => p.name));
                for (const k of Object.keys(form))
                    if (!names.has(k))
                        problems.push(`form field "${k}" is not declared by ${op.operationId}`);
                for (const p of formParams) {
                    const v = form[p.name];
                    if (v === undefined) {
                        if (p.required)
                            problems.push(`required form field "${p.name}" is missing`);
                    }
                    else if (p['x-relforge-file'] && typeof v === 'string')
                        problems.push(`form field "${p.name}" must be a file part`);
                    else if (!p['x-relforge-file'] && typeof v !== 'string')
                        problems.push(`form field "${p.name}" must be a plain value, not a file`);
                }
            }
            else if (bodyParam) {
                if (isJsonMedia(media) || (!media && hasBody)) {
                    const parsed = parseBody(req.body, media ?? 'application/json');
                    if (!parsed.ok)
                        problems.push('request body is not valid JSON');
                    else if (parsed.value === undefined) {
                        if (bodyParam.required)
                            problems.push('request body is required');
                    }
                    else {
                        const err = schemaErrors(bodyParam.schema ?? {}, parsed.value);
                        if (err)
                            problems.push(`request body: ${err}`);
                    }
                }
                else if (!sendsBody && bodyParam.required)
                    problems.push('request body is required');
            }
            else if (hasBody && !formParams.length && !consumes.length)
                problems.push(`${op.operationId} takes no request body`);
        }
        if (problems.length)
            fail({ ...base, message: problems.join('; ') });
        return { operationId: op.operationId, method, template: c.template, params, section: c.section.name };
    }
    function validateResponse(res) {
        const method = res.method.toUpperCase();
        const base = { kind: 'response', method, path: res.path, status: res.status, message: '' };
        const f = findPath(method, res.path);
        if (!f) {
            fail({ ...base, message: `no operation for ${method} ${res.path} in the document` });
            return;
        }
        const { op } = f;
        base.operationId = op.operationId;
        const responses = op.responses ?? {};
        const declared = deref(responses[String(res.status)] ?? responses.default);
        if (!declared) {
            fail({ ...base, message: `status ${res.status} is not documented (documented: ${Object.keys(responses).join(', ')})` });
            return;
        }
        const problems = [];
        const media = mediaType(headerValue(res.headers, 'content-type'));
        const empty = res.body === undefined || res.body === null || (typeof res.body === 'string' && res.body === '') || (Buffer.isBuffer(res.body) && res.body.length === 0);
        let schema;
        let types = [];
        if (version === '3.0') {
            types = Object.keys(declared.content ?? {});
            if (!empty && types.length && media) {
                const key = types.find((t) => mediaMatches(media, t));
                if (!key)
                    problems.push(`response Content-Type ${media} is not one of ${types.join(', ')}`);
                else
                    schema = declared.content[key]?.schema;
            }
            else if (types.length)
                schema = declared.content[types[0]]?.schema;
        }
        else {
            schema = declared.schema;
            types = op.produces ?? (f.c.section.name === 'main' ? doc.produces : undefined) ?? [];
            if (!empty && schema && media && isJsonMedia(media) && types.length && !types.some((t) => mediaMatches(media, t))) {
                problems.push(`response Content-Type ${media} is not one of ${types.join(', ')}`);
            }
        }
        const s = deref(schema);
        const binary = s && (s.format === 'binary' || (s.type === undefined && !s.$ref && !s.properties && !s.items && !s.anyOf && !s.allOf));
        if (schema && !binary) {
            if (empty) {
                if (res.status >= 200 && res.status < 300)
                    problems.push(`response body is empty but the document declares a schema for ${res.status}`);
            }
            else if (isJsonMedia(media) || (!media && s?.type !== 'string')) {
                const parsed = parseBody(res.body, 'application/json');
                if (!parsed.ok)
                    problems.push('response body is not valid JSON');
                else {
                    const err = schemaErrors(schema, parsed.value);
                    if (err)
                        problems.push(`response body: ${err}`);
                }
            }
            else if (s?.type === 'string') {
                // text/plain errors (Gitea generic registry): any text is fine.
            }
            else
                problems.push(`response Content-Type ${media ?? '(none)'} cannot carry the declared JSON schema`);
        }
        for (const [name, h] of Object.entries(declared.headers ?? {})) {
            const hd = deref(h);
            const value = headerValue(res.headers, name);
            if (value === undefined)
                continue;
            const hs = version === '3.0' ? (hd.schema ?? {}) : paramSchema(hd);
            const err = schemaErrors(hs, coerce(value, hs));
            if (err)
                problems.push(`response header ${name}: ${err}`);
        }
        if (problems.length)
            fail({ ...base, message: problems.join('; ') });
    }
    return { version, violations, match, validateRequest, validateResponse };
}

;// CONCATENATED MODULE: ./test/emulators/forge.ts
/**
 * A stateful loopback forge for tests, benches and `npm run demo`: GitHub mode (API + a separate uploads
 * host, like api.github.com / uploads.github.com) and Gitea/Forgejo mode (API under /api/v1, generic
 * package registry under /api/packages). Every request and response is validated against
 * ../shared/api-specs (github-releases.openapi.json / gitea-releases.openapi.json); a mismatch is recorded
 * in `violations` (tests assert it stays empty) and a bad request is answered 400.
 *
 * Behaviours reproduced (forges.md): GitHub 422 `already_exists` (release for tag, asset name), drafts
 * invisible by tag, several drafts per tag, `digest`, immutable releases (assets/flags frozen after
 * publish, burnt tags), `starter` assets after a 502 mid-upload, x-ratelimit-* headers, asset download via
 * 302 to another origin; Gitea/Forgejo 409 on an existing release, duplicate attachment names, no digest,
 * `limit` capped at 50 with Link + X-Total-Count, drafts get their tag only at publish, generic packages
 * (PUT 201 empty / 409 duplicate, files list with sha256).
 * Faults (`faults.add`): 502 mid-upload or after the work was done, connection reset, 429 + retry-after,
 * 403 secondary rate limit, token without permission, any status.
 *
 * Responses the documents do not describe but the real services send (401/403/429/5xx, GitHub's
 * `starter` state, 422 on immutable releases) are sent unvalidated and listed in `unvalidated`.
 */






/**
 * Asset bodies up to this size are kept in memory; bigger ones are spilled to a temp file where the client
 * reads assets back (Gitea/Forgejo, GitHub without digests), else keep only size + hashes.
 */
const KEEP_BYTES = 16 * 1024 * 1024;
const ALIASES = {
    list: ['repos/list-releases', 'repoListReleases'],
    create: ['repos/create-release', 'repoCreateRelease'],
    get: ['repos/get-release', 'repoGetRelease'],
    update: ['repos/update-release', 'repoEditRelease'],
    publish: ['repos/update-release', 'repoEditRelease'],
    'delete-release': ['repos/delete-release', 'repoDeleteRelease'],
    assets: ['repos/list-release-assets', 'repoListReleaseAttachments'],
    upload: ['repos/upload-release-asset', 'repoCreateReleaseAttachment'],
    'delete-asset': ['repos/delete-release-asset', 'repoDeleteReleaseAttachment'],
    download: ['repos/get-release-asset', 'web/download'],
    'package-put': ['genericUploadFile'],
    'package-get': ['genericDownloadFile'],
    'package-delete': ['genericDeleteFile', 'genericDeletePackageVersion'],
    'package-files': ['listPackageFiles'],
};
class ReqError extends Error {
    status;
    body;
    unvalidated;
    headers;
    constructor(status, body, unvalidated, headers = {}) {
        super(typeof body === 'string' ? body : JSON.stringify(body));
        this.status = status;
        this.body = body;
        this.unvalidated = unvalidated;
        this.headers = headers;
    }
}
const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
async function startForgeEmulator(opts) {
    const mode = opts.mode;
    const github = mode === 'github';
    const owner = opts.owner ?? 'acme';
    const repo = opts.repo ?? 'widget';
    const token = opts.token ?? `emu_${(0,external_node_crypto_.randomUUID)().replace(/-/g, '')}`;
    const readOnly = new Set(opts.readOnlyTokens ?? []);
    const validator = createValidator(specPath(github ? 'github-releases.openapi.json' : 'gitea-releases.openapi.json'), { onViolation: 'record' });
    const violations = validator.violations;
    const unvalidated = [];
    const state = { releases: [], tags: new Map(), burntTags: new Set(), packages: new Map(), requests: [], nextId: 1 };
    const packageWatch = requestWatchers();
    const faultList = [];
    const faults = {
        add: (f) => void faultList.push({ ...f, seen: 0, used: 0 }),
        clear: () => void (faultList.length = 0),
        pending: () => faultList.filter((f) => f.used < (f.times ?? 1)),
        fired: 0,
    };
    let rateRemaining = 5000;
    const rateReset = Math.floor(Date.now() / 1000) + 3600;
    const sockets = new Set();
    const hostile = opts.hostile ?? {};
    const elsewhereRequests = [];
    const apiServer = external_node_http_.createServer((req, res) => void handle(req, res, 'api'));
    const otherServer = external_node_http_.createServer((req, res) => void handleElsewhere(req, res));
    for (const s of [apiServer, otherServer])
        s.on('connection', (sock) => (sockets.add(sock), sock.on('close', () => sockets.delete(sock))));
    const listen = (s) => new Promise((r) => s.listen(0, '127.0.0.1', () => r(s.address().port)));
    const apiPort = await listen(apiServer);
    const elsewhereUrl = `http://127.0.0.1:${await listen(otherServer)}`;
    const url = `http://127.0.0.1:${apiPort}`;
    const apiPrefix = github ? (opts.ghes ? '/api/v3' : '') : '/api/v1';
    const apiUrl = `${url}${apiPrefix}`;
    const uploadsUrl = github ? (hostile.foreignUploadUrl ? elsewhereUrl : opts.ghes ? `${url}/api/uploads` : `${url}/_uploads`) : apiUrl;
    const objectsUrl = github && !opts.ghes ? `${elsewhereUrl}/_objects` : `${url}/_objects`;
    // Bodies over KEEP_BYTES go to disk where the client reads assets back.
    const spillDir = !github || opts.digests === false ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-emu-')) : undefined;
    const repoPath = `/repos/${owner}/${repo}`;
    // ---------- JSON shapes ----------
    const user = () => github
        ? {
            login: owner,
            id: 1,
            node_id: 'MDQ6VXNlcjE=',
            avatar_url: `${url}/avatars/1`,
            gravatar_id: '',
            url: `${apiUrl}/users/${owner}`,
            html_url: `${url}/${owner}`,
            followers_url: `${apiUrl}/users/${owner}/followers`,
            following_url: `${apiUrl}/users/${owner}/following{/other_user}`,
            gists_url: `${apiUrl}/users/${owner}/gists{/gist_id}`,
            starred_url: `${apiUrl}/users/${owner}/starred{/owner}{/repo}`,
            subscriptions_url: `${apiUrl}/users/${owner}/subscriptions`,
            organizations_url: `${apiUrl}/users/${owner}/orgs`,
            repos_url: `${apiUrl}/users/${owner}/repos`,
            events_url: `${apiUrl}/users/${owner}/events{/privacy}`,
            received_events_url: `${apiUrl}/users/${owner}/received_events`,
            type: 'Bot',
            site_admin: false,
        }
        : { id: 1, login: owner, full_name: owner, email: `${owner}@noreply.localhost`, avatar_url: `${url}/avatars/1`, html_url: `${url}/${owner}`, created: '2024-01-01T00:00:00Z' };
    // Both forges advertise the tag-based URL; it only resolves once the release is published (404 for drafts,
    // conservatively). Gitea/Forgejo also serve every attachment at /attachments/{uuid}.
    const downloadPath = (r, a) => `${hostile.foreignDownloadUrls ? elsewhereUrl : url}/${owner}/${repo}/releases/download/${encodeURIComponent(r.tagName)}/${encodeURIComponent(a.name)}`;
    const assetJson = (r, a) => github
        ? {
            url: `${apiUrl}${repoPath}/releases/assets/${a.id}`,
            browser_download_url: downloadPath(r, a),
            id: a.id,
            node_id: `RA_${a.id}`,
            name: a.name,
            label: a.label,
            state: a.state,
            content_type: a.contentType,
            size: a.size,
            digest: opts.digests === false || a.state !== 'uploaded' ? null : `sha256:${a.sha256}`,
            download_count: a.downloadCount,
            created_at: a.createdAt,
            updated_at: a.createdAt,
            uploader: user(),
        }
        : { id: a.id, name: a.name, size: a.size, download_count: a.downloadCount, created_at: a.createdAt, uuid: a.uuid, browser_download_url: downloadPath(r, a), ...(mode === 'forgejo' ? { type: 'attachment' } : {}) };
    const releaseJson = (r) => {
        const tagged = state.tags.has(r.tagName) && !r.draft;
        if (github) {
            return {
                url: `${apiUrl}${repoPath}/releases/${r.id}`,
                html_url: `${url}/${owner}/${repo}/releases/${r.draft ? `untagged-${r.id}` : `tag/${encodeURIComponent(r.tagName)}`}`,
                assets_url: `${apiUrl}${repoPath}/releases/${r.id}/assets`,
                upload_url: `${uploadsUrl}${repoPath}/releases/${r.id}/assets{?name,label}`,
                tarball_url: tagged ? `${apiUrl}${repoPath}/tarball/${encodeURIComponent(r.tagName)}` : null,
                zipball_url: tagged ? `${apiUrl}${repoPath}/zipball/${encodeURIComponent(r.tagName)}` : null,
                id: r.id,
                node_id: `RE_${r.id}`,
                tag_name: r.tagName,
                target_commitish: r.targetCommitish,
                name: r.name,
                body: r.body,
                draft: r.draft,
                prerelease: r.prerelease,
                immutable: r.immutable,
                created_at: r.createdAt,
                published_at: r.publishedAt,
                updated_at: r.publishedAt ?? r.createdAt,
                author: user(),
                assets: r.assets.map((a) => assetJson(r, a)),
            };
        }
        return {
            id: r.id,
            tag_name: r.tagName,
            target_commitish: r.targetCommitish,
            name: r.name,
            body: r.body,
            url: `${apiUrl}${repoPath}/releases/${r.id}`,
            html_url: `${url}/${owner}/${repo}/releases/tag/${encodeURIComponent(r.tagName)}`,
            tarball_url: `${url}/${owner}/${repo}/archive/${encodeURIComponent(r.tagName)}.tar.gz`,
            zipball_url: `${url}/${owner}/${repo}/archive/${encodeURIComponent(r.tagName)}.zip`,
            upload_url: `${apiUrl}${repoPath}/releases/${r.id}/assets`,
            draft: r.draft,
            prerelease: r.prerelease,
            created_at: r.createdAt,
            published_at: r.publishedAt ?? r.createdAt,
            author: user(),
            assets: r.assets.map((a) => assetJson(r, a)),
            ...(mode === 'forgejo' ? { hide_archive_links: false, archive_download_count: { zip: 0, tar_gz: 0 } } : {}),
        };
    };
    const ghError = (status, message) => ({ message, documentation_url: 'https://docs.github.com/rest', status: String(status) });
    const notFound = () => new ReqError(404, github ? ghError(404, 'Not Found') : { message: 'The target couldn\'t be found.', errors: [] });
    // ---------- helpers ----------
    const findRelease = (id) => {
        const r = state.releases.find((x) => String(x.id) === id);
        if (!r)
            throw notFound();
        return r;
    };
    const mutableAssets = (r) => {
        if (r.immutable)
            throw new ReqError(422, { message: 'Cannot modify assets of an immutable release.', documentation_url: 'https://docs.github.com/rest/releases/assets' }, 'GitHub rejects asset changes on an immutable release (not in the document)');
    };
    const publishRelease = (r) => {
        r.draft = false;
        r.publishedAt = now();
        if (!state.tags.has(r.tagName))
            state.tags.set(r.tagName, /^[0-9a-f]{40}$/.test(r.targetCommitish) ? r.targetCommitish : (0,external_node_crypto_.createHash)('sha1').update(r.targetCommitish || 'main').digest('hex'));
        if (github && opts.immutableReleases) {
            r.immutable = true;
            state.burntTags.add(r.tagName);
        }
    };
    const updateLatest = (r) => {
        if (!github || r.draft || r.prerelease)
            return;
        if ((r.makeLatest ?? 'true') === 'true')
            state.latestReleaseId = r.id;
    };
    const newRelease = (f) => {
        const r = {
            id: state.nextId++,
            tagName: f.tagName,
            targetCommitish: f.targetCommitish ?? 'main',
            name: f.name ?? f.tagName,
            body: f.body ?? '',
            draft: f.draft ?? false,
            prerelease: f.prerelease ?? false,
            immutable: false,
            makeLatest: f.makeLatest,
            createdAt: f.createdAt ?? now(),
            publishedAt: null,
            assets: f.assets ?? [],
        };
        state.releases.push(r);
        if (!r.draft) {
            publishRelease(r);
            updateLatest(r);
        }
        return r;
    };
    function auth(inc, write, packages = false) {
        const h = String(inc.headers.authorization ?? '');
        const m = /^(?:token|Bearer)\s+(.+)$/i.exec(h);
        const given = m?.[1]?.trim();
        const basic = /^Basic\s+(.+)$/i.exec(h);
        let ok = given === token || (given !== undefined && readOnly.has(given)) || (given !== undefined && given === opts.packageToken);
        let effective = given;
        if (!ok && basic) {
            const [, pass] = Buffer.from(basic[1], 'base64').toString().split(':');
            ok = pass === token || readOnly.has(pass ?? '') || pass === opts.packageToken;
            effective = pass;
        }
        if (!ok)
            throw new ReqError(401, github ? ghError(401, 'Bad credentials') : { message: 'user does not exist', url: '' }, 'authentication failure (not in the document)');
        if (!write)
            return;
        const denied = readOnly.has(effective) || (packages && opts.packageToken !== undefined && effective !== opts.packageToken) || (!packages && effective === opts.packageToken && effective !== token);
        if (denied) {
            if (packages)
                throw new ReqError(403, 'Forbidden: the token may not write packages\n', 'package permission failure (not in the document)', { 'content-type': 'text/plain; charset=utf-8' });
            throw new ReqError(403, github ? ghError(403, 'Resource not accessible by integration') : { message: 'token does not have at least one of required scope(s): [write:repository]', url: '' }, 'permission failure (not in the document)');
        }
    }
    /** Streams a request body: raw or multipart (one file part + plain fields), hashing, keeping ≤ KEEP_BYTES. */
    function receive(inc, opt = {}) {
        return new Promise((resolve, reject) => {
            const ct = String(inc.headers['content-type'] ?? '');
            const mb = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(ct);
            const hashes = { sha256: (0,external_node_crypto_.createHash)('sha256'), md5: (0,external_node_crypto_.createHash)('md5'), sha1: (0,external_node_crypto_.createHash)('sha1'), sha512: (0,external_node_crypto_.createHash)('sha512') };
            const multiHash = !!opt.allHashes; // packages report md5/sha1/sha256/sha512; attachments have no digest
            const kept = [];
            let size = 0;
            let seen = 0;
            let keep = true;
            let spill;
            const fields = {};
            let filename;
            const sink = (b) => {
                if (b.length === 0)
                    return;
                size += b.length;
                hashes.sha256.update(b);
                if (multiHash) {
                    hashes.md5.update(b);
                    hashes.sha1.update(b);
                    hashes.sha512.update(b);
                }
                if (spill)
                    (0,external_node_fs_.writeSync)(spill.fd, b);
                else if (keep) {
                    if (size <= KEEP_BYTES)
                        kept.push(Buffer.from(b));
                    else {
                        keep = false;
                        spill = spillBody([...kept, b]);
                        kept.length = 0;
                    }
                }
            };
            // multipart state machine
            const delim = mb ? Buffer.from(`\r\n--${mb[1]}`) : undefined;
            let buf = mb ? Buffer.from("\r\n") : Buffer.alloc(0); // so the first boundary also matches "\r\n--b"
            let phase = 'preamble';
            let partName = '';
            let partIsFile = false;
            let partBuf = [];
            let partSize = 0;
            const onPart = (b) => {
                partSize += b.length;
                if (partIsFile)
                    sink(b);
                else
                    partBuf.push(b);
            };
            const finishPart = () => {
                if (phase !== 'body')
                    return;
                if (partIsFile)
                    fields[partName] = { filename, size: partSize };
                else
                    fields[partName] = Buffer.concat(partBuf).toString();
            };
            const feed = (chunk) => {
                if (!delim)
                    return sink(chunk);
                buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
                for (;;) {
                    if (phase === 'done')
                        return;
                    if (phase === 'headers') {
                        const end = buf.indexOf('\r\n\r\n');
                        if (end < 0)
                            return;
                        const head = buf.subarray(0, end).toString('utf8');
                        buf = buf.subarray(end + 4);
                        const disp = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(head)?.[1] ?? '';
                        partName = /\bname="([^"]*)"/i.exec(disp)?.[1] ?? '';
                        const fn = /\bfilename="([^"]*)"/i.exec(disp);
                        partIsFile = !!fn;
                        if (fn)
                            filename = decodeURIComponent(fn[1]);
                        partBuf = [];
                        partSize = 0;
                        phase = 'body';
                        continue;
                    }
                    const at = buf.indexOf(delim);
                    if (at < 0) {
                        const safe = buf.length - delim.length - 4;
                        if (safe > 0) {
                            if (phase === 'body')
                                onPart(buf.subarray(0, safe));
                            buf = buf.subarray(safe);
                        }
                        return;
                    }
                    if (phase === 'body')
                        onPart(buf.subarray(0, at));
                    finishPart();
                    const after = buf.subarray(at + delim.length);
                    if (after.length < 2)
                        return; // wait for "--" or "\r\n"
                    if (after.subarray(0, 2).toString() === '--') {
                        phase = 'done';
                        buf = Buffer.alloc(0);
                        return;
                    }
                    buf = after.subarray(2);
                    phase = 'headers';
                }
            };
            let aborted = false;
            inc.req.on('data', (chunk) => {
                if (aborted)
                    return;
                seen += chunk.length;
                if (opt.abortAfter !== undefined && seen >= opt.abortAfter) {
                    aborted = true;
                    inc.req.pause();
                    if (spill)
                        (0,external_node_fs_.closeSync)(spill.fd);
                    resolve({ size, ...digests(), data: undefined, complete: false, filename, fields });
                    return;
                }
                feed(chunk);
            });
            const digests = () => ({ sha256: hashes.sha256.digest('hex'), md5: multiHash ? hashes.md5.digest('hex') : '', sha1: multiHash ? hashes.sha1.digest('hex') : '', sha512: multiHash ? hashes.sha512.digest('hex') : '' });
            inc.req.on('end', () => {
                if (aborted)
                    return;
                const expected = Number(inc.headers['content-length'] ?? NaN);
                const complete = Number.isNaN(expected) ? true : seen === expected;
                if (delim && phase !== 'done')
                    return reject(new ReqError(400, github ? ghError(400, 'malformed multipart body') : { message: 'malformed multipart body (no closing boundary)', url: '' }, 'malformed multipart (not in the document)'));
                if (spill)
                    (0,external_node_fs_.closeSync)(spill.fd);
                resolve({ size, ...digests(), data: keep ? Buffer.concat(kept) : undefined, file: spill?.file, complete, filename, fields });
            });
            inc.req.on('error', reject);
        });
    }
    async function readJson(inc) {
        const chunks = [];
        for await (const c of inc.req)
            chunks.push(c);
        const text = Buffer.concat(chunks).toString('utf8');
        if (!text)
            return undefined;
        try {
            return JSON.parse(text);
        }
        catch {
            throw new ReqError(400, github ? ghError(400, 'Problems parsing JSON') : { message: 'invalid JSON', url: '' }, 'unparsable JSON (not in the document)');
        }
    }
    function takeFault(opId, name) {
        for (const f of faultList) {
            const ops = ALIASES[f.op] ?? [f.op];
            if (f.op !== 'any' && !(opId && ops.includes(opId)))
                continue;
            if (f.name !== undefined && f.name !== name)
                continue;
            if (f.used >= (f.times ?? 1))
                continue;
            f.seen++;
            if (f.seen <= (f.after ?? 0))
                continue;
            f.used++;
            faults.fired++;
            return f;
        }
        return undefined;
    }
    function rateHeaders() {
        if (!github)
            return {};
        rateRemaining = Math.max(0, rateRemaining - 1);
        return { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': String(rateRemaining), 'x-ratelimit-reset': String(rateReset), 'x-ratelimit-used': String(5000 - rateRemaining), 'x-ratelimit-resource': 'core' };
    }
    function send(inc, status, body, extra = {}, unvalidatedReason, validateAs) {
        const headers = { ...rateHeaders(), ...extra };
        let payload;
        if (body !== undefined && body !== null && !Buffer.isBuffer(body) && typeof body !== 'string') {
            payload = Buffer.from(JSON.stringify(body));
            headers['content-type'] ??= 'application/json; charset=utf-8';
        }
        else if (typeof body === 'string') {
            payload = Buffer.from(body);
            headers['content-type'] ??= 'text/plain; charset=utf-8';
        }
        else if (Buffer.isBuffer(body)) {
            payload = body;
            headers['content-type'] ??= 'application/octet-stream';
        }
        headers['content-length'] = String(payload?.length ?? 0);
        if (unvalidatedReason)
            unvalidated.push({ method: inc.method, path: inc.path, status, reason: unvalidatedReason });
        else if (!inc.path.startsWith('/_objects') && validator.match(inc.method, inc.path)) {
            let forValidation = validateAs ?? (payload && headers['content-type']?.includes('json') ? payload.toString() : Buffer.isBuffer(body) ? undefined : body);
            if (github && typeof forValidation === 'string' && forValidation.includes('"state":"starter"')) {
                // GitHub really returns state "starter" (outside the document's enum): validate it as "open".
                unvalidated.push({ method: inc.method, path: inc.path, status, reason: 'state "starter" validated as "open"' });
                forValidation = forValidation.replace(/"state":"starter"/g, '"state":"open"');
            }
            validator.validateResponse({ method: inc.method, path: inc.path, status, headers, body: forValidation });
        }
        inc.log.status = status;
        inc.res.writeHead(status, headers);
        inc.res.end(inc.method === 'HEAD' ? undefined : payload);
        hostile.onAnswer?.(inc.log, state);
    }
    function linkHeaders(inc, total, page, size) {
        const last = Math.max(1, Math.ceil(total / size));
        const mk = (p, rel) => {
            const q = new URLSearchParams(inc.query);
            q.set('page', String(p));
            q.set(github ? 'per_page' : 'limit', String(size));
            const origin = hostile.foreignNextLink && rel === 'next' ? elsewhereUrl : url;
            return `<${origin}${github ? apiPrefix : ''}${inc.path}?${q}>; rel="${rel}"`;
        };
        const links = [];
        if (page < last)
            links.push(mk(page + 1, 'next'), mk(last, 'last'));
        if (page > 1)
            links.push(mk(1, 'first'), mk(page - 1, 'prev'));
        const h = {};
        if (links.length)
            h.link = links.join(', ');
        if (!github)
            h['x-total-count'] = String(total);
        return h;
    }
    function paginate(inc, items) {
        const sizeParam = github ? 'per_page' : 'limit';
        const max = github ? 100 : 50;
        const def = 30;
        const size = Math.min(max, Math.max(1, Number(inc.query.get(sizeParam) ?? def) || def));
        const page = Math.max(1, Number(inc.query.get('page') ?? 1) || 1);
        return { page: items.slice((page - 1) * size, page * size), headers: linkHeaders(inc, items.length, page, size) };
    }
    // ---------- operations ----------
    async function route(inc, opId, params) {
        const ownerOk = () => {
            if (params.owner !== undefined && params.owner !== owner)
                throw notFound();
            if (params.repo !== undefined && params.repo !== repo)
                throw notFound();
        };
        // Uploads host only serves uploads (and redirected downloads); the API host never accepts GitHub uploads.
        if (github && !opts.ghes) {
            if (inc.server === 'uploads' && opId !== 'repos/upload-release-asset')
                throw notFound();
            if (inc.server === 'api' && opId === 'repos/upload-release-asset')
                throw notFound();
        }
        switch (opId) {
            // ----- releases -----
            case 'repos/list-releases':
            case 'repoListReleases': {
                ownerOk();
                auth(inc, false);
                const fault = takeFault(opId);
                if (fault)
                    return applyFault(inc, fault, 'before');
                let list = [...state.releases].sort((a, b) => b.id - a.id);
                // drafts are listed only for tokens with push access
                if (readOnly.has(/^(?:token|Bearer)\s+(.+)$/i.exec(String(inc.headers.authorization ?? ''))?.[1]?.trim() ?? ''))
                    list = list.filter((r) => !r.draft);
                if (!github) {
                    const d = inc.query.get('draft');
                    const p = inc.query.get('pre-release');
                    if (d !== null)
                        list = list.filter((r) => String(r.draft) === d);
                    if (p !== null)
                        list = list.filter((r) => String(r.prerelease) === p);
                }
                const { page, headers } = paginate(inc, list);
                return send(inc, 200, page.map(releaseJson), headers, undefined, undefined);
            }
            case 'repos/get-release-by-tag':
            case 'repoGetReleaseByTag': {
                ownerOk();
                auth(inc, false);
                // GitHub: published only (drafts 404); Gitea: drafts visible to writers.
                const r = state.releases.find((x) => x.tagName === params.tag && (github ? !x.draft : true));
                if (!r)
                    throw notFound();
                return send(inc, 200, releaseJson(r));
            }
            case 'repos/get-latest-release':
            case 'repoGetLatestRelease': {
                ownerOk();
                auth(inc, false);
                const r = github ? state.releases.find((x) => x.id === state.latestReleaseId) : [...state.releases].reverse().find((x) => !x.draft && !x.prerelease);
                if (!r)
                    throw notFound();
                return send(inc, 200, releaseJson(r));
            }
            case 'repos/get-release':
            case 'repoGetRelease': {
                ownerOk();
                auth(inc, false);
                const fault = takeFault(opId);
                if (fault)
                    return applyFault(inc, fault, 'before');
                return send(inc, 200, releaseJson(findRelease(params.release_id ?? params.id)));
            }
            case 'repos/create-release':
            case 'repoCreateRelease': {
                ownerOk();
                const body = (await readJson(inc));
                validateBody(inc, body);
                auth(inc, true);
                const tag = String(body.tag_name ?? '');
                if (!tag)
                    throw new ReqError(422, github ? { message: 'Validation Failed', documentation_url: '', errors: [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }] } : { message: 'tag_name is required', url: '' });
                const fault = takeFault(opId);
                if (fault && fault.stage !== 'after-commit')
                    return applyFault(inc, fault, 'before');
                if (github && state.burntTags.has(tag)) {
                    throw new ReqError(422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release', errors: [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' }] });
                }
                const existing = state.releases.filter((r) => r.tagName === tag);
                if (github ? existing.some((r) => !r.draft) : existing.length > 0) {
                    if (github)
                        throw new ReqError(422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] });
                    throw new ReqError(409, { message: `Release has no Tag or a release for tag ${tag} already exists`, url: '' }, undefined, { message: 'release already exists' });
                }
                const r = newRelease({
                    tagName: tag,
                    targetCommitish: String(body.target_commitish ?? 'main'),
                    name: body.name === undefined ? tag : String(body.name),
                    body: String(body.body ?? ''),
                    draft: body.draft === true,
                    prerelease: body.prerelease === true,
                    makeLatest: body.make_latest,
                });
                if (fault)
                    return applyFault(inc, fault, 'after');
                return send(inc, 201, releaseJson(r), github ? { location: `${apiUrl}${repoPath}/releases/${r.id}` } : {});
            }
            case 'repos/update-release':
            case 'repoEditRelease': {
                ownerOk();
                const body = ((await readJson(inc)) ?? {});
                validateBody(inc, body);
                auth(inc, true);
                const r = findRelease(params.release_id ?? params.id);
                const fault = takeFault(opId);
                if (fault && (fault.stage ?? 'before') !== 'after-commit')
                    return applyFault(inc, fault, 'before');
                if (r.immutable) {
                    const frozen = ['tag_name', 'target_commitish', 'draft', 'prerelease', 'make_latest'].filter((k) => body[k] !== undefined && k !== 'make_latest' && String(body[k]) !== String(releaseJson(r)[k]));
                    if (frozen.length)
                        throw new ReqError(422, { message: `Cannot change ${frozen.join(', ')} of an immutable release.`, documentation_url: '' }, 'GitHub rejects changes to an immutable release (not in the document)');
                }
                if (body.tag_name !== undefined)
                    r.tagName = String(body.tag_name);
                if (body.target_commitish !== undefined)
                    r.targetCommitish = String(body.target_commitish);
                if (body.name !== undefined)
                    r.name = String(body.name);
                if (body.body !== undefined)
                    r.body = String(body.body);
                if (body.prerelease !== undefined)
                    r.prerelease = body.prerelease === true;
                if (body.make_latest !== undefined)
                    r.makeLatest = String(body.make_latest);
                if (body.draft === false && r.draft) {
                    if (!github && state.releases.some((x) => x !== r && !x.draft && x.tagName === r.tagName))
                        throw new ReqError(409, { message: 'release with this tag exists', url: '' }, 'conflict (not in the document)');
                    if (github && state.releases.some((x) => x !== r && !x.draft && x.tagName === r.tagName)) {
                        throw new ReqError(422, { message: 'Validation Failed', documentation_url: '', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] }, 'already published (422 not documented for update)');
                    }
                    publishRelease(r);
                }
                else if (body.draft === true && !r.draft)
                    r.draft = true;
                updateLatest(r);
                if (fault)
                    return applyFault(inc, fault, 'after');
                return send(inc, 200, releaseJson(r));
            }
            case 'repos/delete-release':
            case 'repoDeleteRelease': {
                ownerOk();
                auth(inc, true);
                const r = findRelease(params.release_id ?? params.id);
                state.releases.splice(state.releases.indexOf(r), 1);
                return send(inc, 204, undefined);
            }
            // ----- assets -----
            case 'repos/list-release-assets':
            case 'repoListReleaseAttachments': {
                ownerOk();
                auth(inc, false);
                const r = findRelease(params.release_id ?? params.id);
                const fault = takeFault(opId);
                if (fault)
                    return applyFault(inc, fault, 'before');
                if (github) {
                    const { page, headers } = paginate(inc, r.assets);
                    return sendAssets(inc, 200, page.map((a) => assetJson(r, a)), headers);
                }
                return send(inc, 200, r.assets.map((a) => assetJson(r, a)));
            }
            case 'repos/upload-release-asset':
            case 'repoCreateReleaseAttachment': {
                ownerOk();
                {
                    const before = violations.length;
                    validator.validateRequest({ method: inc.method, path: inc.path, query: inc.query, headers: inc.headers });
                    if (violations.length > before)
                        throw new ReqError(400, github ? ghError(400, `emulator: ${violations.at(-1).message}`) : { message: `emulator: ${violations.at(-1).message}`, url: '' }, 'request violated the document');
                }
                auth(inc, true);
                const r = findRelease(params.release_id ?? params.id);
                const name = inc.query.get('name') ?? undefined;
                mutableAssets(r);
                const fault = takeFault(opId, name);
                const expected = Number(inc.headers['content-length'] ?? 0);
                if (fault && (fault.kind === 'reset' || (fault.kind === '502' && (fault.stage ?? 'mid-body') === 'mid-body'))) {
                    const got = await receive(inc, { abortAfter: Math.max(1, Math.floor(expected / 2)) });
                    if (github && fault.kind === '502') {
                        // GitHub leaves a `starter` asset behind after an interrupted upload.
                        r.assets.push({ id: state.nextId++, uuid: (0,external_node_crypto_.randomUUID)(), name: name ?? 'upload', label: null, size: got.size, sha256: got.sha256, state: 'starter', contentType: String(inc.headers['content-type'] ?? 'application/octet-stream'), createdAt: now(), downloadCount: 0 });
                    }
                    return applyFault(inc, fault, 'mid-body');
                }
                if (fault && fault.stage !== 'after-commit') {
                    await receive(inc);
                    return applyFault(inc, fault, 'before');
                }
                const got = await receive(inc);
                // GitHub renames unusual names (other characters → ".", leading/trailing dots dropped): use the returned name.
                const finalName = github ? (name ?? '').replace(/[^A-Za-z0-9._+~@-]/g, '.').replace(/^\.+|\.+$/g, '') : (name ?? got.filename ?? '');
                if (!finalName)
                    throw new ReqError(400, { message: 'Could not determine name of attachment.', url: '' });
                if (/^multipart\//.test(String(inc.headers['content-type']))) {
                    const before = violations.length;
                    validator.validateRequest({ method: inc.method, path: inc.path, query: inc.query, headers: inc.headers, form: got.fields });
                    if (violations.length > before)
                        throw new ReqError(400, { message: `emulator: ${violations.at(-1).message}`, url: '' }, 'request violated the document');
                }
                if (github && r.assets.some((a) => a.name === finalName && a.state === 'uploaded')) {
                    throw new ReqError(422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest/releases/assets#upload-a-release-asset', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
                }
                if (github) {
                    // a leftover starter with the same name blocks the name too (real GitHub: 422 until deleted)
                    if (r.assets.some((a) => a.name === finalName))
                        throw new ReqError(422, { message: 'Validation Failed', documentation_url: '', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
                }
                const a = { id: state.nextId++, uuid: (0,external_node_crypto_.randomUUID)(), name: finalName, label: inc.query.get('label'), size: got.size, sha256: got.sha256, state: 'uploaded', contentType: github ? String(inc.headers['content-type'] ?? 'application/octet-stream') : 'application/octet-stream', data: got.data, file: got.file, createdAt: now(), downloadCount: 0 };
                r.assets.push(a);
                if (hostile.corruptStored?.includes(a.name))
                    corrupt(a);
                if (fault)
                    return applyFault(inc, fault, 'after');
                return sendAssets(inc, 201, assetJson(r, a));
            }
            case 'repos/get-release-asset':
            case 'repoGetReleaseAttachment': {
                ownerOk();
                auth(inc, false);
                const pair = findAsset(params);
                const fault = takeFault(opId, pair.a.name);
                if (fault)
                    return applyFault(inc, fault, 'before');
                if (github && String(inc.headers.accept ?? '').includes('application/octet-stream')) {
                    return send(inc, 302, undefined, { location: `${objectsUrl}/${pair.a.id}?token=signed-${pair.a.uuid}` });
                }
                return sendAssets(inc, 200, assetJson(pair.r, pair.a));
            }
            case 'repos/delete-release-asset':
            case 'repoDeleteReleaseAttachment': {
                ownerOk();
                auth(inc, true);
                const { r, a } = findAsset(params);
                mutableAssets(r);
                const fault = takeFault(opId, a.name);
                if (fault)
                    return applyFault(inc, fault, 'before');
                r.assets.splice(r.assets.indexOf(a), 1);
                return send(inc, 204, undefined);
            }
            // ----- generic packages (Gitea/Forgejo) -----
            case 'genericUploadFile': {
                auth(inc, true, true);
                const key = `${params.owner}/${params.package_name}/${params.package_version}`;
                checkPackageNames(params);
                const fault = takeFault(opId, params.file_name);
                if (fault && fault.stage !== 'after-commit') {
                    if (fault.kind === 'reset' || fault.kind === '502')
                        await receive(inc, { abortAfter: Math.max(1, Math.floor(Number(inc.headers['content-length'] ?? 2) / 2)) });
                    else
                        await receive(inc);
                    return applyFault(inc, fault, 'before');
                }
                const files = state.packages.get(key) ?? new Map();
                const got = await receive(inc, { allHashes: true });
                if (files.has(params.file_name))
                    throw new ReqError(409, 'package file already exists\n', undefined, { 'content-type': 'text/plain; charset=utf-8' });
                files.set(params.file_name, { id: state.nextId++, name: params.file_name, size: got.size, md5: got.md5, sha1: got.sha1, sha256: got.sha256, sha512: got.sha512, data: got.data });
                state.packages.set(key, files);
                if (fault)
                    return applyFault(inc, fault, 'after');
                return send(inc, 201, undefined);
            }
            case 'genericDownloadFile': {
                auth(inc, false, true);
                const f = state.packages.get(`${params.owner}/${params.package_name}/${params.package_version}`)?.get(params.file_name);
                if (!f)
                    throw new ReqError(404, 'package does not exist\n', undefined, { 'content-type': 'text/plain; charset=utf-8' });
                if (!f.data)
                    throw new ReqError(500, 'emulator keeps only files up to 16 MiB\n', 'emulator limitation');
                return send(inc, 200, f.data, { 'content-type': 'application/octet-stream' });
            }
            case 'genericDeleteFile': {
                auth(inc, true, true);
                const key = `${params.owner}/${params.package_name}/${params.package_version}`;
                const files = state.packages.get(key);
                if (!files?.delete(params.file_name))
                    throw new ReqError(404, 'package does not exist\n', undefined, { 'content-type': 'text/plain; charset=utf-8' });
                if (files.size === 0)
                    state.packages.delete(key);
                return send(inc, 204, undefined);
            }
            case 'genericDeletePackageVersion': {
                auth(inc, true, true);
                if (!state.packages.delete(`${params.owner}/${params.package_name}/${params.package_version}`))
                    throw new ReqError(404, 'package does not exist\n', undefined, { 'content-type': 'text/plain; charset=utf-8' });
                return send(inc, 204, undefined);
            }
            case 'listPackageFiles': {
                auth(inc, false, true);
                const fault = takeFault(opId);
                if (fault)
                    return applyFault(inc, fault, 'before');
                if (params.type !== 'generic')
                    throw notFound();
                const files = state.packages.get(`${params.owner}/${params.name}/${params.version}`);
                if (!files)
                    throw notFound();
                return send(inc, 200, [...files.values()].map(({ data: _d, ...f }) => f));
            }
            case 'getPackage': {
                auth(inc, false, true);
                const files = state.packages.get(`${params.owner}/${params.name}/${params.version}`);
                if (params.type !== 'generic' || !files)
                    throw notFound();
                return send(inc, 200, { id: 1, name: params.name, version: params.version, type: 'generic', owner: user(), creator: user(), created_at: now(), html_url: `${url}/${params.owner}/-/packages/generic/${params.name}/${params.version}` });
            }
            case 'repos/update-release-asset':
            case 'repoEditReleaseAttachment':
                ownerOk();
                return renameAsset(inc, params);
            case 'getVersion':
                return send(inc, 200, { version: mode === 'forgejo' ? '11.0.1+gitea-1.22.0' : '1.26.3' });
            default:
                throw new ReqError(501, github ? ghError(501, `emulator: ${opId} is not implemented`) : { message: `emulator: ${opId} is not implemented`, url: '' }, 'not implemented by the emulator');
        }
    }
    function checkPackageNames(p) {
        const bad = !/^[-_+.\w]+$/.test(p.package_name ?? '') || p.package_name === '..' || !(p.package_version ?? '').trim() || p.package_version !== p.package_version.trim() || !/^[-_+=:;.()[\]{}~!@#$%^& \w]+$/.test(p.file_name ?? '') || p.file_name !== p.file_name.trim() || ['.', '..'].includes(p.file_name);
        if (bad)
            throw new ReqError(400, 'invalid package name, version or file name\n', undefined, { 'content-type': 'text/plain; charset=utf-8' });
    }
    function findAsset(params) {
        const aid = params.asset_id ?? params.attachment_id;
        for (const r of state.releases) {
            if (params.id !== undefined && String(r.id) !== params.id)
                continue;
            const a = r.assets.find((x) => String(x.id) === aid);
            if (a)
                return { r, a };
        }
        throw notFound();
    }
    function sendAssets(inc, status, body, headers = {}) {
        send(inc, status, body, headers);
    }
    function validateBody(inc, body) {
        const before = violations.length;
        validator.validateRequest({ method: inc.method, path: inc.path, query: inc.query, headers: inc.headers, body });
        if (violations.length > before)
            throw new ReqError(400, github ? ghError(400, `emulator: request does not match the API document: ${violations.at(-1).message}`) : { message: `emulator: request does not match the API document: ${violations.at(-1).message}`, url: '' }, 'request violated the document');
    }
    function applyFault(inc, f, at) {
        opts.log?.(`fault ${f.kind} on ${inc.method} ${inc.path} (${at})`);
        switch (f.kind) {
            case 'reset':
                inc.req.socket.destroy();
                return;
            case '502':
                if (at === 'mid-body')
                    inc.res.once('finish', () => inc.req.socket.destroy());
                send(inc, 502, github ? ghError(502, 'Server Error') : '<html><body>502 Bad Gateway</body></html>', github ? { connection: 'close' } : { 'content-type': 'text/html', connection: 'close' }, 'injected 502', undefined);
                return;
            case '429': {
                const h = {};
                if (f.retryAfter !== null)
                    h['retry-after'] = String(f.retryAfter ?? 1);
                else if (github) {
                    // primary limit exhausted: no retry-after, remaining 0 until the reset time (epoch seconds)
                    h['x-ratelimit-remaining'] = '0';
                    h['x-ratelimit-reset'] = String(Math.floor(Date.now() / 1000) + 1);
                }
                return send(inc, 429, github ? ghError(429, 'API rate limit exceeded') : { message: 'Too Many Requests', url: '' }, h, 'injected 429');
            }
            case '403-secondary': {
                const h = {};
                if (f.retryAfter !== null)
                    h['retry-after'] = String(f.retryAfter ?? 1);
                return send(inc, 403, ghError(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'), h, 'injected secondary rate limit');
            }
            case 'permission':
                return send(inc, 403, github ? ghError(403, 'Resource not accessible by integration') : { message: 'token does not have at least one of required scope(s): [write:repository]', url: '' }, {}, 'injected permission failure');
            case 'status':
                return send(inc, f.status ?? 500, github ? ghError(f.status ?? 500, 'injected') : { message: 'injected', url: '' }, {}, `injected ${f.status}`);
            case 'echo-token':
                return echoToken(inc, f);
        }
    }
    // ---------- hostile answers (publishing engineer) ----------
    /** An error body that echoes the credential the request carried, `pad` characters in, inside long text. */
    function echoToken(inc, f) {
        const credential = /^(?:token|Bearer)\s+(.+)$/i.exec(String(inc.headers.authorization ?? ''))?.[1] ?? '';
        const text = `${'x'.repeat(f.pad ?? 0)}${credential}${' (context the server added)'.repeat(40)}`;
        const status = f.status ?? 400;
        if (f.shape === 'text')
            return send(inc, status, text, {}, 'injected token echo');
        if (f.shape === 'errors')
            return send(inc, status, { message: 'Validation Failed', documentation_url: '', errors: [{ resource: 'Release', code: 'custom', field: 'tag_name', message: text }] }, {}, 'injected token echo');
        return send(inc, status, github ? ghError(status, text) : { message: text, url: '' }, {}, 'injected token echo');
    }
    /** The other origin: records whether a credential arrived, then serves what the forge would (object storage, downloads…). */
    function handleElsewhere(req, res) {
        const credential = Object.keys(req.headers).some((h) => h === 'authorization' || /token/i.test(h));
        const u = new URL(req.url ?? '/', 'http://x');
        elsewhereRequests.push({ method: req.method ?? 'GET', path: u.pathname, credential });
        if (u.pathname.startsWith('/_objects/') || /\/releases\/download\//.test(u.pathname))
            return void handle(req, res, 'api');
        return void handle(req, res, hostile.foreignUploadUrl && req.method === 'POST' ? 'uploads' : 'api');
    }
    /** Flips the first stored byte (hostile.corruptStored): the size stays, the content does not. */
    function corrupt(a) {
        if (a.data?.length)
            a.data = Buffer.concat([Buffer.from([a.data[0] ^ 0xff]), a.data.subarray(1)]);
        else if (a.file && a.size > 0) {
            const fd = (0,external_node_fs_.openSync)(a.file, 'r+');
            const b = Buffer.alloc(1);
            (0,external_node_fs_.readSync)(fd, b, 0, 1, 0);
            (0,external_node_fs_.writeSync)(fd, Buffer.from([b[0] ^ 0xff]), 0, 1, 0);
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    function spillBody(first) {
        if (!spillDir)
            return undefined;
        const file = (0,external_node_path_.join)(spillDir, (0,external_node_crypto_.randomUUID)());
        const fd = (0,external_node_fs_.openSync)(file, 'w');
        for (const b of first)
            (0,external_node_fs_.writeSync)(fd, b);
        return { fd, file };
    }
    function streamFile(inc, file, size) {
        unvalidated.push({ method: inc.method, path: inc.path, status: 200, reason: 'web route (not in the API document)' });
        inc.log.status = 200;
        inc.res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
        (0,external_node_fs_.createReadStream)(file).pipe(inc.res);
    }
    /** PATCH an asset's name (GitHub repos/update-release-asset → 200; Gitea repoEditReleaseAttachment → 201). */
    async function renameAsset(inc, params) {
        const body = ((await readJson(inc)) ?? {});
        validateBody(inc, body);
        auth(inc, true);
        const { r, a } = findAsset(params);
        mutableAssets(r);
        const fault = takeFault(inc.log.operationId, a.name);
        if (fault)
            return applyFault(inc, fault, 'before');
        const name = body.name === undefined ? a.name : String(body.name);
        if (github && r.assets.some((x) => x !== a && x.name === name)) {
            throw new ReqError(422, { message: 'Validation Failed', documentation_url: '', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] }, 'rename onto an existing name (422 not in the document)');
        }
        a.name = name;
        return sendAssets(inc, github ? 200 : 201, assetJson(r, a));
    }
    async function handle(req, res, server) {
        const u = new URL(req.url ?? '/', 'http://x');
        const method = (req.method ?? 'GET').toUpperCase();
        const log = { method, path: u.pathname, query: u.search, status: 0, server, authorization: req.headers.authorization ? 'present' : undefined };
        state.requests.push(log);
        const inc = { method, path: u.pathname, query: u.searchParams, headers: req.headers, req, res, server, log };
        try {
            // Web routes outside the API documents (downloads).
            if (u.pathname.startsWith('/_objects/') || (!u.pathname.startsWith('/api/') && !github) || /\/releases\/download\//.test(u.pathname) || u.pathname.startsWith('/attachments/')) {
                log.server = 'web';
                return serveDownload(inc, u);
            }
            let path = u.pathname;
            let prefix = apiPrefix;
            if (github && opts.ghes && path.startsWith('/api/uploads/'))
                prefix = '/api/uploads';
            if (github && !opts.ghes && path.startsWith('/_uploads/')) {
                prefix = '/_uploads';
                inc.server = log.server = 'uploads';
            }
            if (prefix && !path.startsWith(`${prefix}/`) && !(!github && path.startsWith('/api/packages/')))
                throw notFound();
            if (github && prefix)
                path = path.slice(prefix.length);
            inc.path = path;
            const m = validator.match(method, path);
            log.operationId = m?.operationId;
            if (!m) {
                validator.validateRequest({ method, path, query: u.searchParams, headers: req.headers });
                throw notFound();
            }
            const hasJsonBody = ['repos/create-release', 'repoCreateRelease', 'repos/update-release', 'repoEditRelease'].includes(m.operationId ?? '');
            const streamed = ['repos/upload-release-asset', 'repoCreateReleaseAttachment', 'genericUploadFile'].includes(m.operationId ?? '');
            if (!hasJsonBody && !streamed) {
                const before = violations.length;
                validator.validateRequest({ method, path, query: u.searchParams, headers: req.headers });
                if (violations.length > before)
                    throw new ReqError(400, github ? ghError(400, `emulator: ${violations.at(-1).message}`) : { message: `emulator: ${violations.at(-1).message}`, url: '' }, 'request violated the document');
            }
            else if (streamed && m.operationId === 'genericUploadFile') {
                validator.validateRequest({ method, path, query: u.searchParams, headers: req.headers });
            }
            await route(inc, m.operationId, m.params);
        }
        catch (err) {
            if (res.headersSent || req.socket.destroyed)
                return;
            if (err instanceof ReqError) {
                // drain what is left of the request body so the client sees the answer
                req.resume();
                return send(inc, err.status, err.body, err.headers, err.unvalidated);
            }
            opts.log?.(`emulator error: ${err.stack}`);
            send(inc, 500, { message: `emulator bug: ${err.message}` }, {}, 'emulator bug');
        }
        finally {
            packageWatch.notify(log);
        }
    }
    function serveDownload(inc, u) {
        let asset;
        const objects = /^\/_objects\/(\d+)$/.exec(u.pathname);
        if (objects) {
            if (inc.headers.authorization) {
                violations.push({ kind: 'request', method: inc.method, path: u.pathname, message: 'the Authorization header was forwarded to the object storage host (credential leak across origins)' });
            }
            for (const r of state.releases)
                asset ??= r.assets.find((a) => String(a.id) === objects[1] && u.searchParams.get('token') === `signed-${a.uuid}`);
        }
        else if (u.pathname.startsWith('/attachments/')) {
            const uuid = u.pathname.slice('/attachments/'.length);
            for (const r of state.releases)
                asset ??= r.assets.find((a) => a.uuid === uuid);
        }
        else {
            const m = /\/releases\/download\/([^/]+)\/([^/]+)$/.exec(u.pathname);
            const r = m && state.releases.find((x) => !x.draft && x.tagName === decodeURIComponent(m[1]));
            asset = r?.assets.find((a) => a.name === decodeURIComponent(m[2]));
        }
        if (!asset)
            return send(inc, 404, 'Not Found', {}, 'web route');
        if (!asset.data && !asset.file)
            return send(inc, 500, 'emulator keeps only assets up to 16 MiB', {}, 'emulator limitation');
        const fault = takeFault('web/download', asset.name);
        if (fault)
            return applyFault(inc, fault, 'before');
        asset.downloadCount++;
        if (!asset.data)
            return streamFile(inc, asset.file, asset.size);
        return send(inc, 200, asset.data, { 'content-type': 'application/octet-stream' }, 'web route (not in the API document)');
    }
    const emu = {
        mode,
        url,
        apiUrl,
        uploadsUrl,
        elsewhere: { url: elsewhereUrl, requests: elsewhereRequests },
        owner,
        repo,
        token,
        state,
        faults,
        violations,
        unvalidated,
        assertNoViolations() {
            if (violations.length)
                throw new Error(`forge emulator saw ${violations.length} API-document violation(s):\n${violations.map((v) => `- ${v.kind} ${v.method} ${v.path}${v.status ? ` → ${v.status}` : ''}: ${v.message}`).join('\n')}`);
        },
        seedRelease: (r) => newRelease(r),
        releasesFor: (tag) => state.releases.filter((r) => r.tagName === tag),
        watch: (fn) => packageWatch.add(fn),
        async close() {
            for (const s of sockets)
                s.destroy();
            await Promise.all([apiServer, otherServer].map((s) => new Promise((r) => s.close(() => r()))));
            if (spillDir)
                (0,external_node_fs_.rmSync)(spillDir, { recursive: true, force: true });
        },
    };
    return emu;
}
// ---------- packages (issue 13 cases 4 and 10): observers of the client-visible state ----------
/** Functions called after every answered request (see ForgeEmulator.watch). */
function requestWatchers() {
    const fns = new Set();
    return {
        add(fn) {
            fns.add(fn);
            return () => void fns.delete(fn);
        },
        notify(r) {
            for (const fn of fns)
                fn(r);
        },
    };
}


/***/ })

};
