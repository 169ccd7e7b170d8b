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
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** The official documents: $RELFORGE_API_SPECS, else ../shared/api-specs beside the work tree, else the
 * vendored byte-identical copies in src/emulator/api-specs (a fresh clone without ../shared; see its README). */
export const SHARED_API_SPECS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'api-specs');
export const VENDORED_API_SPECS_DIR = resolve(import.meta.dirname, 'api-specs');
export const API_SPECS_DIR =
  process.env.RELFORGE_API_SPECS ?? (existsSync(join(SHARED_API_SPECS_DIR, 'github-releases.openapi.json')) ? SHARED_API_SPECS_DIR : VENDORED_API_SPECS_DIR);
export const specPath = (file: string) => join(API_SPECS_DIR, file);

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = Record<string, string | string[] | number | undefined>;

export interface Violation {
  kind: 'request' | 'response';
  method: string;
  path: string;
  operationId?: string;
  status?: number;
  message: string;
}

export class OpenApiViolation extends Error {
  constructor(readonly violation: Violation) {
    super(`OpenAPI violation (${violation.kind} ${violation.method} ${violation.path}${violation.status ? ` → ${violation.status}` : ''}${violation.operationId ? `, ${violation.operationId}` : ''}): ${violation.message}`);
    this.name = 'OpenApiViolation';
  }
}

export interface RequestToValidate {
  method: string;
  /** The URL path as the server received it (no query), e.g. `/api/v1/repos/o/r/releases`. */
  path: string;
  query?: Record<string, string | string[] | undefined> | URLSearchParams;
  headers?: Headers;
  /** JSON value, or raw text/Buffer (parsed when the content type is JSON); omit for binary bodies. */
  body?: unknown;
  /** multipart/form-data fields: name → string value or `{ filename, size }` for a file part. */
  form?: Record<string, string | { filename?: string; size?: number }>;
}

export interface ResponseToValidate {
  method: string;
  path: string;
  status: number;
  headers?: Headers;
  /** JSON value, or raw text/Buffer (parsed when the content type is JSON); undefined = empty body. */
  body?: unknown;
}

export interface MatchedOperation {
  operationId?: string;
  method: string;
  template: string;
  params: Record<string, string>;
  /** which part of the document: 'main' or 'x-gitea-generic-package-registry' */
  section: string;
}

export interface ValidatorOptions {
  /** 'throw' (default) throws OpenApiViolation; 'record' only appends to `violations`. */
  onViolation?: 'throw' | 'record';
  /** A mount prefix in front of the document's base path (GHES `/api/v3`, a Gitea sub-URL). */
  prefix?: string;
}

export interface OpenApiValidator {
  readonly version: '2.0' | '3.0';
  readonly violations: Violation[];
  /** The operation for a method + path, or undefined when the document has none. */
  match(method: string, path: string): MatchedOperation | undefined;
  validateRequest(req: RequestToValidate): MatchedOperation | undefined;
  validateResponse(res: ResponseToValidate): void;
}

interface Section {
  name: string;
  basePaths: string[];
  paths: Record<string, Json>;
  /** JSON pointer prefix of this section inside the document (for $ref resolution of local refs). */
  pointer: string;
}

interface CompiledPath {
  section: Section;
  template: string;
  regex: RegExp;
  names: string[];
  literalCount: number;
  segmentCount: number;
  item: Json;
}

let docCounter = 0;

function headerValue(headers: Headers | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const want = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() !== want || v === undefined) continue;
    return Array.isArray(v) ? v.join(', ') : String(v);
  }
  return undefined;
}

function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]!.trim().toLowerCase() || undefined;
}

function mediaMatches(actual: string, declared: string): boolean {
  const d = declared.split(';')[0]!.trim().toLowerCase();
  if (d === '*/*' || d === actual) return true;
  if (d.endsWith('/*')) return actual.startsWith(d.slice(0, -1));
  return false;
}

const isJsonMedia = (m: string | undefined) => !!m && (m === 'application/json' || m.endsWith('+json'));

/** Deep copy that rewrites local `$ref`s to `<id>#…` and translates nullable & friends for ajv. */
function prepareDocument(doc: Json, id: string): Json {
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#')) out[k] = `${id}${v}`;
      else if (k === 'example' || k === 'examples' || k === 'x-github' || k === 'description') continue;
      else out[k] = walk(v);
    }
    if (out.type === 'file') {
      delete out.type;
      out['x-relforge-file'] = true;
    }
    for (const [ex, lim] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (typeof out[ex] === 'boolean') {
        if (out[ex] && typeof out[lim] === 'number') {
          out[ex] = out[lim];
          delete out[lim];
        } else delete out[ex];
      }
    }
    const nullable = out.nullable === true || out['x-nullable'] === true;
    delete out.nullable;
    delete out['x-nullable'];
    if (nullable) {
      if (typeof out.type === 'string') {
        out.type = [out.type, 'null'];
        if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      } else if (out.$ref || out.allOf || out.oneOf || out.anyOf) {
        return { anyOf: [out, { type: 'null' }] };
      }
    }
    return out;
  };
  return walk(doc);
}

function pointerGet(doc: Json, pointer: string): Json {
  if (pointer === '' || pointer === '#') return doc;
  const parts = pointer.replace(/^#?\//, '').split('/').map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  let cur = doc;
  for (const p of parts) {
    if (cur === undefined || cur === null) return undefined;
    cur = cur[p];
  }
  return cur;
}

/** One loaded document: its prepared text, its ajv instance, its compiled paths and where violations go. */
interface Spec {
  version: '2.0' | '3.0';
  id: string;
  doc: Json;
  ajv: Ajv;
  prefix: string;
  compiled: CompiledPath[];
  validators: Map<Json, ValidateFunction>;
  violations: Violation[];
  mode: 'throw' | 'record';
}

export function createValidator(specFile: string, options: ValidatorOptions = {}): OpenApiValidator {
  const spec = loadSpec(specFile, options);
  return {
    version: spec.version,
    violations: spec.violations,
    match: (method, path) => match(spec, method, path),
    validateRequest: (req) => validateRequest(spec, req),
    validateResponse: (res) => validateResponse(spec, res),
  };
}

/** Reads and prepares the document, registers its schemas with ajv and compiles its paths. */
function loadSpec(specFile: string, options: ValidatorOptions): Spec {
  const raw = JSON.parse(readFileSync(specFile, 'utf8'));
  const version: '2.0' | '3.0' = raw.swagger === '2.0' ? '2.0' : '3.0';
  if (version === '3.0' && !/^3\.0\./.test(String(raw.openapi))) throw new Error(`${specFile}: unsupported OpenAPI version ${raw.openapi}`);
  const id = `relforge-spec-${++docCounter}`;
  const doc = prepareDocument(raw, id);
  doc.$id = id;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'decimal', 'timestamp']) ajv.addFormat(f, true);
  // Only the schema-holding parts are registered with ajv; operations are walked by hand.
  const schemaDoc: Json = { $id: id, definitions: doc.definitions ?? {}, components: doc.components ?? {}, responses: doc.responses ?? {}, parameters: doc.parameters ?? {} };
  for (const [k, v] of Object.entries(doc)) if (k.startsWith('x-') && v && typeof v === 'object') schemaDoc[k] = v;
  ajv.addSchema(schemaDoc);
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const mode = options.onViolation ?? 'throw';
  return { version, id, doc, ajv, prefix, compiled: compilePaths(doc, version), validators: new Map(), violations: [], mode };
}

/** Path templates as regexes, most specific first. */
function compilePaths(doc: Json, version: '2.0' | '3.0'): CompiledPath[] {
  // Sections: the document itself and, for Gitea, the hand-modelled generic registry block.
  const sections: Section[] = [];
  const basePathsOf = (servers: Json[] | undefined): string[] =>
    (servers ?? [{ url: '/' }]).map((s: Json) => {
      try {
        return new URL(String(s.url), 'http://placeholder').pathname.replace(/\/+$/, '');
      } catch {
        return '';
      }
    });
  if (version === '2.0') sections.push({ name: 'main', basePaths: [String(doc.basePath ?? '').replace(/\/+$/, '')], paths: doc.paths ?? {}, pointer: '' });
  else sections.push({ name: 'main', basePaths: basePathsOf(doc.servers), paths: doc.paths ?? {}, pointer: '' });
  for (const [k, v] of Object.entries<Json>(doc)) {
    if (k.startsWith('x-') && v && typeof v === 'object' && v.paths && typeof v.basePath === 'string') {
      sections.push({ name: k, basePaths: [v.basePath.replace(/\/+$/, '')], paths: v.paths, pointer: `/${k}` });
    }
  }
  const compiled: CompiledPath[] = [];
  for (const section of sections) {
    for (const [template, item] of Object.entries<Json>(section.paths)) {
      const segs = template.split('/').filter(Boolean);
      const names: string[] = [];
      let literalCount = 0;
      const parts = segs.map((seg, i) => {
        let literal = true;
        const re = seg.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, lit: string | undefined) => {
          if (name) {
            literal = false;
            names.push(name);
            return i === segs.length - 1 ? '(.+)' : '([^/]+)';
          }
          return lit!.replace(/[.*+?^${}()|[\]\\:]/g, '\\$&');
        });
        if (literal) literalCount++;
        return re;
      });
      compiled.push({ section, template, regex: new RegExp(`^/${parts.join('/')}/?$`), names, literalCount, segmentCount: segs.length, item });
    }
  }
  // Most specific first: more literal segments, then more segments.
  compiled.sort((a, b) => b.literalCount - a.literalCount || b.segmentCount - a.segmentCount);
  return compiled;
}

function deref(spec: Spec, node: Json, seen = 0): Json {
  if (node && typeof node === 'object' && typeof node.$ref === 'string' && node.$ref.startsWith(spec.id) && seen < 20) {
    return deref(spec, pointerGet(spec.doc, node.$ref.slice(spec.id.length)), seen + 1);
  }
  return node;
}

function schemaErrors(spec: Spec, schema: Json, value: unknown): string | undefined {
  let fn = spec.validators.get(schema);
  if (!fn) {
    fn = spec.ajv.compile(schema);
    spec.validators.set(schema, fn);
  }
  if (fn(value)) return undefined;
  return (fn.errors ?? [])
    .slice(0, 5)
    .map((e: ErrorObject) => `${e.instancePath || '(root)'} ${e.message}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}${e.params && 'additionalProperty' in e.params ? ` "${e.params.additionalProperty}"` : ''}`)
    .join('; ');
}

function fail(spec: Spec, v: Violation): void {
  spec.violations.push(v);
  if (spec.mode === 'throw') throw new OpenApiViolation(v);
}

function findPath(spec: Spec, method: string, path: string): { c: CompiledPath; params: Record<string, string>; op: Json } | undefined {
  let p = path.split('?')[0]!;
  if (spec.prefix && p.startsWith(spec.prefix)) p = p.slice(spec.prefix.length);
  const m = method.toLowerCase();
  for (const c of spec.compiled) {
    for (const base of c.section.basePaths) {
      if (base && !p.startsWith(`${base}/`)) continue;
      const rest = base ? p.slice(base.length) : p;
      const hit = c.regex.exec(rest);
      if (!hit) continue;
      const op = c.item[m];
      if (!op) continue;
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => {
        try {
          params[n] = decodeURIComponent(hit[i + 1]!);
        } catch {
          params[n] = hit[i + 1]!;
        }
      });
      return { c, params, op };
    }
  }
  return undefined;
}

/** Operation + path-item parameters, resolved, keyed by in+name (operation wins). */
function parametersOf(spec: Spec, c: CompiledPath, op: Json): Json[] {
  const map = new Map<string, Json>();
  for (const p of [...(c.item.parameters ?? []), ...(op.parameters ?? [])]) {
    const r = deref(spec, p);
    if (r) map.set(`${r.in}:${r.name}`, r);
  }
  return [...map.values()];
}

function paramSchema(spec: Spec, p: Json): Json {
  if (spec.version === '3.0') return p.schema ?? {};
  const { name: _n, in: _i, required: _r, description: _d, 'x-relforge-file': _f, ...rest } = p;
  return rest;
}

function coerce(spec: Spec, value: string, schema: Json): unknown {
  const s = deref(spec, schema) ?? {};
  const t = Array.isArray(s.type) ? s.type.find((x: string) => x !== 'null') : s.type;
  if ((t === 'integer' || t === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (t === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if (t === 'array') return value.split(',');
  return value;
}

function parseBody(body: unknown, media: string | undefined): { ok: boolean; value: unknown } {
  if (body === undefined || body === null) return { ok: true, value: undefined };
  if (Buffer.isBuffer(body) || typeof body === 'string') {
    const text = body.toString();
    if (text === '') return { ok: true, value: undefined };
    if (isJsonMedia(media)) {
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, value: text };
      }
    }
    return { ok: true, value: text };
  }
  return { ok: true, value: body };
}

function match(spec: Spec, method: string, path: string): MatchedOperation | undefined {
  const f = findPath(spec, method, path);
  if (!f) return undefined;
  return { operationId: f.op.operationId, method: method.toUpperCase(), template: f.c.template, params: f.params, section: f.c.section.name };
}

function validateRequest(spec: Spec, req: RequestToValidate): MatchedOperation | undefined {
  const method = req.method.toUpperCase();
  const base: Violation = { kind: 'request', method, path: req.path, message: '' };
  const f = findPath(spec, method, req.path);
  if (!f) {
    fail(spec, { ...base, message: `no operation for ${method} ${req.path} in the document` });
    return undefined;
  }
  const { c, params, op } = f;
  base.operationId = op.operationId;
  const declared = parametersOf(spec, c, op);
  const problems = requestParameterProblems(spec, req, op, declared, params);
  // Body.
  const media = mediaType(headerValue(req.headers, 'content-type'));
  const hasBody = req.form !== undefined || (req.body !== undefined && req.body !== null && !(typeof req.body === 'string' && req.body === '') && !(Buffer.isBuffer(req.body) && req.body.length === 0));
  const contentLength = Number(headerValue(req.headers, 'content-length') ?? '0');
  const body: RequestBodyFacts = { media, hasBody, sendsBody: hasBody || contentLength > 0 };
  if (spec.version === '3.0') problems.push(...requestBodyProblems3(spec, req, op, body));
  else problems.push(...requestBodyProblems2(spec, req, op, declared, body));
  if (problems.length) fail(spec, { ...base, message: problems.join('; ') });
  return { operationId: op.operationId, method, template: c.template, params, section: c.section.name };
}

interface RequestBodyFacts {
  media: string | undefined;
  hasBody: boolean;
  sendsBody: boolean;
}

/** Undeclared query parameters, missing required ones, and values their schema refuses. */
function requestParameterProblems(spec: Spec, req: RequestToValidate, op: Json, declared: Json[], params: Record<string, string>): string[] {
  const problems: string[] = [];
  const query: Record<string, string | string[] | undefined> = {};
  if (req.query instanceof URLSearchParams) {
    for (const k of new Set(req.query.keys())) {
      const all = req.query.getAll(k);
      query[k] = all.length > 1 ? all : all[0];
    }
  } else Object.assign(query, req.query ?? {});
  const declaredQuery = new Set(declared.filter((p) => p.in === 'query').map((p) => p.name));
  for (const k of Object.keys(query)) if (query[k] !== undefined && !declaredQuery.has(k)) problems.push(`query parameter "${k}" is not declared by ${op.operationId}`);
  for (const p of declared) {
    let value: string | undefined;
    if (p.in === 'path') value = params[p.name];
    else if (p.in === 'query') value = Array.isArray(query[p.name]) ? (query[p.name] as string[]).join(',') : (query[p.name] as string | undefined);
    else if (p.in === 'header') value = headerValue(req.headers, p.name);
    else continue;
    if (value === undefined) {
      if (p.required) problems.push(`required ${p.in} parameter "${p.name}" is missing`);
      continue;
    }
    const schema = paramSchema(spec, p);
    const err = schemaErrors(spec, schema, coerce(spec, value, schema));
    if (err) problems.push(`${p.in} parameter "${p.name}"=${JSON.stringify(value)}: ${err}`);
  }
  return problems;
}

/** OpenAPI 3.0: the request body against `requestBody`. */
function requestBodyProblems3(spec: Spec, req: RequestToValidate, op: Json, { media, hasBody, sendsBody }: RequestBodyFacts): string[] {
  const problems: string[] = [];
  const rb = deref(spec, op.requestBody);
  if (rb) {
    const types = Object.keys(rb.content ?? {});
    if (sendsBody) {
      if (!media) problems.push(`request has a body but no Content-Type (expected one of ${types.join(', ')})`);
      else if (!types.some((t) => mediaMatches(media, t))) problems.push(`Content-Type ${media} is not one of ${types.join(', ')}`);
      else {
        const key = types.find((t) => mediaMatches(media, t))!;
        const schema = rb.content[key]?.schema;
        if (schema && isJsonMedia(media)) {
          const parsed = parseBody(req.body, media);
          if (!parsed.ok) problems.push('request body is not valid JSON');
          else if (parsed.value !== undefined) {
            const err = schemaErrors(spec, schema, parsed.value);
            if (err) problems.push(`request body: ${err}`);
          }
        }
      }
    } else if (rb.required) problems.push('request body is required');
  } else if (hasBody) problems.push(`${op.operationId} takes no request body`);
  return problems;
}

/** Swagger 2.0: the request body against `consumes`, the `body` parameter or the `formData` fields. */
function requestBodyProblems2(spec: Spec, req: RequestToValidate, op: Json, declared: Json[], { media, hasBody, sendsBody }: RequestBodyFacts): string[] {
  const problems: string[] = [];
  const consumes: string[] = op.consumes ?? spec.doc.consumes ?? [];
  const bodyParam = declared.find((p) => p.in === 'body');
  const formParams = declared.filter((p) => p.in === 'formData');
  if (sendsBody && consumes.length) {
    if (!media) problems.push(`request has a body but no Content-Type (expected one of ${consumes.join(', ')})`);
    else if (!consumes.some((t) => mediaMatches(media, t))) problems.push(`Content-Type ${media} is not one of ${consumes.join(', ')}`);
  }
  if (media === 'multipart/form-data' || media === 'application/x-www-form-urlencoded') {
    if (!formParams.length) problems.push(`${op.operationId} declares no form fields`);
    const form = req.form ?? {};
    const names = new Set(formParams.map((p) => p.name));
    for (const k of Object.keys(form)) if (!names.has(k)) problems.push(`form field "${k}" is not declared by ${op.operationId}`);
    for (const p of formParams) {
      const v = form[p.name];
      if (v === undefined) {
        if (p.required) problems.push(`required form field "${p.name}" is missing`);
      } else if (p['x-relforge-file'] && typeof v === 'string') problems.push(`form field "${p.name}" must be a file part`);
      else if (!p['x-relforge-file'] && typeof v !== 'string') problems.push(`form field "${p.name}" must be a plain value, not a file`);
    }
  } else if (bodyParam) {
    if (isJsonMedia(media) || (!media && hasBody)) {
      const parsed = parseBody(req.body, media ?? 'application/json');
      if (!parsed.ok) problems.push('request body is not valid JSON');
      else if (parsed.value === undefined) {
        if (bodyParam.required) problems.push('request body is required');
      } else {
        const err = schemaErrors(spec, bodyParam.schema ?? {}, parsed.value);
        if (err) problems.push(`request body: ${err}`);
      }
    } else if (!sendsBody && bodyParam.required) problems.push('request body is required');
  } else if (hasBody && !formParams.length && !consumes.length) problems.push(`${op.operationId} takes no request body`);
  return problems;
}

function validateResponse(spec: Spec, res: ResponseToValidate): void {
  const { version, doc } = spec;
  const method = res.method.toUpperCase();
  const base: Violation = { kind: 'response', method, path: res.path, status: res.status, message: '' };
  const f = findPath(spec, method, res.path);
  if (!f) {
    fail(spec, { ...base, message: `no operation for ${method} ${res.path} in the document` });
    return;
  }
  const { op } = f;
  base.operationId = op.operationId;
  const responses = op.responses ?? {};
  const declared = deref(spec, responses[String(res.status)] ?? responses.default);
  if (!declared) {
    fail(spec, { ...base, message: `status ${res.status} is not documented (documented: ${Object.keys(responses).join(', ')})` });
    return;
  }
  const problems: string[] = [];
  const media = mediaType(headerValue(res.headers, 'content-type'));
  const empty = res.body === undefined || res.body === null || (typeof res.body === 'string' && res.body === '') || (Buffer.isBuffer(res.body) && res.body.length === 0);
  let schema: Json | undefined;
  let types: string[] = [];
  if (version === '3.0') {
    types = Object.keys(declared.content ?? {});
    if (!empty && types.length && media) {
      const key = types.find((t) => mediaMatches(media, t));
      if (!key) problems.push(`response Content-Type ${media} is not one of ${types.join(', ')}`);
      else schema = declared.content[key]?.schema;
    } else if (types.length) schema = declared.content[types[0]!]?.schema;
  } else {
    schema = declared.schema;
    types = op.produces ?? (f.c.section.name === 'main' ? doc.produces : undefined) ?? [];
    if (!empty && schema && media && isJsonMedia(media) && types.length && !types.some((t) => mediaMatches(media, t))) {
      problems.push(`response Content-Type ${media} is not one of ${types.join(', ')}`);
    }
  }
  const s = deref(spec, schema);
  const binary = s && (s.format === 'binary' || (s.type === undefined && !s.$ref && !s.properties && !s.items && !s.anyOf && !s.allOf));
  if (schema && !binary) {
    if (empty) {
      if (res.status >= 200 && res.status < 300) problems.push(`response body is empty but the document declares a schema for ${res.status}`);
    } else if (isJsonMedia(media) || (!media && s?.type !== 'string')) {
      const parsed = parseBody(res.body, 'application/json');
      if (!parsed.ok) problems.push('response body is not valid JSON');
      else {
        const err = schemaErrors(spec, schema, parsed.value);
        if (err) problems.push(`response body: ${err}`);
      }
    } else if (s?.type === 'string') {
      // text/plain errors (Gitea generic registry): any text is fine.
    } else problems.push(`response Content-Type ${media ?? '(none)'} cannot carry the declared JSON schema`);
  }
  for (const [name, h] of Object.entries<Json>(declared.headers ?? {})) {
    const hd = deref(spec, h);
    const value = headerValue(res.headers, name);
    if (value === undefined) continue;
    const hs = version === '3.0' ? (hd.schema ?? {}) : paramSchema(spec, hd);
    const err = schemaErrors(spec, hs, coerce(spec, value, hs));
    if (err) problems.push(`response header ${name}: ${err}`);
  }
  if (problems.length) fail(spec, { ...base, message: problems.join('; ') });
}
