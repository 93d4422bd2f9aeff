import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CasesModule } from '@casebook/cases';
import { QUEUES } from '@casebook/queues';
import { AuditController } from '../audit/audit.controller';
import { TaxonomyController } from '../taxonomy/taxonomy.controller';
import { CasesController } from './cases.controller';
import { RedactionController } from './redaction.controller';

/** The HTTP side of case documentation: cases, taxonomy, audit log. */
@Module({
  imports: [CasesModule, BullModule.registerQueue({ name: QUEUES.maintenance })],
  controllers: [CasesController, RedactionController, TaxonomyController, AuditController],
})
export class CasesHttpModule {}
