import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { loadEnvOrExit } from '@casebook/config';
import { createLogger, NestPinoLogger } from '@casebook/logging';
import { CLI_COMMANDS, type CliCommand, type CliIO } from './cli-command';
import { CliModule } from './cli.module';

const io: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    if (process.stdin.isTTY) return '';
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

function help(commands: CliCommand[]): void {
  io.out('Usage: npm run cli -- <command> [options]\n\nCommands:');
  for (const command of commands) io.out(`  ${command.usage.padEnd(60)} ${command.summary}`);
}

/** `npm run cli -- <command> [options]`: the operator CLI, on Nest's application context. */
async function main(argv: string[]): Promise<number> {
  const env = loadEnvOrExit();
  const logger = createLogger({ name: 'cli', level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(env), { logger: new NestPinoLogger(logger), abortOnError: false });
  try {
    const commands = app.get<CliCommand[]>(CLI_COMMANDS);
    const [name, ...rest] = argv;
    const command = commands.find((c) => c.name === name);
    if (!command) {
      if (name && name !== 'help' && name !== '--help') io.err(`Unknown command: ${name}`);
      help(commands);
      return name && name !== 'help' && name !== '--help' ? 64 : 0;
    }
    let values: Record<string, string | boolean | undefined>;
    try {
      values = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false }).values as typeof values;
    } catch (error) {
      io.err(`${(error as Error).message}\nUsage: npm run cli -- ${command.usage}`);
      return 64;
    }
    return await command.run(values, io);
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
