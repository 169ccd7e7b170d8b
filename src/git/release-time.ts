/**
 * The time a reproducible artifact carries (trusted-comment timestamps, the package manifest's `created`):
 * SOURCE_DATE_EPOCH when set (reproducible-builds.org: a whole number of seconds; anything else is refused),
 * else the committer time of `rev` (when given) in the repository at `cwd`. Undefined when neither is available: the
 * caller falls back to the clock and says that a re-run will differ.
 */
import { resolve } from 'node:path';
import { RelforgeError } from '../platform/errors.js';
import { Git } from './repository.js';

export async function releaseTime(o: { env?: NodeJS.ProcessEnv; cwd?: string; rev?: string }): Promise<{ seconds: number; source: 'SOURCE_DATE_EPOCH' | 'commit' } | undefined> {
  const epoch = (o.env ?? process.env).SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d{1,12}$/.test(epoch)) throw new RelforgeError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch.slice(0, 40)}".`);
    return { seconds: Number(epoch), source: 'SOURCE_DATE_EPOCH' };
  }
  if (!o.rev) return undefined;
  const r = await new Git(resolve(o.cwd ?? process.cwd())).run(['show', '-s', '--format=%ct', `${o.rev}^{commit}`], { allowFailure: true }).catch(() => undefined);
  const ct = r?.code === 0 ? r.stdout.trim() : '';
  return /^\d{1,12}$/.test(ct) ? { seconds: Number(ct), source: 'commit' } : undefined;
}
