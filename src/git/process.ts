/**
 * How relforge starts git: the environment every git process gets, and git processes started AHEAD of the code
 * that reads them (a prefetch).
 *
 * A prefetch exists for start-up: an action's entry (dist/<name>/index.js) may start the git command its
 * operation will most likely run first, before Node has even compiled the operation's code (≈ 10 ms of a
 * next-version start-up), so git works on the other core meanwhile. The guess is only a guess: the git adapter
 * adopts a prefetched process only for exactly the same directory and arguments (Git.streamCommits), so a wrong
 * guess costs a process that is killed (discardPrefetched), never a wrong answer.
 *
 * What git writes is collected from the start (text, utf8) and replayed to whoever adopts the process, and its
 * exit is recorded: nothing depends on which of git's events happened before the adoption. Until then the
 * process holds Node's event loop open by nothing, so an action that fails before it asks for the walk exits
 * at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';

/** The environment every git process gets: no prompts, C locale. */
export function gitEnv(env?: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env };
}

/** `git <args>` in `cwd` with that environment plus `env`; stdout and stderr piped, stdin only with `stdin`. */
export function startGit(cwd: string, args: string[], env?: Record<string, string>, stdin = false): ChildProcess {
  return spawn('git', args, { cwd, env: gitEnv(env), stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
}

/** What the adopter of a prefetched process is told: its output (so far, then as it comes) and its exit. */
export interface GitListener {
  stdout(text: string): void;
  stderr(text: string): void;
  close(code: number | null): void;
}

/** Tells `listener` what `child` writes (as utf8 text) and when it closes. */
export function listenGit(child: ChildProcess, listener: GitListener): void {
  child.stdout!.setEncoding('utf8').on('data', listener.stdout);
  child.stderr!.setEncoding('utf8').on('data', listener.stderr);
  child.on('close', listener.close);
}

/** A prefetched git process, handed over once (takePrefetched). */
export interface PrefetchedGit {
  child: ChildProcess;
  /** Replays what git wrote and did so far to `listener`, synchronously, then forwards the rest. */
  attach(listener: GitListener): void;
}

interface Pending {
  cwd: string;
  args: string[];
  failed: boolean;
  handle: PrefetchedGit;
}

// The entry's prelude and the operation's code are separate bundles: they share the list through the global object.
const SLOT = Symbol.for('relforge.git.prefetched');
const pending = (): Pending[] => ((globalThis as Record<symbol, Pending[] | undefined>)[SLOT] ??= []);

/**
 * Starts `git <args>` in `cwd` for a caller still being loaded. Never throws: a prefetch that cannot start is
 * simply not there. RELFORGE_NO_PREFETCH=1 turns prefetching off (to compare, or to rule it out).
 */
export function prefetchGit(cwd: string, args: string[]): void {
  if (process.env.RELFORGE_NO_PREFETCH) return;
  try {
    const child = startGit(cwd, args); // the very process Git.streamCommits would start
    const events: [keyof GitListener, string | number | null][] = [];
    let listener: GitListener | undefined;
    const emit = (kind: keyof GitListener, value: string | number | null) => (listener ? deliver(listener, kind, value) : events.push([kind, value]));
    const entry: Pending = {
      cwd,
      args,
      failed: false,
      handle: {
        child,
        attach(l) {
          listener = l;
          for (const [kind, value] of events.splice(0)) deliver(l, kind, value);
          setRef(child, true);
        },
      },
    };
    child.on('error', () => (entry.failed = true));
    listenGit(child, { stdout: (t) => emit('stdout', t), stderr: (t) => emit('stderr', t), close: (code) => emit('close', code) });
    setRef(child, false);
    pending().push(entry);
  } catch {
    // not started: the caller spawns its own
  }
}

function deliver(l: GitListener, kind: keyof GitListener, value: string | number | null): void {
  if (kind === 'close') l.close(value as number | null);
  else l[kind](value as string);
}

/** The prefetched process for exactly this directory and these arguments, handed over once (or undefined). */
export function takePrefetched(cwd: string, args: string[]): PrefetchedGit | undefined {
  const list = pending();
  const i = list.findIndex((p) => !p.failed && p.cwd === cwd && p.args.length === args.length && p.args.every((a, j) => a === args[j]));
  return i < 0 ? undefined : list.splice(i, 1)[0]!.handle;
}

/** Whether the process and its two pipes keep Node's event loop alive (a no-op on what has closed already). */
function setRef(child: ChildProcess, ref: boolean): void {
  for (const h of [child, child.stdout as Socket, child.stderr as Socket]) {
    if (ref) h.ref();
    else h.unref();
  }
}

/** Kills every prefetched process nobody adopted (a wrong guess must not keep a core busy). */
export function discardPrefetched(): void {
  for (const p of pending().splice(0)) p.handle.child.kill(); // a no-op on one that has exited
}
