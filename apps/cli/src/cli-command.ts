/** Options as parsed by node:util parseArgs. */
export type CliOptions = Record<string, string | boolean | undefined>;

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
}

/**
 * One operator command. Commands are Nest providers, so they use the same
 * services as the API; each lists its options for parseArgs and its usage.
 */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** Returns the process exit code. */
  run(options: CliOptions, io: CliIO): Promise<number>;
}

export const CLI_COMMANDS = Symbol('CLI_COMMANDS');
