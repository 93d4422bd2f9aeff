import { Module } from '@nestjs/common';
import { CasesModule } from '@casebook/cases';
import { ReviewModule } from '@casebook/review';
import { AuditController } from '../audit/audit.controller';
import { ApiQueuesModule } from '../queues/api-queues.module';
import { RegionsController } from '../taxonomy/regions.controller';
import { TaxonomyController } from '../taxonomy/taxonomy.controller';
import { CasesController } from './cases.controller';
import { RedactionController } from './redaction.controller';
import { WithdrawalsController } from './withdrawals.controller';
import { RetentionController } from './retention.controller';

/** The HTTP side of case documentation: cases, taxonomy, audit log. */
@Module({
  imports: [CasesModule, ReviewModule, ApiQueuesModule],
  controllers: [CasesController, WithdrawalsController, RetentionController, RedactionController, TaxonomyController, RegionsController, AuditController],
})
export class CasesHttpModule {}
