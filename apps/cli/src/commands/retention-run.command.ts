import { Injectable } from '@nestjs/common';
import { RetentionService } from '@casebook/cases';
import type { CliCommand, CliIO, CliOptions } from '../cli-command';

/** The retention run now (as the worker's daily job does), or with --dry-run only what it would do. */
@Injectable()
export class RetentionRunCommand implements CliCommand {
  readonly name = 'retention:run';
  readonly summary = 'Apply the retention policy now (--dry-run: list what it would delete)';
  readonly usage = 'retention:run [--dry-run]';
  readonly options = { 'dry-run': { type: 'boolean' as const } };

  constructor(private readonly retention: RetentionService) {}

  async run(options: CliOptions, io: CliIO): Promise<number> {
    const now = new Date();
    if (options['dry-run']) {
      const p = await this.retention.preview(now);
      io.out(`Due now: ${p.drafts.length} untouched drafts, ${p.returned.length} returned cases (deleted); ${p.rawNarratives.length} raw narratives (dropped); ${p.publishedForReview.length} published cases to review.`);
      for (const c of [...p.drafts, ...p.returned]) io.out(`delete ${c.reference}`);
      for (const c of p.rawNarratives) io.out(`drop raw narrative of ${c.reference}`);
      return 0;
    }
    const result = await this.retention.run(now);
    io.out(`Deleted ${result.deleted} cases; dropped ${result.rawDropped} raw narratives.`);
    return 0;
  }
}
