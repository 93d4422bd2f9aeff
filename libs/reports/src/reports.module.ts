import { Module } from '@nestjs/common';
import { CasesModule } from '@casebook/cases';
import { DisclosurePolicyRepository } from './disclosure-policy.repository';
import { DisclosurePolicyService } from './disclosure-policy.service';
import { QuotationsService } from './quotations.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [CasesModule],
  providers: [ReportsService, DisclosurePolicyRepository, DisclosurePolicyService, QuotationsService],
  exports: [ReportsService, DisclosurePolicyService, QuotationsService],
})
export class ReportsModule {}
