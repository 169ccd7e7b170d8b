/** The shape of one `relforge <command>`; argv excludes the command name. Returns the exit code. */
export interface CliCommand {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}
