import { Module } from '@nestjs/common';
import { CasesService } from './cases.service';
import { KeyRotationService } from './key-rotation.service';
import { RedactionService } from './redaction.service';
import { SyntheticSeederService } from './synthetic-seeder.service';
import { TaxonomyService } from './taxonomy.service';

@Module({
  providers: [CasesService, KeyRotationService, RedactionService, SyntheticSeederService, TaxonomyService],
  exports: [CasesService, KeyRotationService, RedactionService, SyntheticSeederService, TaxonomyService],
})
export class CasesModule {}
