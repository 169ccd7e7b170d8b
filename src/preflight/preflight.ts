/**
 * preflight: checks, in the first job of a release, every secret the later jobs need — before anything
 * is prepared, built or pushed. A release that would fail in its sign, stage or release job fails here
 * instead, minutes earlier, with every problem listed at once.
 *
 * Checks (each only when required):
 *   minisign        — private-key present, opens with password, belongs to the pinned public-key;
 *   trusted-signing — endpoint/account/profile well-formed, Azure credentials present (client secret, or
 *                     GitHub OIDC where offered); with `online`, an Entra ID token and one read-only call;
 *   token           — the forge token is present;
 *   package-token   — the update server / package registry token is present.
 * Nothing secret is printed: problems name the input and the secret to set, never a value.
 */
import { trustedSigningRehearsal } from '../signing/authenticode/rehearsal.js';
import { Problems, RelforgeError, errorMessage } from '../platform/errors.js';
import type { RuntimeInfo } from '../platform/runtime.js';
import { checkKeyPin, loadSigningKey } from '../signing/minisign/signer.js';
import { chooseTokenMethod, getAccessToken, normalizeEndpoint, preflight as trustedSigningPreflight } from '../signing/authenticode/trusted-signing-service.js';
import { PREFLIGHT_CHECKS, type PreflightCheck } from './options.js';

export interface PreflightSettings {
  require: readonly PreflightCheck[];
  privateKey?: string;
  password?: string;
  publicKey?: string;
  token?: string;
  packageToken?: string;
  azure: { tenantId?: string; clientId?: string; clientSecret?: string; authorityHost?: string };
  trustedSigning: { endpoint?: string; account?: string; profile?: string };
  online: boolean;
  runtime: RuntimeInfo;
  env: Record<string, string | undefined>;
}

export interface PreflightCheckResult {
  check: PreflightCheck;
  ok: boolean;
  /** What was proven (never a secret). */
  detail: string;
}

export interface PreflightReport {
  results: PreflightCheckResult[];
  /** The minisign key id (hex) when "minisign" passed. */
  keyId?: string;
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const blank = (v: string | undefined) => v === undefined || v.trim() === '';

async function checkMinisign(s: PreflightSettings, p: Problems): Promise<{ detail: string; keyId?: string } | undefined> {
  const before = p.count;
  if (blank(s.privateKey)) {
    p.add('private-key', 'is empty: the sign job needs the minisign secret key. Store the whole key file (relforge keygen writes one) as the secret MINISIGN_PRIVATE_KEY and pass it to this step.');
  }
  if (blank(s.publicKey)) {
    p.add('public-key', 'is empty: set the variable MINISIGN_PUBLIC_KEY to the "RW…" line of your .pub file; every signature is checked against this pin.');
  }
  if (p.count > before) return undefined;
  let key;
  try {
    key = await loadSigningKey(s.privateKey!, s.password || undefined);
  } catch (err) {
    const why = errorMessage(err);
    const encrypted = /encrypted|password|scrypt|checksum/i.test(why);
    p.add(
      'private-key',
      encrypted
        ? `does not open with {{password}} (secret MINISIGN_PASSWORD): ${why}`
        : `is not a usable signing key: ${why}`,
    );
    return undefined;
  }
  try {
    checkKeyPin(key, s.publicKey);
  } catch (err) {
    p.add('public-key', `does not match the private key: ${errorMessage(err)} Set MINISIGN_PUBLIC_KEY to the .pub of MINISIGN_PRIVATE_KEY (or store the private key that belongs to the pin).`);
    return undefined;
  }
  return { detail: `key ${key.keyIdHex} opens${s.password ? ' with its password' : ''} and matches the pinned public key`, keyId: key.keyIdHex };
}

async function checkTrustedSigning(s: PreflightSettings, p: Problems): Promise<string | undefined> {
  const before = p.count;
  const { endpoint, account, profile } = s.trustedSigning;
  let base: string | undefined;
  if (blank(endpoint)) p.add('trusted-signing-endpoint', 'is empty: set the regional endpoint of the signing account, e.g. https://eus.codesigning.azure.net.');
  else {
    try {
      base = normalizeEndpoint(endpoint!);
    } catch {
      p.add('trusted-signing-endpoint', `must be https://<region>.codesigning.azure.net (or that host alone), got "${endpoint!.trim()}".`);
    }
  }
  if (!NAME_RE.test(account?.trim() ?? '')) p.add('trusted-signing-account', `must be the signing account name (letters, digits, hyphens), got "${account?.trim() ?? ''}".`);
  if (!NAME_RE.test(profile?.trim() ?? '')) p.add('trusted-signing-profile', `must be the certificate profile name (letters, digits, hyphens), got "${profile?.trim() ?? ''}".`);
  const creds = {
    tenantId: s.azure.tenantId || undefined,
    clientId: s.azure.clientId || undefined,
    clientSecret: s.azure.clientSecret || undefined,
    authorityHost: s.azure.authorityHost || undefined,
  };
  let method: string | undefined;
  try {
    method = chooseTokenMethod(creds, s.runtime, s.env);
  } catch (err) {
    p.include(err, ' (secrets AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET)');
  }
  if (p.count > before) return undefined;
  if (!s.online) return `settings well-formed; credentials present (${method}); not checked online (online: false)`;
  try {
    // relforge act --emulator: the online check goes to the emulators the run's sign-trusted uses (only under act, on loopback)
    const rehearsal = trustedSigningRehearsal(s.env);
    const target = rehearsal
      ? { endpoint: rehearsal.endpoint, account: rehearsal.account, profile: rehearsal.profile, creds: { ...creds, authorityHost: rehearsal.authorityHost } }
      : { endpoint: base!, account: account!.trim(), profile: profile!.trim(), creds };
    const token = await getAccessToken(target.creds, s.runtime, s.env);
    const r = await trustedSigningPreflight({ endpoint: target.endpoint, account: target.account, profile: target.profile, token: token.token });
    return `${rehearsal ? "REHEARSAL (checked against relforge's Trusted Signing emulators, not Azure): " : ''}Entra ID token obtained (${token.method}); profile "${target.profile}" readable (${r.ekus.length} EKU${r.ekus.length === 1 ? '' : 's'})`;
  } catch (err) {
    p.include(err);
    return undefined;
  }
}

/** Runs every required check; throws one SettingsError listing every problem, or returns the report. */
export async function runPreflight(s: PreflightSettings): Promise<PreflightReport> {
  const p = new Problems();
  const results: PreflightCheckResult[] = [];
  const required = new Set(s.require);
  if (required.size === 0) throw new RelforgeError('preflight: nothing to check ("require" is empty); name what the later jobs need, e.g. minisign,token.');
  let keyId: string | undefined;
  for (const check of PREFLIGHT_CHECKS) {
    if (!required.has(check)) continue;
    const before = p.count;
    let detail: string | undefined;
    if (check === 'minisign') {
      const r = await checkMinisign(s, p);
      detail = r?.detail;
      keyId = r?.keyId;
    } else if (check === 'trusted-signing') {
      detail = await checkTrustedSigning(s, p);
    } else if (check === 'token') {
      if (blank(s.token)) p.add('token', 'is empty: the stage job drafts the release and the release job pushes the tag and publishes with it. Pass the secret RELEASE_TOKEN, or the job token (under act: a GITHUB_TOKEN secret).');
      else detail = 'forge token present';
    } else {
      if (blank(s.packageToken)) p.add('package-token', 'is empty: the packages job uploads with it. Store the update server or package registry token as the secret PACKAGE_TOKEN and pass it to this step.');
      else detail = 'package token present';
    }
    results.push({ check, ok: p.count === before, detail: p.count === before ? detail ?? 'ok' : 'failed' });
  }
  p.throwIfAny();
  return { results, keyId };
}

/** Markdown for the step summary. */
export function renderPreflightSummary(r: PreflightReport): string {
  const rows = r.results.map((x) => `| ${x.check} | ${x.ok ? 'ok' : 'FAILED'} | ${x.detail.replace(/\|/g, '\\|')} |`);
  return ['### relforge preflight', '', '| check | result | detail |', '|---|---|---|', ...rows, ''].join('\n');
}
