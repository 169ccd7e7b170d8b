import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  initSchema
} from "./chunk-QWYSPTS2.js";
import {
  defineCommand
} from "./chunk-ODS7LYII.js";
import {
  relforgePackage
} from "./chunk-L6XLEXYC.js";
import "./chunk-QMIP2YKH.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import {
  initOf
} from "./chunk-ZJ4GZZ6R.js";
import {
  RelforgeError
} from "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";

// src/cli/init.ts
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

// src/act/core/init-project.ts
import { createHash } from "node:crypto";
var PROJECT_FILES = ["Cargo.toml", "package.json", "package-lock.json", "go.mod", "pyproject.toml", "src-tauri/tauri.conf.json", "src-tauri/Cargo.toml", "src-tauri/Cargo.lock"];
var safeName = (s, fallback) => s && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s) ? s : fallback;
function tomlString(text, table, key) {
  let current = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]\s*(#.*)?$/.exec(line);
    if (header) {
      current = header[1].trim();
      continue;
    }
    if (current !== table) continue;
    const m = new RegExp(`^${key.replace(/[.-]/g, "\\$&")}\\s*=\\s*["']([^"']*)["']`).exec(line);
    if (m) return m[1];
  }
  return void 0;
}
function detectProject(files, dirName) {
  const fallback = safeName(dirName.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, ""), "app");
  const tauriConf = files["src-tauri/tauri.conf.json"];
  if (tauriConf !== void 0 && files["src-tauri/Cargo.toml"] !== void 0) return tauriProject(files, tauriConf, fallback);
  const cargo = files["Cargo.toml"];
  if (cargo !== void 0) {
    const workspace = /^\s*\[workspace\]\s*(#.*)?$/m.test(cargo);
    const pkg = tomlString(cargo, "package", "name");
    if (workspace) {
      const name2 = safeName(pkg, fallback);
      return {
        kind: "cargo-workspace",
        name: name2,
        versionFile: "Cargo.toml",
        build: ["cargo build --release --locked --workspace", `# one line per binary of the workspace you ship:`, `cp "target/release/${name2}" "$RELFORGE_OUT/${name2}-$RELFORGE_PLATFORM"`],
        reason: "Cargo.toml with [workspace] (version: [workspace.package] version, members inherit it)"
      };
    }
    const name = safeName(pkg, fallback);
    return {
      kind: "cargo",
      name,
      versionFile: "Cargo.toml",
      build: ["cargo build --release --locked", `cp "target/release/${name}" "$RELFORGE_OUT/${name}-$RELFORGE_PLATFORM"`],
      reason: "Cargo.toml ([package] version)"
    };
  }
  const npm = files["package.json"];
  if (npm !== void 0) {
    let name;
    try {
      const parsed = JSON.parse(npm);
      if (typeof parsed.name === "string") name = parsed.name.replace(/^@/, "").replace("/", "-");
    } catch {
    }
    return {
      kind: "node",
      name: safeName(name, fallback),
      versionFile: "package.json",
      build: [files["package-lock.json"] !== void 0 ? "npm ci" : "npm install", "npm run build --if-present", 'npm pack --pack-destination "$RELFORGE_OUT"'],
      reason: 'package.json (its "version"; package-lock.json follows it)'
    };
  }
  const gomod = files["go.mod"];
  if (gomod !== void 0) {
    const module = /^\s*module\s+("?)([^\s"]+)\1/m.exec(gomod)?.[2];
    const last = module?.split("/").filter((p) => !/^v[0-9]+$/.test(p)).pop();
    const name = safeName(last, fallback);
    return {
      kind: "go",
      name,
      matrix: ["linux-x86_64", "linux-aarch64", "windows-x86_64"],
      build: [
        "# cross-compiled on Linux: RELFORGE_GOOS/GOARCH come from the platform; main.version must be a string variable",
        `CGO_ENABLED=0 GOOS="$RELFORGE_GOOS" GOARCH="$RELFORGE_GOARCH" go build -trimpath -ldflags "-s -w -X main.version=$RELFORGE_VERSION" -o "$RELFORGE_OUT/${name}-$RELFORGE_PLATFORM$RELFORGE_EXE" .`
      ],
      reason: "go.mod (versions from tags only; the build sets main.version from RELFORGE_VERSION)"
    };
  }
  const py = files["pyproject.toml"];
  if (py !== void 0) {
    return {
      kind: "python",
      name: safeName(tomlString(py, "project", "name") ?? tomlString(py, "tool.poetry", "name"), fallback),
      versionFile: "pyproject.toml",
      build: ["python3 -m pip install --quiet build", 'python3 -m build --outdir "$RELFORGE_OUT"'],
      reason: "pyproject.toml ([project] version)"
    };
  }
  return {
    kind: "none",
    name: fallback,
    build: ["# replace with your build; it puts the files to release into $RELFORGE_OUT", `git archive --format=tar.gz --prefix="${fallback}-$RELFORGE_VERSION/" -o "$RELFORGE_OUT/${fallback}-$RELFORGE_VERSION.tar.gz" HEAD`],
    reason: "no Cargo.toml, package.json, go.mod or pyproject.toml (versions from tags only; a source archive as the build)"
  };
}
function tauriProject(files, conf, fallback) {
  let product;
  try {
    const c = JSON.parse(conf);
    const n = c.productName ?? c.package?.productName;
    if (typeof n === "string") product = n;
  } catch {
  }
  const name = safeName(product?.replace(/\s+/g, ""), fallback);
  const id = name.toLowerCase();
  return {
    kind: "tauri",
    name,
    versionFile: "src-tauri/Cargo.toml",
    matrix: ["windows-x86_64", "darwin-aarch64", "darwin-x86_64", "linux-x86_64"],
    runsOn: { "windows-x86_64": "windows-latest", "darwin-aarch64": "macos-latest", "darwin-x86_64": "macos-latest", "linux-x86_64": "ubuntu-22.04" },
    build: [
      'rustup target add "$RELFORGE_TARGET"',
      "npm ci",
      'npm run tauri build -- --target "$RELFORGE_TARGET"',
      "out=src-tauri/target/$RELFORGE_TARGET/release/bundle",
      'case "$RELFORGE_PLATFORM" in',
      '  windows-*) cp "$out"/nsis/*-setup.exe "$out"/msi/*.msi "$RELFORGE_OUT"/ ;;',
      `  darwin-*)  tar -czf "$RELFORGE_OUT/${name}_\${RELFORGE_PLATFORM#darwin-}.app.tar.gz" -C "$out"/macos "${product ?? name}.app" ;;`,
      '  linux-*)   cp "$out"/appimage/*.AppImage "$RELFORGE_OUT"/ ;;',
      "esac"
    ],
    extraWith: [
      ...files["src-tauri/Cargo.lock"] !== void 0 ? ["release-files: src-tauri/Cargo.lock"] : [],
      "tauri: true",
      "tauri-preferred-bundles: windows=nsis,macos=app,linux=appimage",
      `packages: '${name}*'`,
      `product: ${id}`,
      "package-target: release",
      "# Trusted Signing for the Windows files (docs/tauri.md): set these repository variables and the AZURE_* secrets",
      "trusted-signing-endpoint: ${{ vars.TRUSTED_SIGNING_ENDPOINT }}",
      "trusted-signing-account: ${{ vars.TRUSTED_SIGNING_ACCOUNT }}",
      "trusted-signing-profile: ${{ vars.TRUSTED_SIGNING_PROFILE }}",
      "trusted-signing-subject: ${{ vars.TRUSTED_SIGNING_SUBJECT }}",
      "windows-signing-required: true"
    ],
    extraSecrets: ["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"],
    reason: "src-tauri/tauri.conf.json (a Tauri app: version in src-tauri/Cargo.toml, latest.json for the updater, Trusted Signing required for Windows)"
  };
}
var ONE_PLATFORM = ["node", "python", "none"];
var matrixJson = (platforms, runsOn = {}) => JSON.stringify({ include: platforms.map((platform) => ({ platform, "runs-on": runsOn[platform] ?? "ubuntu-latest" })) });
function fitTemplate(template, p) {
  const must = (re, what) => {
    if (!re.test(template)) throw new Error(`relforge init: the dispatch template has no ${what} line`);
  };
  const versionRe = /^([ \t]+)version-file: .*\n/m;
  const buildRe = /^([ \t]+)build-command: \|\n((?:\1[ \t]+.*\n|[ \t]*\n)+)/m;
  const matrixRe = /^([ \t]+)build-matrix: .*\n/m;
  must(versionRe, "version-file");
  must(buildRe, "build-command");
  must(matrixRe, "build-matrix");
  let text = template.replace(versionRe, (_m, indent) => p.versionFile ? `${indent}version-file: ${p.versionFile}
` : "");
  if (p.matrix) {
    text = text.replace(matrixRe, (_m, indent) => `${indent}build-matrix: '${matrixJson(p.matrix, p.runsOn)}'
`);
  } else if (ONE_PLATFORM.includes(p.kind)) {
    text = text.replace(matrixRe, (_m, indent) => `${indent}build-matrix: '${matrixJson(["linux-x86_64"])}'
`);
    text = text.replace(/^([ \t]+)# One entry per platform you ship;.*\n/m, "$1# One build: the package is the same on every platform; the command puts it into $RELFORGE_OUT.\n");
  }
  text = text.replace(buildRe, (_m, indent) => `${indent}build-command: |
${p.build.map((l) => `${indent}  ${l}
`).join("")}${(p.extraWith ?? []).map((l) => `${indent}${l}
`).join("")}`);
  if (p.extraSecrets?.length) {
    const secretsRe = /^([ \t]+)secrets:\n((?:\1[ \t]+.*\n)+)/m;
    if (!secretsRe.test(text)) throw new Error("relforge init: the dispatch template has no secrets: block");
    text = text.replace(secretsRe, (m, _indent, body) => {
      const inner = /^([ \t]+)/.exec(body)[1];
      return m + p.extraSecrets.filter((n) => !body.includes(`${n}:`)).map((n) => `${inner}${n}: \${{ secrets.${n} }}
`).join("");
    });
  }
  return text;
}
var MARK = "# relforge init: ";
var HASH_RE = /\bsha256:([0-9a-f]{64})\s*$/;
var sha256 = (s) => createHash("sha256").update(s.replace(/\r\n/g, "\n"), "utf8").digest("hex");
function ownedText(body, what) {
  return `${MARK}${what}; once you edit it, init keeps it. sha256:${sha256(body)}
${body}`;
}
function ownership(text) {
  const nl = text.indexOf("\n");
  const first = nl < 0 ? text : text.slice(0, nl);
  if (!first.startsWith(MARK)) return "user";
  const m = HASH_RE.exec(first);
  if (!m) return "edited";
  return sha256(nl < 0 ? "" : text.slice(nl + 1)) === m[1] ? "relforge" : "edited";
}
function actionlintConfig(absoluteActionRefs) {
  const lines = [
    "# actionlint configuration for the workflows relforge init wrote (see relforge's docs/workflows.md):",
    "#   actions/upload-artifact@v3 and download-artifact@v3 run only on Gitea/Forgejo/GHES, which refuse @v4;",
    '#   actionlint calls them "too old", which is true only on github.com, where those steps are skipped.'
  ];
  if (absoluteActionRefs) lines.push("#   Forgejo resolves short action names on data.forgejo.org: relforge's actions are named by absolute", "#   https://github.com/relforge/relforge/… URLs, a Forgejo syntax actionlint does not know.");
  lines.push("paths:", "  .github/workflows/**/*.{yml,yaml}:", "    ignore:", `      - 'the runner of "actions/(upload|download)-artifact@v3" action is too old to run on GitHub Actions'`);
  if (absoluteActionRefs) lines.push(`      - 'specifying action "https://github\\.com/relforge/relforge/[^"]*" in invalid format'`);
  return `${lines.join("\n")}
`;
}

// src/cli/init.ts
function vendoredSources(root) {
  const dir = join(root, ".github", "workflows");
  const parts = existsSync(dir) ? readdirSync(dir).filter((f) => /^relforge-.+\.ya?ml$/.test(f) && f !== "release-relforge.yml") : [];
  return [{ from: "release.yml", name: "relforge.yml" }, ...parts.sort().map((f) => ({ from: f, name: f }))];
}
function reusableFor(text, forge, copies = { "release.yml": "relforge.yml" }) {
  const header = `# Copied by relforge init --forge ${forge} from relforge/relforge/.github/workflows/; call it from your release.yml with uses: ./.github/workflows/<this file>.
`;
  let body = text.replace(/^([ \t]*(?:-[ \t]+)?uses:[ \t]*)relforge\/relforge\/\.github\/workflows\/([^@\s]+)@\S+/gm, (m, lead, file) => copies[file] ? `${lead}./.github/workflows/${copies[file]}` : m);
  if (initOf(forge).absoluteActionRefs) body = body.replace(/^([ \t]*(?:-[ \t]+)?uses:[ \t]*)relforge\/relforge\//gm, "$1https://github.com/relforge/relforge/");
  return header + body;
}
function readRootFiles(repo) {
  const files = {};
  for (const name of PROJECT_FILES) {
    const p = join(repo, name);
    try {
      if (lstatSync(p).isFile()) files[name] = readFileSync(p, "utf8");
    } catch {
    }
  }
  return files;
}
var init_default = defineCommand({
  schema: initSchema,
  notes: "Then check build-matrix and build-command in release.yml, set the secrets (docs/secrets.md), commit, and try it: relforge act --emulator.\nFiles init wrote carry a header with their hash: edit them freely — once edited, init never overwrites them. --force rewrites relforge's unchanged files; --refresh only the vendored copies of relforge's workflows and .github/actionlint.yaml.",
  async run(v) {
    const root = relforgePackage().root;
    const dir = resolve(v.dir);
    const repo = repositoryOf(dir);
    const project = detectProject(readRootFiles(repo), basename(repo));
    const version = relforgePackage().version;
    const planned = [];
    const by = `written by relforge ${version} init --forge ${v.forge}`;
    if (initOf(v.forge).workflow === "call") {
      const template = readFileSync(join(root, "workflows", "examples", "release-dispatch.yml"), "utf8");
      planned.push({ path: join(dir, "release.yml"), text: ownedText(fitTemplate(template, project), `${by} for a ${project.kind} project`), vendored: false });
    } else {
      const sources = vendoredSources(root);
      const copies = Object.fromEntries(sources.map((s) => [s.from, s.name]));
      for (const s of sources) {
        const text = reusableFor(readFileSync(join(root, ".github", "workflows", s.from), "utf8"), v.forge, copies);
        planned.push({ path: join(dir, s.name), text: ownedText(text, `${by}; relforge's file: refresh it with relforge init --refresh`), vendored: true });
      }
      const template = readFileSync(join(root, "workflows", "examples", "gitea-release-dispatch.yml"), "utf8");
      planned.push({ path: join(dir, "release.yml"), text: ownedText(fitTemplate(template, project), `${by} for a ${project.kind} project`), vendored: false });
      planned.push({ path: join(repo, ".github", "actionlint.yaml"), text: ownedText(actionlintConfig(!!initOf(v.forge).absoluteActionRefs), `${by}; relforge's file: refresh it with relforge init --refresh`), vendored: true });
    }
    const problem = leavesRepository(repo, dir);
    if (problem) throw new RelforgeError(`${v.dir} ${problem}: relforge init writes nothing there. Use a directory inside the repository (--dir), or remove the link.`);
    for (const f of planned) {
      const bad = leavesRepository(repo, f.path);
      if (bad) throw new RelforgeError(`${f.path} ${bad}: relforge init does not write through it. Remove the link (or replace it with a file), then run init again.`);
    }
    if (!v.refresh) console.log(`project: ${project.kind} — ${project.reason}`);
    const refused = [];
    for (const f of planned) {
      const shown = relative(process.cwd(), f.path) || f.path;
      if (v.refresh && !f.vendored) continue;
      if (!existsSync(f.path)) {
        mkdirSync(dirname(f.path), { recursive: true });
        writeFileSync(f.path, f.text);
        console.log(`wrote ${shown}`);
        continue;
      }
      const old = readFileSync(f.path, "utf8");
      if (old === f.text) {
        console.log(`up to date ${shown}`);
        continue;
      }
      const owner = ownership(old);
      if (owner === "relforge" && (v.force || v.refresh)) {
        writeFileSync(f.path, f.text);
        console.log(`rewrote ${shown} (relforge's, unchanged since written)`);
        continue;
      }
      if (owner === "relforge") console.log(`kept ${shown} (exists, unchanged since relforge wrote it: ${f.vendored ? "--refresh or " : ""}--force rewrites it)`);
      else {
        const why = owner === "edited" ? "edited since relforge wrote it" : "not written by relforge init";
        console.log(`kept ${shown} (${why}: init never overwrites your file${f.vendored ? "; to get relforge's version, move your changes elsewhere, delete it and run init --refresh" : "; delete it to get a fresh one"})`);
        if (f.vendored && (v.force || v.refresh)) refused.push(shown);
      }
    }
    if (refused.length) {
      throw new RelforgeError(`relforge init ${v.refresh ? "--refresh" : "--force"}: ${refused.join(", ")} ${refused.length > 1 ? "were" : "was"} edited (or not written by init) and ${refused.length > 1 ? "were" : "was"} kept. Move your changes into your release.yml (or delete the file) and run relforge init --refresh again.`);
    }
    return 0;
  }
});
function repositoryOf(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return dir;
  }
}
function leavesRepository(repo, p) {
  let realRepo;
  try {
    realRepo = realpathSync(repo);
  } catch {
    return void 0;
  }
  const inside = (real) => real === realRepo || real.startsWith(realRepo + sep);
  for (let d = p; d.length >= repo.length; d = dirname(d)) {
    let link = false;
    try {
      link = lstatSync(d).isSymbolicLink();
    } catch {
    }
    if (link) {
      let real;
      try {
        real = realpathSync(d);
      } catch {
        return `is a symbolic link to ${readlinkSync(d)}, which does not exist`;
      }
      if (!inside(real)) return `is a symbolic link to ${real}, outside the repository ${repo}`;
    }
    if (dirname(d) === d) break;
  }
  return void 0;
}
export {
  init_default as default,
  reusableFor
};
