import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '@casebook/config';
import { DataSource } from 'typeorm';
import type { CliCommand, CliIO } from '../cli-command';

/** Validates the configuration and reports whether the database schema is up to date. */
@Injectable()
export class ConfigCheckCommand implements CliCommand {
  readonly name = 'config:check';
  readonly summary = 'Validate the configuration and show pending migrations';
  readonly usage = 'config:check';
  readonly options = {};

  constructor(
    private readonly config: ConfigService<Env, true>,
    private readonly dataSource: DataSource,
  ) {}

  async run(_options: unknown, io: CliIO): Promise<number> {
    io.out(`configuration: valid (NODE_ENV=${this.config.get('NODE_ENV', { infer: true })})`);
    const pending = await this.dataSource.showMigrations();
    io.out(pending ? 'database: migrations are pending (npm run migration:run)' : 'database: schema is up to date');
    return pending ? 1 : 0;
  }
}
