import { Module } from '@nestjs/common';
import { TaxonomyModule } from '@casebook/taxonomy';
import { CaseRepository } from './case.repository';
import { CasesService } from './cases.service';
import { CaseErasureService } from './case-erasure.service';
import { WithdrawalCodeRepository } from './withdrawal-code.repository';
import { WithdrawalCodesService } from './withdrawal-codes.service';
import { RetentionRepository } from './retention.repository';
import { RetentionService } from './retention.service';

/** Cases: documentation, reading with the access rules in SQL, the lifecycle, edits. */
@Module({
  imports: [TaxonomyModule],
  providers: [CaseRepository, CasesService, CaseErasureService, WithdrawalCodeRepository, WithdrawalCodesService, RetentionRepository, RetentionService],
  exports: [CaseRepository, CasesService, CaseErasureService, WithdrawalCodesService, RetentionService, TaxonomyModule],
})
export class CasesModule {}
