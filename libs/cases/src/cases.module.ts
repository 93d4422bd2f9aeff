import { Module } from '@nestjs/common';
import { TaxonomyModule } from '@casebook/taxonomy';
import { CaseRepository } from './case.repository';
import { CasesService } from './cases.service';
import { CaseErasureService } from './case-erasure.service';
import { WithdrawalCodeRepository } from './withdrawal-code.repository';
import { WithdrawalCodesService } from './withdrawal-codes.service';

/** Cases: documentation, reading with the access rules in SQL, the lifecycle, edits. */
@Module({
  imports: [TaxonomyModule],
  providers: [CaseRepository, CasesService, CaseErasureService, WithdrawalCodeRepository, WithdrawalCodesService],
  exports: [CaseRepository, CasesService, CaseErasureService, WithdrawalCodesService, TaxonomyModule],
})
export class CasesModule {}
