import { Module } from '@nestjs/common';
import { TaxonomyModule } from '@casebook/taxonomy';
import { CaseRepository } from './case.repository';
import { CasesService } from './cases.service';
import { CaseErasureService } from './case-erasure.service';

/** Cases: documentation, reading with the access rules in SQL, the lifecycle, edits. */
@Module({ imports: [TaxonomyModule], providers: [CaseRepository, CasesService, CaseErasureService], exports: [CaseRepository, CasesService, CaseErasureService, TaxonomyModule] })
export class CasesModule {}
