/**
 * Errors that reach users. Every message says what is wrong and what to change.
 * `RelforgeError` is for expected failures (bad input, refused by a service, verification failed);
 * anything else is a bug and is reported with its stack in debug output only.
 */
export class RelforgeError extends Error {
  /** Process exit code the CLI uses for this error (actions always fail with 1). */
  readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'RelforgeError';
    this.exitCode = options?.exitCode ?? 1;
  }
}

/** Several problems found at once (typically while validating settings). */
export class SettingsError extends RelforgeError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems with the inputs:\n- ${problems.join('\n- ')}`);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

/** Collects validation problems and throws them together. */
export class Problems {
  private readonly list: string[] = [];
  add(problem: string): void {
    this.list.push(problem);
  }
  get count(): number {
    return this.list.length;
  }
  throwIfAny(): void {
    if (this.list.length) throw new SettingsError([...this.list]);
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
