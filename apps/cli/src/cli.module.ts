import { DynamicModule, Module } from '@nestjs/common';
import { CasebookConfigModule, type Env } from '@casebook/config';
import { DatabaseModule } from '@casebook/database';
import { CLI_COMMANDS, type CliCommand } from './cli-command';
import { ConfigCheckCommand } from './commands/config-check.command';

const COMMANDS = [ConfigCheckCommand];

@Module({})
export class CliModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: CliModule,
      imports: [CasebookConfigModule.forRoot(env), DatabaseModule],
      providers: [
        ...COMMANDS,
        { provide: CLI_COMMANDS, inject: COMMANDS, useFactory: (...commands: CliCommand[]) => commands },
      ],
    };
  }
}
