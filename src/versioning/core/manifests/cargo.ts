/** Cargo.toml (`[package] version`, or `[workspace.package] version` when the crate inherits it) and Cargo.lock. */
import { VersionFileError, fileLabel, splice, targetVersion, type ManifestUpdater, type UpdaterOptions } from './types.js';
import { findTomlKey, inheritsWorkspace, scanToml, type TomlEntry } from './toml-edit.js';

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
