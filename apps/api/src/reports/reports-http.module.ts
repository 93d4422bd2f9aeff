import { Module } from '@nestjs/common';
import { ReportsModule } from '@casebook/reports';
import { DisclosurePolicyController } from './disclosure-policy.controller';
import { QuotationsController } from './quotations.controller';
import { ReportsController } from './reports.controller';

@Module({ imports: [ReportsModule], controllers: [ReportsController, DisclosurePolicyController, QuotationsController] })
export class ReportsHttpModule {}
