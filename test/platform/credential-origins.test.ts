/**
 * Issue 18 (inputs): GitHub's `uploads.` credential sibling was allowed for any API host named `api.…`, Gitea and
 * Forgejo included. The sibling belongs to GitHub alone (github.com: api./uploads.; GHES: /api/v3 and /api/uploads
 * on one origin); a Gitea at api.example.test never sends its token to uploads.example.test.
 */
import { describe, expect, it } from 'vitest';
import { CredentialScopeError, credentialOrigins } from '../../src/platform/http.js';
import { createForge } from '../../src/publishing/forge/index.js';
import type { ForgeClient } from '../../src/publishing/forge/client.js';

const clientOf = (forge: unknown) => (forge as { http: ForgeClient }).http;
const TOKEN = 'gta_0123456789abcdef0123456789abcdef';

describe('the uploads sibling is GitHub\'s alone', () => {
  it('credentialOrigins adds it only when asked (the GitHub adapter asks)', () => {
    expect(credentialOrigins('https://api.example.test/api/v1')).toEqual(['https://api.example.test']);
    expect(credentialOrigins('https://api.github.com', { uploadsSibling: true })).toEqual(['https://api.github.com', 'https://uploads.github.com']);
    expect(credentialOrigins('https://ghe.example.test/api/v3', { uploadsSibling: true })).toEqual(['https://ghe.example.test']);
  });

  it.each(['gitea', 'forgejo'] as const)('%s at api.example.test: the token may go to the API origin only; a call to uploads.example.test is refused before anything is sent', async (kind) => {
    const forge = createForge({ forge: kind, apiUrl: 'https://api.example.test/api/v1', token: TOKEN, repository: 'acme/agent', retry: { attempts: 1, baseDelayMs: 1 } });
    const client = clientOf(forge);
    expect(client.credentials.origins).toEqual(['https://api.example.test']);
    await expect(client.call('POST', 'https://uploads.example.test/api/v1/repos/acme/agent/releases/1/assets', { what: 'upload x' })).rejects.toThrow(CredentialScopeError);
  });

  it('GitHub keeps it: github.com (api./uploads.) and GHES (one origin for /api/v3 and /api/uploads)', () => {
    const com = clientOf(createForge({ forge: 'github', apiUrl: 'https://api.github.com', token: TOKEN, repository: 'acme/agent' }));
    expect(com.credentials.origins).toEqual(['https://api.github.com', 'https://uploads.github.com']);
    const ghes = clientOf(createForge({ forge: 'github', apiUrl: 'https://ghe.example.test/api/v3', token: TOKEN, repository: 'acme/agent' }));
    expect(ghes.credentials.origins).toEqual(['https://ghe.example.test']);
  });
});
