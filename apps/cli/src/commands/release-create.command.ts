import { Injectable } from '@nestjs/common';
import { DomainError } from '@casebook/common';
import { ReleasesService, type ReleaseView } from '@casebook/reports';
import type { CliCommand, CliIO, CliOptions } from '../cli-command';

/** Creates the protected release of a period (or of every period with unreleased cases); each spends the per-period ρ. */
@Injectable()
export class ReleaseCreateCommand implements CliCommand {
  readonly name = 'release:create';
  readonly summary = 'Create a protected release of a year (default: every year with cases no release has counted)';
  readonly usage = 'release:create [--period YYYY]';
  readonly options = { period: { type: 'string' as const } };

  constructor(private readonly releases: ReleasesService) {}

  async run(options: CliOptions, io: CliIO): Promise<number> {
    try {
      const made: ReleaseView[] = options.period ? [await this.releases.create(null, String(options.period))] : await this.releases.releasePending(null);
      for (const r of made) io.out(`release ${r.id}: ${r.period} (${r.kind}), ${r.respondents} respondents, ρ = ${r.rho} (ε = ${r.epsilon} at δ = ${r.delta})`);
      const budget = await this.releases.budget();
      io.out(`privacy budget: ρ ${budget.spentRho} of ${budget.totalRho} spent (ε = ${budget.spentEpsilon} at δ = ${budget.delta})`);
      return 0;
    } catch (e) {
      if (e instanceof DomainError) {
        io.err(e.message);
        return e.code === 'unprocessable' ? 64 : 1;
      }
      throw e;
    }
  }
}
