/**
 * `format: raw` and legacy `Ed` against Go's standard library `crypto/ed25519.Verify` — what an update server
 * written in Go does when it checks a signature without a minisign library. (.ci/run: apt-get install golang-go.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { requireTool } from '../../helpers/tools.js';
import { generateKeyPair, signFiles } from '../../../src/signing/minisign/signer.js';

const go = requireTool('go', 'apt-get install golang-go');

/** Verifies: raw (base64 sig over the file) or minisign legacy Ed (sig over the file + global sig over sig‖trusted comment). */
const VERIFIER = `package main

import (
	"crypto/ed25519"
	"encoding/base64"
	"fmt"
	"os"
	"strings"
)

func main() {
	mode, pubFile, file, sigFile := os.Args[1], os.Args[2], os.Args[3], os.Args[4]
	pubText, _ := os.ReadFile(pubFile)
	lines := strings.Split(strings.TrimSpace(string(pubText)), "\\n")
	blob, err := base64.StdEncoding.DecodeString(lines[len(lines)-1])
	if err != nil || len(blob) != 42 { fmt.Println("bad public key"); os.Exit(2) }
	pub := ed25519.PublicKey(blob[10:42])
	data, _ := os.ReadFile(file)
	sigText, _ := os.ReadFile(sigFile)
	if mode == "raw" {
		sig, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(sigText)))
		if err != nil || !ed25519.Verify(pub, data, sig) { fmt.Println("raw: INVALID"); os.Exit(1) }
		fmt.Println("raw: OK"); return
	}
	l := strings.Split(strings.TrimRight(string(sigText), "\\n"), "\\n")
	sb, _ := base64.StdEncoding.DecodeString(l[1])
	if len(sb) != 74 || string(sb[:2]) != "Ed" || string(sb[2:10]) != string(blob[2:10]) { fmt.Println("Ed: wrong algorithm or key id"); os.Exit(1) }
	tc := strings.TrimPrefix(l[2], "trusted comment: ")
	g, _ := base64.StdEncoding.DecodeString(l[3])
	if !ed25519.Verify(pub, data, sb[10:]) { fmt.Println("Ed: file signature INVALID"); os.Exit(1) }
	if !ed25519.Verify(pub, append(append([]byte{}, sb[10:]...), tc...), g) { fmt.Println("Ed: global signature INVALID"); os.Exit(1) }
	fmt.Println("Ed: OK " + tc)
}
`;

let dir: string;
let bin: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'relforge-go-'));
  if (!go) return;
  writeFileSync(join(dir, 'main.go'), VERIFIER);
  writeFileSync(join(dir, 'go.mod'), 'module verifier\n\ngo 1.21\n');
  bin = join(dir, 'verifier');
  const b = spawnSync(go, ['build', '-o', bin, '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod' } });
  if (b.status !== 0) throw new Error(`go build failed: ${b.stderr}`);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verifyGo = (mode: string, pub: string, file: string, sig: string) => spawnSync(bin, [mode, pub, file, sig], { encoding: 'utf8' });

describe.runIf(go)("Go's crypto/ed25519.Verify", () => {
  it('accepts format raw and legacy Ed signatures, and rejects a one-byte change to the file', async () => {
    const pair = await generateKeyPair();
    writeFileSync(join(dir, 'k.key'), pair.secretKey);
    writeFileSync(join(dir, 'k.pub'), pair.publicKey);
    const data = randomBytes(200_000);
    writeFileSync(join(dir, 'agent'), data);
    await signFiles({ files: ['agent'], cwd: dir, privateKey: pair.secretKey, format: 'raw', checksums: false });
    await signFiles({ files: ['agent'], cwd: dir, privateKey: pair.secretKey, algorithm: 'Ed', version: '1.0.0', checksums: false });
    const raw = verifyGo('raw', join(dir, 'k.pub'), join(dir, 'agent'), join(dir, 'agent.sig'));
    expect(raw.stdout.trim(), raw.stderr).toBe('raw: OK');
    const ed = verifyGo('Ed', join(dir, 'k.pub'), join(dir, 'agent'), join(dir, 'agent.minisig'));
    expect(ed.stdout.trim()).toMatch(/^Ed: OK version:1\.0\.0\tfile:agent\ttimestamp:\d+$/);

    data[1000] = data[1000]! ^ 1;
    writeFileSync(join(dir, 'agent'), data);
    expect(verifyGo('raw', join(dir, 'k.pub'), join(dir, 'agent'), join(dir, 'agent.sig')).status).toBe(1);
    expect(verifyGo('Ed', join(dir, 'k.pub'), join(dir, 'agent'), join(dir, 'agent.minisig')).status).toBe(1);
    const tampered = readFileSync(join(dir, 'agent.minisig'), 'utf8').replace('version:1.0.0', 'version:1.0.1');
    data[1000] = data[1000]! ^ 1;
    writeFileSync(join(dir, 'agent'), data);
    writeFileSync(join(dir, 'tampered.minisig'), tampered);
    expect(verifyGo('Ed', join(dir, 'k.pub'), join(dir, 'agent'), join(dir, 'tampered.minisig')).stdout).toContain('global signature INVALID');
  });
});
