import { Module } from '@nestjs/common';
import { CasesModule } from '@casebook/cases';
import { ReportsService } from './reports.service';

@Module({ imports: [CasesModule], providers: [ReportsService], exports: [ReportsService] })
export class ReportsModule {}
