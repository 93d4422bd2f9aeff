import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, actorOf, type Principal } from '@casebook/authz';
import { CasesService } from '@casebook/cases';
import { prng, syntheticCase } from '@casebook/synthetic';
import { RedactionService } from '@casebook/review';
import { DETECTOR_VERSION } from '@casebook/redaction';
import type { Role } from '@casebook/database';
import { AccountsService, generatePassword } from '@casebook/identity';
import { ReleasesService } from '@casebook/reports';
import type { CliCommand, CliIO, CliOptions } from '../cli-command';

const DEMO_ORGANISATION = 'Demo Sex Worker Rights Network';
const DEMO_USERS: Array<{ role: Role; email: string; name: string }> = [
  { role: 'admin', email: 'admin@demo.casebook.invalid', name: 'Demo Admin' },
  { role: 'interviewer', email: 'interviewer@demo.casebook.invalid', name: 'Demo Interviewer' },
  { role: 'researcher', email: 'researcher@demo.casebook.invalid', name: 'Demo Researcher' },
];

/**
 * Demo data for `npm run demo`: one user per role with freshly generated
 * passwords (printed once), and a few hundred fictional cases across the
 * region in every stage of the lifecycle. Idempotent: run twice, it adds nothing.
 */
@Injectable()
export class SeedDemoCommand implements CliCommand {
  readonly name = 'seed:demo';
  readonly summary = 'Create demo users (passwords printed once) and a few hundred fictional cases';
  readonly usage = 'seed:demo [--cases N]';
  readonly options = { cases: { type: 'string' as const } };

  constructor(
    private readonly accounts: AccountsService,
    private readonly cases: CasesService,
    private readonly redaction: RedactionService,
    private readonly releases: ReleasesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async run(options: CliOptions, io: CliIO): Promise<number> {
    const count = Number(options.cases ?? 300);
    if (!Number.isInteger(count) || count < 0 || count > 100_000) {
      io.err('--cases must be an integer from 0 to 100000');
      return 64;
    }
    const lines: string[] = [];
    const actors = new Map<Role, Actor>();
    for (const demo of DEMO_USERS) {
      const [existing] = await this.dataSource.query(`SELECT id, organisation_id FROM users WHERE email = $1`, [demo.email]);
      let id = existing?.id as string | undefined;
      let organisationId = existing?.organisation_id as string | undefined;
      if (existing) {
        lines.push(`  ${demo.role.padEnd(12)} ${demo.email}  (exists; password unchanged)`);
      } else {
        const password = generatePassword();
        const user = await this.accounts.createWithPassword({ ...demo, displayName: demo.name, organisation: DEMO_ORGANISATION, password, via: 'demo-seed' });
        [id, organisationId] = [user.id, user.organisationId];
        lines.push(`  ${demo.role.padEnd(12)} ${demo.email}  password: ${password}`);
      }
      const principal: Principal = { id: id!, role: demo.role, organisationId: organisationId!, sessionId: 'demo-seed' };
      actors.set(demo.role, actorOf(principal, null));
    }
    io.out('Demo accounts (passwords are shown only when created):');
    for (const line of lines) io.out(line);
    io.out('The admin must enrol a TOTP authenticator at first sign-in (POST /api/v1/me/mfa/enrol, then /confirm).');

    const interviewer = actors.get('interviewer')!;
    const admin = actors.get('admin')!;
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE interviewer_id = $1`, [interviewer.id]);
    if (n > 0) {
      io.out(`Demo cases: ${n} exist already.`);
      await this.release(admin, io);
      return 0;
    }
    const random = prng(2009);
    const now = new Date();
    const stages: Record<string, number> = {};
    for (let i = 0; i < count; i++) {
      const input = syntheticCase(random, now);
      const created = await this.cases.create(interviewer, input);
      const id = created.body.id;
      const r = random();
      let status = created.body.status as string;
      // The demo runs the worker's step inline, so that cases are in review or published at once.
      if (r < 0.8) status = (await this.cases.transition(interviewer, id, 'submit')).status;
      if (r < 0.65) {
        await this.redaction.propose({ caseId: id, narrativeVersion: 1, detectorVersion: DETECTOR_VERSION });
        status = 'in_review';
      }
      if (r < 0.55) status = (await this.redaction.approve(admin, id)).status;
      if (r < 0.03) status = (await this.cases.transition(interviewer, id, 'withdraw')).status;
      stages[status] = (stages[status] ?? 0) + 1;
    }
    io.out(`Demo cases: ${count} created (${Object.entries(stages).map(([s, k]) => `${k} ${s}`).join(', ')}).`);
    await this.release(admin, io);
    return 0;
  }

  /** Researchers' reports read protected releases only: one per year with published demo cases. */
  private async release(admin: Actor, io: CliIO): Promise<void> {
    const made = await this.releases.releasePending(admin).catch((e: Error) => {
      io.err(`Protected releases: ${e.message}`);
      return [];
    });
    const budget = await this.releases.budget();
    io.out(`Protected releases: ${made.length} created (${made.map((r) => r.period).join(', ') || 'none pending'}); ρ ${budget.spentRho} of ${budget.totalRho} spent.`);
  }
}
