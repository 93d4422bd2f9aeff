import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@casebook/database';
import { AccountsService, generatePassword } from '@casebook/identity';
import type { CliCommand, CliIO } from '../cli-command';

const DEMO_ORGANISATION = 'Demo Sex Worker Rights Network';
const DEMO_USERS: Array<{ role: Role; email: string; name: string }> = [
  { role: 'admin', email: 'admin@demo.casebook.invalid', name: 'Demo Admin' },
  { role: 'interviewer', email: 'interviewer@demo.casebook.invalid', name: 'Demo Interviewer' },
  { role: 'researcher', email: 'researcher@demo.casebook.invalid', name: 'Demo Researcher' },
];

/**
 * Demo data for `npm run demo`: one user per role with freshly generated
 * passwords (printed once). Idempotent: existing demo users are left alone.
 */
@Injectable()
export class SeedDemoCommand implements CliCommand {
  readonly name = 'seed:demo';
  readonly summary = 'Create demo users (one per role, passwords printed once)';
  readonly usage = 'seed:demo';
  readonly options = {};

  constructor(
    private readonly accounts: AccountsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async run(_options: unknown, io: CliIO): Promise<number> {
    const created: string[] = [];
    for (const demo of DEMO_USERS) {
      const exists = await this.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [demo.email]);
      if (exists.length > 0) {
        created.push(`  ${demo.role.padEnd(12)} ${demo.email}  (exists; password unchanged)`);
        continue;
      }
      const password = generatePassword();
      await this.accounts.createWithPassword({ ...demo, displayName: demo.name, organisation: DEMO_ORGANISATION, password, via: 'demo-seed' });
      created.push(`  ${demo.role.padEnd(12)} ${demo.email}  password: ${password}`);
    }
    io.out('Demo accounts (passwords are shown only when created):');
    for (const line of created) io.out(line);
    io.out('The admin must enrol a TOTP authenticator at first sign-in (POST /api/v1/me/mfa/enrol, then /confirm).');
    return 0;
  }
}
