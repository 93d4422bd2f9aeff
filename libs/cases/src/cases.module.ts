import { Module } from '@nestjs/common';
import { CasesService } from './cases.service';
import { KeyRotationService } from './key-rotation.service';
import { RedactionService } from './redaction.service';
import { TaxonomyService } from './taxonomy.service';

@Module({
  providers: [CasesService, KeyRotationService, RedactionService, TaxonomyService],
  exports: [CasesService, KeyRotationService, RedactionService, TaxonomyService],
})
export class CasesModule {}
