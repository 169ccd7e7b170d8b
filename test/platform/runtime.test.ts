import { describe, expect, it } from 'vitest';
import { detectRuntime, nodeVersionProblem } from '../../src/platform/runtime.js';

describe('detectRuntime', () => {
  it('prefers Forgejo over Gitea (Forgejo runners set both)', () => {
    const r = detectRuntime({ FORGEJO_ACTIONS: 'true', GITEA_ACTIONS: 'true', ACT: 'true', GITHUB_SERVER_URL: 'https://code.example.org' });
    expect(r.forge).toBe('forgejo');
    expect(r.apiUrl).toBe('https://code.example.org/api/v1');
    expect(r.oidcAvailable).toBe(false);
  });
  it('treats ACT alone as GitHub-flavoured act, not a forge', () => {
    const r = detectRuntime({ ACT: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' });
    expect(r.forge).toBe('github');
    expect(r.runner).toBe('act');
    expect(r.oidcAvailable).toBe(false);
    expect(r.apiUrl).toBe('https://api.github.com');
  });
  it('derives the GHES API from the server URL', () => {
    expect(detectRuntime({ GITHUB_SERVER_URL: 'https://ghe.example.com/' }).apiUrl).toBe('https://ghe.example.com/api/v3');
  });
  it('offers OIDC only on GitHub with both request variables', () => {
    expect(detectRuntime({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }).oidcAvailable).toBe(true);
    expect(detectRuntime({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x' }).oidcAvailable).toBe(false);
  });
});

describe('nodeVersionProblem', () => {
  it('accepts 20 and newer, names the fix for older', () => {
    expect(nodeVersionProblem('v20.0.0')).toBeUndefined();
    expect(nodeVersionProblem('v24.1.0')).toBeUndefined();
    expect(nodeVersionProblem('v16.20.2')).toMatch(/Node.js 20 or newer.*v16\.20\.2/);
  });
});
