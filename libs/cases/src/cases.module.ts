import { Module } from '@nestjs/common';
import { CasesService } from './cases.service';
import { KeyRotationService } from './key-rotation.service';
import { TaxonomyService } from './taxonomy.service';

@Module({
  providers: [CasesService, KeyRotationService, TaxonomyService],
  exports: [CasesService, KeyRotationService, TaxonomyService],
})
export class CasesModule {}
