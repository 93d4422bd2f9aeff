import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@casebook/audit';
import { CasesModule } from '@casebook/cases';
import { ReviewModule } from '@casebook/review';
import { SyntheticModule } from '@casebook/synthetic';
import { CasebookConfigModule, type Env } from '@casebook/config';
import { CryptoModule } from '@casebook/crypto';
import { DatabaseModule } from '@casebook/database';
import { IdentityModule } from '@casebook/identity';
import { RedisModule } from '@casebook/queues';
import { ReportsModule } from '@casebook/reports';
import { CLI_COMMANDS, type CliCommand } from './cli-command';
import { AdminCreateCommand } from './commands/admin-create.command';
import { AuditVerifyCommand } from './commands/audit-verify.command';
import { KeysRotateCommand } from './commands/keys-rotate.command';
import { RetentionRunCommand } from './commands/retention-run.command';
import { ConfigCheckCommand } from './commands/config-check.command';
import { SeedDemoCommand } from './commands/seed-demo.command';
import { SeedSyntheticCommand } from './commands/seed-synthetic.command';
import { ReleaseCreateCommand } from './commands/release-create.command';

const COMMANDS = [AdminCreateCommand, AuditVerifyCommand, ConfigCheckCommand, KeysRotateCommand, ReleaseCreateCommand, RetentionRunCommand, SeedDemoCommand, SeedSyntheticCommand];

@Module({})
export class CliModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: CliModule,
      imports: [CasebookConfigModule.forRoot(env), DatabaseModule, RedisModule, CryptoModule, AuditModule, IdentityModule, CasesModule, ReviewModule, SyntheticModule, ReportsModule],
      providers: [
        ...COMMANDS,
        { provide: CLI_COMMANDS, inject: COMMANDS, useFactory: (...commands: CliCommand[]) => commands },
      ],
    };
  }
}
