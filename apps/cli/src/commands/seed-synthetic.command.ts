import { Injectable } from '@nestjs/common';
import { SyntheticSeederService } from '@casebook/synthetic';
import type { CliCommand, CliIO, CliOptions } from '../cli-command';

/** `seed:synthetic --incidents N`: published synthetic cases for benchmarks (1,000,000 incidents in a few minutes). */
@Injectable()
export class SeedSyntheticCommand implements CliCommand {
  readonly name = 'seed:synthetic';
  readonly summary = 'Add published synthetic cases with N incidents in all (for benchmarks)';
  readonly usage = 'seed:synthetic --incidents N [--seed S]';
  readonly options = { incidents: { type: 'string' as const }, seed: { type: 'string' as const } };

  constructor(private readonly seeder: SyntheticSeederService) {}

  async run(options: CliOptions, io: CliIO): Promise<number> {
    const incidents = Number(options.incidents);
    const seed = Number(options.seed ?? 1);
    if (!Number.isInteger(incidents) || incidents < 1 || incidents > 20_000_000 || !Number.isInteger(seed)) {
      io.err(`--incidents must be an integer from 1 to 20000000\nUsage: npm run cli -- ${this.usage}`);
      return 64;
    }
    const start = Date.now();
    let last = 0;
    const result = await this.seeder.seed(incidents, seed, (done, cases) => {
      if (Date.now() - last > 5_000) {
        last = Date.now();
        io.err(`  ${done} incidents, ${cases} cases…`);
      }
    });
    io.out(`Seeded ${result.incidents} incidents in ${result.cases} published cases in ${((Date.now() - start) / 1000).toFixed(1)} s.`);
    return 0;
  }
}
