/**
 * URL templates of a package set: checks by field (userinfo and plain http refused by the platform's one URL
 * policy, then the template rules of core/manifest.ts), the set-level template, and expansion.
 */
import { asUserError, type FieldProblem } from '../platform/errors.js';
import { urlInputProblem } from '../platform/url.js';
import { parsePlatformKey } from './core/platform.js';
import { expandUrlTemplate, urlTemplateProblems } from './core/manifest.js';

/** Problems with a URL template input (`upload-url`, `base-url`), by field. */
export function templateProblems(template: string, field: string): FieldProblem[] {
  const urlProblem = urlInputProblem(template, { allowTemplate: true });
  if (urlProblem) return [{ field, message: urlProblem }];
  return urlTemplateProblems(template, field);
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
