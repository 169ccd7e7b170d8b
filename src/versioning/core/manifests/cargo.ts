/** Cargo.toml (`[package] version`, or `[workspace.package] version` when the crate inherits it) and Cargo.lock. */
import { posix } from 'node:path';
import { VersionFileError, fileLabel, splice, targetVersion, type LockContext, type ManifestFormat, type ManifestUpdater, type UpdaterOptions } from './types.js';
import { findTomlKey, inheritsWorkspace, scanToml, tomlStringArray, type TomlEntry } from './toml-edit.js';

export class CargoToml implements ManifestUpdater {
  readonly kind = 'Cargo.toml';
  constructor(private readonly opts: UpdaterOptions = {}) {}

  private locate(text: string): TomlEntry {
    const file = fileLabel(this.opts, 'Cargo.toml');
    const entries = scanToml(text);
    const own = findTomlKey(entries, 'package', 'version');
    if (own?.value !== undefined) return own;
    const inherited = inheritsWorkspace(entries, 'package', 'version');
    const ws = findTomlKey(entries, 'workspace.package', 'version');
    if (ws?.value !== undefined && (inherited || !entries.some((e) => e.table === 'package'))) return ws;
    if (inherited) {
      throw new VersionFileError(
        `${file}: [package] inherits its version from the workspace (version.workspace = true); list the workspace root Cargo.toml (with [workspace.package] version) as the manifest instead.`,
      );
    }
    throw new VersionFileError(`${file}: no [package] version = "…" (or [workspace.package] version) found; add one or use another version file.`);
  }

  readVersion(text: string): string {
    return this.locate(text).value!;
  }

  /** `[package] name`, used to find this crate's entry in Cargo.lock. */
  readName(text: string): string | undefined {
    return findTomlKey(scanToml(text), 'package', 'name')?.value;
  }

  /** True when the version read and written is `[workspace.package] version` (a workspace root). */
  usesWorkspaceVersion(text: string): boolean {
    return this.locate(text).table === 'workspace.package';
  }

  updateContent(text: string): string {
    const e = this.locate(text);
    return splice(text, e.valueStart!, e.valueEnd!, targetVersion(this.opts, this.kind));
  }
}

/** Cargo.lock: the `[[package]]` entries of workspace members (no `source`) named in `packages`. */
export class CargoLock implements ManifestUpdater {
  readonly kind = 'Cargo.lock';
  constructor(private readonly opts: UpdaterOptions & { packages: string[] }) {}

  private members(text: string): TomlEntry[] {
    const entries = scanToml(text);
    const blocks = new Map<number, TomlEntry[]>();
    for (const e of entries) {
      if (e.table !== 'package' || e.block < 0) continue;
      let list = blocks.get(e.block);
      if (!list) blocks.set(e.block, (list = []));
      list.push(e);
    }
    const out: TomlEntry[] = [];
    for (const list of blocks.values()) {
      const name = list.find((e) => e.key === 'name')?.value;
      const version = list.find((e) => e.key === 'version');
      const hasSource = list.some((e) => e.key === 'source');
      if (name !== undefined && this.opts.packages.includes(name) && !hasSource && version?.value !== undefined) out.push(version);
    }
    return out;
  }

  readVersion(text: string): string {
    const m = this.members(text);
    if (!m.length) {
      throw new VersionFileError(`${fileLabel(this.opts, 'Cargo.lock')}: no workspace member entry for ${this.opts.packages.join(', ')}.`);
    }
    return m[0]!.value!;
  }

  updateContent(text: string): string {
    const v = targetVersion(this.opts, this.kind);
    let out = text;
    for (const e of this.members(text).sort((a, b) => b.valueStart! - a.valueStart!)) out = splice(out, e.valueStart!, e.valueEnd!, v);
    return out;
  }
}

/**
 * The crates whose Cargo.lock entries carry the version this Cargo.toml declares, as cargo records them: the crate
 * itself when its `[package] version` was rewritten; for a workspace root whose `[workspace.package] version` was
 * rewritten, the root package when it inherits it, and every member (the `[workspace] members` globs, minus
 * `exclude`) that declares `version.workspace = true`. A member with a version of its own keeps its entry.
 */
export function cargoLockPackages(text: string, around: LockContext['around']): string[] {
  const toml = new CargoToml();
  const entries = scanToml(text);
  const own = findTomlKey(entries, 'package', 'name')?.value;
  if (!toml.usesWorkspaceVersion(text)) return own ? [own] : [];
  const names = new Set<string>();
  if (own && inheritsWorkspace(entries, 'package', 'version')) names.add(own);
  const list = (key: string) => {
    const e = findTomlKey(entries, 'workspace', key);
    return e ? (tomlStringArray(text, e) ?? []) : [];
  };
  const clean = (p: string) => posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
  const excluded = new Set(list('exclude').map(clean));
  for (const glob of list('members')) {
    for (const dir of around.dirs(clean(glob))) {
      if (excluded.has(clean(dir))) continue;
      const member = around.read(`${dir}/Cargo.toml`);
      if (member === undefined) continue;
      const m = scanToml(member);
      const name = findTomlKey(m, 'package', 'name')?.value;
      if (name && inheritsWorkspace(m, 'package', 'version')) names.add(name);
    }
  }
  return [...names];
}

export const cargoFormat: ManifestFormat = {
  id: 'cargo',
  names: ['Cargo.toml'],
  docs:
    '`Cargo.toml` `[package] version` (or `[workspace.package] version` in a workspace root, or when the crate inherits it), ' +
    'plus the `Cargo.lock` entries of the crates that carry it: the crate, or every workspace member with `version.workspace = true` ' +
    '(registry packages and members with a version of their own are never touched)',
  create: (opts) => new CargoToml(opts),
  locks: [
    {
      names: ['Cargo.lock'],
      updater: (ctx) => {
        const packages = cargoLockPackages(ctx.manifest, ctx.around);
        return packages.length ? new CargoLock({ version: ctx.version, packages, file: ctx.file }) : undefined;
      },
    },
  ],
};
