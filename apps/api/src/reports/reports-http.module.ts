import { Module } from '@nestjs/common';
import { ReportsModule } from '@casebook/reports';
import { DisclosurePolicyController } from './disclosure-policy.controller';
import { QuotationsController } from './quotations.controller';
import { ReportsController } from './reports.controller';
import { PrivacyBudgetController, ReleasesController } from './releases.controller';

@Module({ imports: [ReportsModule], controllers: [ReportsController, DisclosurePolicyController, QuotationsController, PrivacyBudgetController, ReleasesController] })
export class ReportsHttpModule {}
