import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CasesModule } from '@casebook/cases';
import type { Env } from '@casebook/config';
import { DetectorPool } from '@casebook/redaction';
import { RedactionService } from './redaction.service';

/** The detector's threads start with its first task: in the worker, never in the API. */
const detectorPool = {
  provide: DetectorPool,
  inject: [ConfigService],
  useFactory: (config: ConfigService<Env, true>) => new DetectorPool(config.get('REDACTION_THREADS', { infer: true })),
};

/** The redaction of narratives: the worker's proposals, the admins' review and approval. */
@Module({ imports: [CasesModule], providers: [RedactionService, detectorPool], exports: [RedactionService, DetectorPool] })
export class ReviewModule {}
