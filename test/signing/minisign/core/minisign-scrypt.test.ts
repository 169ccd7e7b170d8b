/**
 * The one slow case of the minisign key format (e2e project, vitest.config.ts): a password-encrypted key made by
 * `minisign -G` is opened with minisign's own scrypt limits (two 1 GiB derivations, ~10 s).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scryptSync } from 'node:crypto';
import { keyIdHex, openSecretKey, parsePublicKey, parseSecretKey, scryptParams, MINISIGN_MEMLIMIT, MINISIGN_OPSLIMIT } from '../../../../src/signing/minisign/core/format.js';

const FIX = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'minisign');
const fx = (name: string) => readFileSync(join(FIX, name), 'utf8');

describe('minisign secret keys encrypted by minisign -G', () => {
  it('decrypts a password-encrypted key made by `minisign -G` (1 GiB scrypt, as minisign does)', () => {
    const parsed = parseSecretKey(fx('e.key'));
    expect(parsed.encrypted).toBe(true);
    expect([parsed.opslimit, parsed.memlimit]).toEqual([MINISIGN_OPSLIMIT, MINISIGN_MEMLIMIT]);
    const { N, r, p, maxmem } = scryptParams(parsed.opslimit, parsed.memlimit);
    const good = scryptSync('pass123', parsed.salt, 104, { N, r, p, maxmem });
    const m = openSecretKey(parsed, good);
    expect(keyIdHex(m.keyId)).toBe('CDAF4ADF743FEE32');
    expect(m.publicKey.equals(parsePublicKey(fx('e.pub')).publicKey)).toBe(true);
    const bad = scryptSync('pass124', parsed.salt, 104, { N, r, p, maxmem });
    expect(() => openSecretKey(parsed, bad)).toThrow(/Wrong password/);
    expect(() => openSecretKey(parsed)).toThrow(/password is needed/);
  }, 240_000); // two 1 GiB scrypt derivations
});
