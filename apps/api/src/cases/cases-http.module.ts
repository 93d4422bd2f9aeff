import { Module } from '@nestjs/common';
import { CasesModule } from '@casebook/cases';
import { AuditController } from '../audit/audit.controller';
import { TaxonomyController } from '../taxonomy/taxonomy.controller';
import { CasesController } from './cases.controller';

/** The HTTP side of case documentation: cases, taxonomy, audit log. */
@Module({
  imports: [CasesModule],
  controllers: [CasesController, TaxonomyController, AuditController],
})
export class CasesHttpModule {}
