/** The spec validator the emulators rely on must itself catch mismatches (else "validated" means nothing). */
import { describe, expect, it } from 'vitest';
import { createValidator, specPath, OpenApiViolation } from '../../src/emulator/openapi.js';

describe('createValidator (OpenAPI 3.0.3: GitHub)', () => {
  const gh = () => createValidator(specPath('github-releases.openapi.json'), { onViolation: 'record' });
  it('matches literal segments before parameters and multi-segment refs', () => {
    const v = gh();
    expect(v.match('GET', '/repos/o/r/releases/latest')?.operationId).toBe('repos/get-latest-release');
    expect(v.match('GET', '/repos/o/r/releases/12')?.operationId).toBe('repos/get-release');
    expect(v.match('DELETE', '/repos/o/r/git/refs/tags/v1.2.3')?.params.ref).toBe('tags/v1.2.3');
    expect(v.match('DELETE', '/repos/o/r/releases/assets/9')?.operationId).toBe('repos/delete-release-asset');
    expect(v.match('PUT', '/repos/o/r/releases')).toBeUndefined();
  });
  it('flags bad enum values, undeclared query parameters, missing required fields and undocumented statuses', () => {
    const v = gh();
    v.validateRequest({ method: 'POST', path: '/repos/o/r/releases', headers: { 'content-type': 'application/json' }, body: '{"tag_name":"v1","make_latest":"maybe"}' });
    v.validateRequest({ method: 'POST', path: '/repos/o/r/releases/5/assets', query: { name: 'a.zip', limit: '3' }, headers: { 'content-type': 'application/octet-stream', 'content-length': '5' } });
    v.validateRequest({ method: 'POST', path: '/repos/o/r/releases/5/assets', query: {}, headers: { 'content-type': 'application/octet-stream', 'content-length': '5' } });
    v.validateResponse({ method: 'GET', path: '/repos/o/r/releases', status: 200, headers: { 'content-type': 'application/json' }, body: '[{"id":1}]' });
    v.validateResponse({ method: 'GET', path: '/repos/o/r/releases', status: 500 });
    expect(v.violations.map((x) => x.message)).toEqual([
      expect.stringContaining('make_latest'),
      expect.stringContaining('query parameter "limit" is not declared'),
      expect.stringContaining('required query parameter "name" is missing'),
      expect.stringContaining("required property 'assets_url'"),
      expect.stringContaining('status 500 is not documented'),
    ]);
  });
  it('accepts well-formed traffic, and throws by default', () => {
    const v = gh();
    v.validateRequest({ method: 'GET', path: '/repos/o/r/releases', query: { per_page: '100', page: '2' } });
    v.validateRequest({ method: 'PATCH', path: '/repos/o/r/releases/3', headers: { 'content-type': 'application/json' }, body: { draft: false, make_latest: 'false' } });
    expect(v.violations).toEqual([]);
    const strict = createValidator(specPath('github-releases.openapi.json'));
    expect(() => strict.validateRequest({ method: 'GET', path: '/repos/o/r/releases', query: { per_page: 'many' } })).toThrow(OpenApiViolation);
  });
});

describe('createValidator (Swagger 2.0: Gitea, incl. the generic package registry)', () => {
  const gt = () => createValidator(specPath('gitea-releases.openapi.json'), { onViolation: 'record' });
  it('checks multipart fields, query names, JSON bodies and the x-gitea-generic-package-registry block', () => {
    const v = gt();
    v.validateRequest({ method: 'POST', path: '/api/v1/repos/o/r/releases/5/assets', query: { name: 'x' }, headers: { 'content-type': 'multipart/form-data; boundary=x' }, form: { attachment: { filename: 'x', size: 3 } } });
    v.validateRequest({ method: 'PUT', path: '/api/packages/o/generic/app/1.0/app.tar.gz', headers: { 'content-type': 'application/octet-stream', 'content-length': '3' } });
    v.validateResponse({ method: 'PUT', path: '/api/packages/o/generic/app/1.0/app.tar.gz', status: 409, headers: { 'content-type': 'text/plain' }, body: 'exists' });
    v.validateResponse({ method: 'PUT', path: '/api/packages/o/generic/app/1.0/app.tar.gz', status: 201 });
    expect(v.violations).toEqual([]);
    v.validateRequest({ method: 'POST', path: '/api/v1/repos/o/r/releases/5/assets', headers: { 'content-type': 'multipart/form-data; boundary=x' }, form: { file: { filename: 'x' } } });
    v.validateRequest({ method: 'GET', path: '/api/v1/repos/o/r/releases', query: { limit: '50', per_page: '3' } });
    v.validateResponse({ method: 'GET', path: '/api/v1/packages/o/generic/app/1.0/files', status: 200, headers: { 'content-type': 'application/json' }, body: [{ id: 1, name: 'x', sha256: 'ab', size: 'big' }] });
    v.validateRequest({ method: 'POST', path: '/api/v1/repos/o/r/releases', headers: { 'content-type': 'application/json' }, body: { tag_name: 'v1', draft: 'yes' } });
    v.validateResponse({ method: 'PUT', path: '/api/packages/o/generic/app/1.0/app.tar.gz', status: 200 });
    expect(v.violations.map((x) => x.message)).toEqual([
      expect.stringContaining('form field "file" is not declared'),
      expect.stringContaining('query parameter "per_page" is not declared'),
      expect.stringContaining('/0/size must be integer'),
      expect.stringContaining('/draft must be boolean'),
      expect.stringContaining('status 200 is not documented'),
    ]);
  });
  it('loads the Trusted Signing document too (Swagger 2.0 with a ":sign" segment)', () => {
    const v = createValidator(specPath('trusted-signing-2024-06-15.openapi.json'), { onViolation: 'record' });
    expect(v.match('POST', '/codesigningaccounts/a/certificateprofiles/p:sign')?.operationId).toBe('CertificateProfileOperations_Sign');
    expect(v.match('GET', '/codesigningaccounts/a/certificateprofiles/p/sign/eku')?.operationId).toBe('CertificateProfileOperations_ListExtendedKeyUsages');
  });
});
