/** pyproject.toml: `[project] version` (PEP 621) and `[tool.poetry] version`, whichever are present. */
import { VersionFileError, fileLabel, splice, targetVersion, type ManifestFormat, type ManifestUpdater, type UpdaterOptions } from './types.js';
import { findTomlKey, scanToml } from './toml-edit.js';

export class PyProject implements ManifestUpdater {
  readonly kind = 'pyproject.toml';
  constructor(private readonly opts: UpdaterOptions = {}) {}

  private locate(text: string) {
    const file = fileLabel(this.opts, 'pyproject.toml');
    const entries = scanToml(text);
    const found = [findTomlKey(entries, 'project', 'version'), findTomlKey(entries, 'tool.poetry', 'version')].filter(
      (e) => e?.value !== undefined,
    );
    if (!found.length) {
      const dynamic = findTomlKey(entries, 'project', 'dynamic');
      const hint = dynamic && dynamic.raw.includes('version')
        ? ' ([project] declares the version dynamic: point version-file at the file that holds it, with a version-pattern)'
        : '';
      throw new VersionFileError(`${file}: no [project] version or [tool.poetry] version found${hint}.`);
    }
    return found as NonNullable<(typeof found)[number]>[];
  }

  readVersion(text: string): string {
    return this.locate(text)[0]!.value!;
  }

  updateContent(text: string): string {
    const v = targetVersion(this.opts, this.kind);
    let out = text;
    for (const e of this.locate(text).sort((a, b) => b.valueStart! - a.valueStart!)) out = splice(out, e.valueStart!, e.valueEnd!, v);
    return out;
  }
}

export const pyprojectFormat: ManifestFormat = {
  id: 'pyproject',
  names: ['pyproject.toml'],
  docs: '`pyproject.toml` `[project] version` (PEP 621) and `[tool.poetry] version`, whichever are present',
  create: (opts) => new PyProject(opts),
};
