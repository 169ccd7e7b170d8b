/**
 * URL templates of a package set: checks by field (userinfo and plain http refused by the platform's one URL
 * policy, then the template rules of core/manifest.ts, then proof that every file of a set gets a URL of its own),
 * the set-level template, and expansion.
 */
import { asUserError, type FieldProblem } from '../platform/errors.js';
import { urlInputProblem } from '../platform/url.js';
import { parsePlatformKey } from './core/platform.js';
import { MANIFEST_FILE, SIGNED_MANIFEST_FILE, SIG_SUFFIX, expandUrlTemplate, urlTemplateProblems } from './core/manifest.js';

/** Tauri's updater document, beside the manifest. */
export const TAURI_FILE = 'latest.json';

/** The set-level files (no platform), in upload order: the manifest last. */
export const SET_FILES = [TAURI_FILE, `${MANIFEST_FILE}${SIG_SUFFIX}`, SIGNED_MANIFEST_FILE, MANIFEST_FILE] as const;

/** Problems with a URL template input (`upload-url`, `base-url`), by field. */
export function templateProblems(template: string, field: string): FieldProblem[] {
  const urlProblem = urlInputProblem(template, { allowTemplate: true });
  if (urlProblem) return [{ field, message: urlProblem }];
  const problems = urlTemplateProblems(template, field);
  return problems.length ? problems : distinctUrlProblems(template, field);
}

/**
 * Proof that distinct files get distinct URLs: the template is expanded for two files of one platform, the same
 * file on two platforms, and every set-level file (through `setLevelTemplate`, which drops the path segments that
 * hold {platform}, {os} or {arch}); any two equal URLs (one would overwrite the other) or a placeholder the set
 * files cannot fill is a problem naming the input and the fix.
 */
export function distinctUrlProblems(template: string, field: string): FieldProblem[] {
  const r = { product: 'agent', version: '1.0.0', channel: 'stable' };
  const problems: FieldProblem[] = [];
  const setTemplate = setLevelTemplate(template);
  const set = new Map<string, string>();
  try {
    for (const f of SET_FILES) {
      const url = expandUrlTemplate(setTemplate, urlValues(r, undefined, f));
      const clash = set.get(url);
      if (clash) {
        problems.push({
          field,
          message: `gives ${clash} and ${f} the same URL (${setTemplate}): the set files (${SET_FILES.join(', ')}) have no platform, so the path segments holding {platform}, {os} or {arch} are left out for them, and {file} went with them. Put {file} in a path segment of its own, e.g. …/{version}/{platform}/{file}.`,
        });
        break;
      }
      set.set(url, f);
    }
  } catch {
    problems.push({ field, message: `holds {platform}, {os} or {arch} outside the URL's path, where the set files (${SET_FILES.join(', ')}, which have no platform) cannot fill it; use them in path segments only, e.g. …/{version}/{platform}/{file}.` });
    return problems;
  }
  const pkg = (platform: string, file: string) => expandUrlTemplate(template, urlValues(r, platform, file));
  if (pkg('linux-x86_64', 'agent') === pkg('linux-x86_64', 'agent.minisig')) {
    problems.push({ field, message: 'gives a package and its .minisig the same URL; put {file} in the URL.' });
  }
  return problems;
}

/** Removes path segments holding per-platform placeholders: where the manifest and latest.json go. */
export function setLevelTemplate(template: string): string {
  const u = template.split('?')[0]!;
  const rest = template.slice(u.length);
  const parts = u.split('/');
  return parts.filter((seg, i) => i < 3 || !/\{(platform|os|arch)\}/.test(seg)).join('/') + rest;
}

/** Template values for a file of the set (`platform` undefined for set-level files). */
export function urlValues(r: { product: string; version: string; channel: string }, platform: string | undefined, file: string): Record<string, string> {
  const v: Record<string, string> = { product: r.product, version: r.version, channel: r.channel, file };
  if (platform) {
    const p = parsePlatformKey(platform);
    v.platform = platform;
    v.os = p.os;
    v.arch = p.arch;
  }
  return v;
}

export function expand(template: string, values: Record<string, string>): string {
  try {
    return expandUrlTemplate(template, values);
  } catch (err) {
    throw asUserError(err);
  }
}
