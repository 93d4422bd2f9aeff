import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '@casebook/config';
import { DetectorPool } from '@casebook/redaction';
import { CaseRepository } from './case.repository';
import { CasesService } from './cases.service';
import { KeyRotationService } from './key-rotation.service';
import { RedactionService } from './redaction.service';
import { SyntheticSeederService } from './synthetic-seeder.service';
import { TaxonomyService } from './taxonomy.service';

/** The detector's threads start with its first task: in the worker, never in the API. */
const detectorPool = {
  provide: DetectorPool,
  inject: [ConfigService],
  useFactory: (config: ConfigService<Env, true>) => new DetectorPool(config.get('REDACTION_THREADS', { infer: true })),
};

@Module({
  providers: [CaseRepository, CasesService, KeyRotationService, RedactionService, SyntheticSeederService, TaxonomyService, detectorPool],
  exports: [CaseRepository, CasesService, KeyRotationService, RedactionService, SyntheticSeederService, TaxonomyService, DetectorPool],
})
export class CasesModule {}
