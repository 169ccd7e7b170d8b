/**
 * What `relforge init` writes for a project (pure: file texts in, workflow texts out).
 *
 *   detectProject   the project kind from the files at the repository root: a Cargo workspace, a Cargo crate,
 *                   package.json, go.mod, pyproject.toml, or none — first match in that order
 *   fitTemplate     the dispatch workflow template with that kind's version-file, build matrix and build command
 *   ownedText / ownership   the header line that marks a file as relforge's, with the sha256 of the rest of the
 *                   file: a file whose body still has that hash is "unchanged since relforge wrote it" (init may
 *                   rewrite it with --force / --refresh); any other file is the user's and is never overwritten
 */
import { createHash } from 'node:crypto';

export type ProjectKind = 'tauri' | 'cargo-workspace' | 'cargo' | 'node' | 'go' | 'python' | 'none';

export interface Project {
  kind: ProjectKind;
  /** The binary / package name the build command names. */
  name: string;
  /** version-file for the workflow; undefined = versions from tags only. */
  versionFile?: string;
  /** Platforms of the build matrix (all on ubuntu-latest unless `runsOn` says); undefined = the template's. */
  matrix?: string[];
  runsOn?: Record<string, string>;
  /** More `with:` lines of the release job (after build-command), e.g. Tauri's inputs. */
  extraWith?: string[];
  /** More secrets passed to the reusable workflow (by the same name). */
  extraSecrets?: string[];
  /** The build command (bash), one line per array entry. */
  build: string[];
  /** What the detection found, for init's output. */
  reason: string;
}

/** Root files init looks at (name → text; absent files are missing). */
/** The files init reads to tell what kind of project a repository is (not the version formats relforge edits: those are the manifest-format registry's). */
export const PROJECT_FILES = ['Cargo.toml', 'package.json', 'package-lock.json', 'go.mod', 'pyproject.toml', 'src-tauri/tauri.conf.json', 'src-tauri/Cargo.toml', 'src-tauri/Cargo.lock'] as const;
export type RootFiles = Partial<Record<(typeof PROJECT_FILES)[number], string>>;

const safeName = (s: string | undefined, fallback: string) => (s && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s) ? s : fallback);

/** The value of `key = "…"` inside TOML table `table` (first occurrence), naive but enough for names. */
function tomlString(text: string, table: string, key: string): string | undefined {
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]\s*(#.*)?$/.exec(line);
    if (header) {
      current = header[1]!.trim();
      continue;
    }
    if (current !== table) continue;
    const m = new RegExp(`^${key.replace(/[.-]/g, '\\$&')}\\s*=\\s*["']([^"']*)["']`).exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** The project at a repository root. `dirName` names the project when its files do not. */
export function detectProject(files: RootFiles, dirName: string): Project {
  const fallback = safeName(dirName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, ''), 'app');
  const tauriConf = files['src-tauri/tauri.conf.json'];
  if (tauriConf !== undefined && files['src-tauri/Cargo.toml'] !== undefined) return tauriProject(files, tauriConf, fallback);
  const cargo = files['Cargo.toml'];
  if (cargo !== undefined) {
    const workspace = /^\s*\[workspace\]\s*(#.*)?$/m.test(cargo);
    const pkg = tomlString(cargo, 'package', 'name');
    if (workspace) {
      const name = safeName(pkg, fallback);
      return {
        kind: 'cargo-workspace',
        name,
        versionFile: 'Cargo.toml',
        build: ['cargo build --release --locked --workspace', `# one line per binary of the workspace you ship:`, `cp "target/release/${name}" "$RELFORGE_OUT/${name}-$RELFORGE_PLATFORM"`],
        reason: 'Cargo.toml with [workspace] (version: [workspace.package] version, members inherit it)',
      };
    }
    const name = safeName(pkg, fallback);
    return {
      kind: 'cargo',
      name,
      versionFile: 'Cargo.toml',
      build: ['cargo build --release --locked', `cp "target/release/${name}" "$RELFORGE_OUT/${name}-$RELFORGE_PLATFORM"`],
      reason: 'Cargo.toml ([package] version)',
    };
  }
  const npm = files['package.json'];
  if (npm !== undefined) {
    let name: string | undefined;
    try {
      const parsed = JSON.parse(npm) as { name?: unknown };
      if (typeof parsed.name === 'string') name = parsed.name.replace(/^@/, '').replace('/', '-');
    } catch {
      /* not JSON: named after the directory */
    }
    return {
      kind: 'node',
      name: safeName(name, fallback),
      versionFile: 'package.json',
      build: [files['package-lock.json'] !== undefined ? 'npm ci' : 'npm install', 'npm run build --if-present', 'npm pack --pack-destination "$RELFORGE_OUT"'],
      reason: 'package.json (its "version"; package-lock.json follows it)',
    };
  }
  const gomod = files['go.mod'];
  if (gomod !== undefined) {
    const module = /^\s*module\s+("?)([^\s"]+)\1/m.exec(gomod)?.[2];
    const last = module?.split('/').filter((p) => !/^v[0-9]+$/.test(p)).pop();
    const name = safeName(last, fallback);
    return {
      kind: 'go',
      name,
      matrix: ['linux-x86_64', 'linux-aarch64', 'windows-x86_64'],
      build: [
        '# cross-compiled on Linux: RELFORGE_GOOS/GOARCH come from the platform; main.version must be a string variable',
        `CGO_ENABLED=0 GOOS="$RELFORGE_GOOS" GOARCH="$RELFORGE_GOARCH" go build -trimpath -ldflags "-s -w -X main.version=$RELFORGE_VERSION" -o "$RELFORGE_OUT/${name}-$RELFORGE_PLATFORM$RELFORGE_EXE" .`,
      ],
      reason: 'go.mod (versions from tags only; the build sets main.version from RELFORGE_VERSION)',
    };
  }
  const py = files['pyproject.toml'];
  if (py !== undefined) {
    return {
      kind: 'python',
      name: safeName(tomlString(py, 'project', 'name') ?? tomlString(py, 'tool.poetry', 'name'), fallback),
      versionFile: 'pyproject.toml',
      build: ['python3 -m pip install --quiet build', 'python3 -m build --outdir "$RELFORGE_OUT"'],
      reason: 'pyproject.toml ([project] version)',
    };
  }
  return {
    kind: 'none',
    name: fallback,
    build: ['# replace with your build; it puts the files to release into $RELFORGE_OUT', `git archive --format=tar.gz --prefix="${fallback}-$RELFORGE_VERSION/" -o "$RELFORGE_OUT/${fallback}-$RELFORGE_VERSION.tar.gz" HEAD`],
    reason: 'no Cargo.toml, package.json, go.mod or pyproject.toml (versions from tags only; a source archive as the build)',
  };
}

/**
 * A Tauri app (src-tauri/tauri.conf.json): the version in src-tauri/Cargo.toml, the four desktop platforms, the
 * docs/tauri.md build (bundles copied under names that tell their platform; the macOS updater archive per
 * architecture), latest.json with generic and bundle keys, and Trusted Signing from repository variables, required
 * for Windows files (fail-closed: an empty TRUSTED_SIGNING_ACCOUNT stops the run instead of shipping unsigned).
 */
function tauriProject(files: RootFiles, conf: string, fallback: string): Project {
  let product: string | undefined;
  try {
    const c = JSON.parse(conf) as { productName?: unknown; package?: { productName?: unknown } };
    const n = c.productName ?? c.package?.productName;
    if (typeof n === 'string') product = n;
  } catch {
    /* unreadable: named after the directory */
  }
  const name = safeName(product?.replace(/\s+/g, ''), fallback);
  const id = name.toLowerCase();
  return {
    kind: 'tauri',
    name,
    versionFile: 'src-tauri/Cargo.toml',
    matrix: ['windows-x86_64', 'darwin-aarch64', 'darwin-x86_64', 'linux-x86_64'],
    runsOn: { 'windows-x86_64': 'windows-latest', 'darwin-aarch64': 'macos-latest', 'darwin-x86_64': 'macos-latest', 'linux-x86_64': 'ubuntu-22.04' },
    build: [
      'rustup target add "$RELFORGE_TARGET"',
      'npm ci',
      'npm run tauri build -- --target "$RELFORGE_TARGET"',
      'out=src-tauri/target/$RELFORGE_TARGET/release/bundle',
      'case "$RELFORGE_PLATFORM" in',
      '  windows-*) cp "$out"/nsis/*-setup.exe "$out"/msi/*.msi "$RELFORGE_OUT"/ ;;',
      `  darwin-*)  tar -czf "$RELFORGE_OUT/${name}_\${RELFORGE_PLATFORM#darwin-}.app.tar.gz" -C "$out"/macos "${product ?? name}.app" ;;`,
      '  linux-*)   cp "$out"/appimage/*.AppImage "$RELFORGE_OUT"/ ;;',
      'esac',
    ],
    extraWith: [
      ...(files['src-tauri/Cargo.lock'] !== undefined ? ['release-files: src-tauri/Cargo.lock'] : []),
      'tauri: true',
      'tauri-preferred-bundles: windows=nsis,macos=app,linux=appimage',
      `packages: '${name}*'`,
      `product: ${id}`,
      'package-target: release',
      '# Trusted Signing for the Windows files (docs/tauri.md): set these repository variables and the AZURE_* secrets',
      'trusted-signing-endpoint: ${{ vars.TRUSTED_SIGNING_ENDPOINT }}',
      'trusted-signing-account: ${{ vars.TRUSTED_SIGNING_ACCOUNT }}',
      'trusted-signing-profile: ${{ vars.TRUSTED_SIGNING_PROFILE }}',
      'trusted-signing-subject: ${{ vars.TRUSTED_SIGNING_SUBJECT }}',
      'windows-signing-required: true',
    ],
    extraSecrets: ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'],
    reason: 'src-tauri/tauri.conf.json (a Tauri app: version in src-tauri/Cargo.toml, latest.json for the updater, Trusted Signing required for Windows)',
  };
}

/** Single-platform projects (a package, not a binary per platform) build once. */
const ONE_PLATFORM: readonly ProjectKind[] = ['node', 'python', 'none'];

const matrixJson = (platforms: string[], runsOn: Record<string, string> = {}) => JSON.stringify({ include: platforms.map((platform) => ({ platform, 'runs-on': runsOn[platform] ?? 'ubuntu-latest' })) });

/**
 * The dispatch workflow template with the project's version-file, build matrix (single platform for packages)
 * and build command. Throws when the template lacks one of the lines it rewrites (a relforge bug, caught by tests).
 */
export function fitTemplate(template: string, p: Project): string {
  const must = (re: RegExp, what: string) => {
    if (!re.test(template)) throw new Error(`relforge init: the dispatch template has no ${what} line`);
  };
  const versionRe = /^([ \t]+)version-file: .*\n/m;
  const buildRe = /^([ \t]+)build-command: \|\n((?:\1[ \t]+.*\n|[ \t]*\n)+)/m;
  const matrixRe = /^([ \t]+)build-matrix: .*\n/m;
  must(versionRe, 'version-file');
  must(buildRe, 'build-command');
  must(matrixRe, 'build-matrix');
  let text = template.replace(versionRe, (_m, indent: string) => (p.versionFile ? `${indent}version-file: ${p.versionFile}\n` : ''));
  if (p.matrix) {
    text = text.replace(matrixRe, (_m, indent: string) => `${indent}build-matrix: '${matrixJson(p.matrix!, p.runsOn)}'\n`);
  } else if (ONE_PLATFORM.includes(p.kind)) {
    text = text.replace(matrixRe, (_m, indent: string) => `${indent}build-matrix: '${matrixJson(['linux-x86_64'])}'\n`);
    text = text.replace(/^([ \t]+)# One entry per platform you ship;.*\n/m, '$1# One build: the package is the same on every platform; the command puts it into $RELFORGE_OUT.\n');
  }
  text = text.replace(buildRe, (_m, indent: string) => `${indent}build-command: |\n${p.build.map((l) => `${indent}  ${l}\n`).join('')}${(p.extraWith ?? []).map((l) => `${indent}${l}\n`).join('')}`);
  if (p.extraSecrets?.length) {
    const secretsRe = /^([ \t]+)secrets:\n((?:\1[ \t]+.*\n)+)/m;
    if (!secretsRe.test(text)) throw new Error('relforge init: the dispatch template has no secrets: block');
    text = text.replace(secretsRe, (m, _indent: string, body: string) => {
      const inner = /^([ \t]+)/.exec(body)![1]!;
      return m + p.extraSecrets!.filter((n) => !body.includes(`${n}:`)).map((n) => `${inner}${n}: \${{ secrets.${n} }}\n`).join('');
    });
  }
  return text;
}

const MARK = '# relforge init: ';
const HASH_RE = /\bsha256:([0-9a-f]{64})\s*$/;

const sha256 = (s: string) => createHash('sha256').update(s.replace(/\r\n/g, '\n'), 'utf8').digest('hex');

/** `body` with relforge's ownership header (the hash of `body`) as its first line. */
export function ownedText(body: string, what: string): string {
  return `${MARK}${what}; once you edit it, init keeps it. sha256:${sha256(body)}\n${body}`;
}

/**
 * Who a file's text belongs to: "relforge" (header present, body unchanged since init wrote it), "edited"
 * (header present, body changed) or "user" (no header: the user's own file).
 */
export function ownership(text: string): 'relforge' | 'edited' | 'user' {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  if (!first.startsWith(MARK)) return 'user';
  const m = HASH_RE.exec(first);
  if (!m) return 'edited';
  return sha256(nl < 0 ? '' : text.slice(nl + 1)) === m[1] ? 'relforge' : 'edited';
}

/**
 * The actionlint exceptions of what init writes, per forge: actionlint knows only github.com.
 *   @v3 artifact actions   Gitea, Forgejo and GHES accept only @v3 (docs/workflows.md "Artifacts between jobs");
 *                          the steps run only there (`if: github.server_url != 'https://github.com'`)
 *   absolute uses: URLs    Forgejo resolves short action names on data.forgejo.org, so relforge's actions are named
 *                          by absolute https://github.com/… URLs, a Forgejo/Gitea syntax actionlint does not know
 */
export function actionlintConfig(absoluteActionRefs: boolean): string {
  const lines = [
    '# actionlint configuration for the workflows relforge init wrote (see relforge\'s docs/workflows.md):',
    '#   actions/upload-artifact@v3 and download-artifact@v3 run only on Gitea/Forgejo/GHES, which refuse @v4;',
    '#   actionlint calls them "too old", which is true only on github.com, where those steps are skipped.',
  ];
  if (absoluteActionRefs) lines.push('#   Forgejo resolves short action names on data.forgejo.org: relforge\'s actions are named by absolute', '#   https://github.com/relforge/relforge/… URLs, a Forgejo syntax actionlint does not know.');
  lines.push('paths:', '  .github/workflows/**/*.{yml,yaml}:', '    ignore:', `      - 'the runner of "actions/(upload|download)-artifact@v3" action is too old to run on GitHub Actions'`);
  if (absoluteActionRefs) lines.push(`      - 'specifying action "https://github\\.com/relforge/relforge/[^"]*" in invalid format'`);
  return `${lines.join('\n')}\n`;
}
