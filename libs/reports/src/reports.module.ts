import { Module } from '@nestjs/common';
import { ReviewModule } from '@casebook/review';
import { TaxonomyModule } from '@casebook/taxonomy';
import { DisclosurePolicyRepository } from './disclosure-policy.repository';
import { ReportRepository } from './report.repository';
import { DisclosurePolicyService } from './disclosure-policy.service';
import { QuotationsService } from './quotations.service';
import { ReportsService } from './reports.service';
import { ReleaseRepository } from './privacy/release.repository';
import { ReleasesService } from './privacy/releases.service';

@Module({
  imports: [TaxonomyModule, ReviewModule],
  providers: [ReportsService, ReportRepository, ReleaseRepository, ReleasesService, DisclosurePolicyRepository, DisclosurePolicyService, QuotationsService],
  exports: [ReportsService, ReleasesService, ReleaseRepository, DisclosurePolicyService, QuotationsService],
})
export class ReportsModule {}
