/**
 * The signers' one write sequence (docs/architecture.md "Signers"): write every output to a temporary file next to its
 * target → verify the temporary files independently → commit (rename each into place) or roll back.
 *
 *   const result = await stagedWrite({
 *     write: async (stage) => { await writeFile(stage.temp(target), text, { flag: 'wx' }); return … },
 *     verify: async (result, stage) => { …read stage.temp(target) back and check it… },
 *   });
 *
 * Temporary files live in the target's folder, so the commit is a rename on one file system. A target that
 * existed is moved aside first and put back if a later rename fails, so a failure at any step leaves every
 * target as it was (no half-signed set, no lost earlier signature). Targets marked `keep` are left untouched
 * (an existing output that already verifies; see the Ed25519 signer's re-run rule).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RelforgeError, errorMessage } from '../platform/errors.js';

/** Names of the temporary files (and moved-aside targets) a run may leave behind when it is killed. */
export const STAGED_NAME = /\.relforge-tmp-\d+-[0-9a-f]{8}(?:\.old)?$/;

export interface Stage {
  /** The temporary path for `target` (created on the first call; same folder). Write the new content there. */
  temp(target: string): string;
  /** Leave `target` as it is (it already holds the right content); a temp written for it is discarded. */
  keep(target: string): void;
  /** Where the target's new content is now: its temp file, or the target itself when kept or not staged. */
  current(target: string): string;
}

export interface StagedWriteSteps<T> {
  /** Writes every output into `stage.temp(target)`; returns what `verify` and the caller need. */
  write(stage: Stage): Promise<T>;
  /** Checks the written temporary files independently; throw to roll back. */
  verify(result: T, stage: Stage): Promise<void>;
  /** Optional file modes for targets (applied to the temp before the rename). */
  mode?(target: string): number | undefined;
}

export interface StagedWriteOptions {
  log?: (message: string) => void;
}

interface Entry {
  target: string;
  temp: string;
  keep: boolean;
}

class StageImpl implements Stage {
  readonly entries = new Map<string, Entry>();
  private readonly tag = `.relforge-tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  temp(target: string): string {
    let e = this.entries.get(target);
    if (!e) {
      e = { target, temp: join(dirname(target), `.${basename(target)}${this.tag}`), keep: false };
      this.entries.set(target, e);
    }
    return e.temp;
  }
  keep(target: string): void {
    this.temp(target);
    this.entries.get(target)!.keep = true;
  }
  current(target: string): string {
    const e = this.entries.get(target);
    return e && !e.keep ? e.temp : target;
  }
  backup(target: string): string {
    return join(dirname(target), `.${basename(target)}${this.tag}.old`);
  }
}

/** Runs write → verify → commit; on any failure removes the temporary files and restores every target. */
export async function stagedWrite<T>(steps: StagedWriteSteps<T>, opts: StagedWriteOptions = {}): Promise<T> {
  const stage = new StageImpl();
  try {
    const result = await steps.write(stage);
    await steps.verify(result, stage);
    await commit(stage, steps, opts);
    return result;
  } finally {
    for (const e of stage.entries.values()) await rm(e.temp, { force: true }).catch(() => {});
  }
}

async function commit<T>(stage: StageImpl, steps: StagedWriteSteps<T>, opts: StagedWriteOptions): Promise<void> {
  const done: { entry: Entry; backup?: string }[] = [];
  try {
    for (const entry of stage.entries.values()) {
      if (entry.keep) continue;
      const mode = steps.mode?.(entry.target);
      if (mode !== undefined) await chmod(entry.temp, mode);
      const backup = existsSync(entry.target) ? stage.backup(entry.target) : undefined;
      if (backup) await rename(entry.target, backup);
      done.push({ entry, backup });
      await rename(entry.temp, entry.target);
    }
  } catch (err) {
    await rollBack(done, opts);
    throw err instanceof RelforgeError ? err : new RelforgeError(`Could not move the verified outputs into place: ${errorMessage(err)}. Every target was restored.`, { cause: err });
  }
  for (const d of done) if (d.backup) await rm(d.backup, { force: true }).catch(() => {});
}

async function rollBack(done: { entry: Entry; backup?: string }[], opts: StagedWriteOptions): Promise<void> {
  for (const { entry, backup } of done.reverse()) {
    try {
      if (backup) await rename(backup, entry.target);
      else await rm(entry.target, { force: true });
    } catch (err) {
      opts.log?.(`could not restore ${entry.target}: ${errorMessage(err)}${backup ? ` (its earlier content is in ${backup})` : ''}`);
    }
  }
  if (done.length) opts.log?.(`restored the ${done.length} file(s) this run had replaced`);
}
