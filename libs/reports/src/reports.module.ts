import { Module } from '@nestjs/common';
import { ReviewModule } from '@casebook/review';
import { TaxonomyModule } from '@casebook/taxonomy';
import { DisclosurePolicyRepository } from './disclosure-policy.repository';
import { DisclosurePolicyService } from './disclosure-policy.service';
import { QuotationsService } from './quotations.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [TaxonomyModule, ReviewModule],
  providers: [ReportsService, DisclosurePolicyRepository, DisclosurePolicyService, QuotationsService],
  exports: [ReportsService, DisclosurePolicyService, QuotationsService],
})
export class ReportsModule {}
