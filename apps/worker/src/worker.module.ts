import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@casebook/audit';
import { ReviewModule } from '@casebook/review';
import { CasebookConfigModule, type Env } from '@casebook/config';
import { CryptoModule } from '@casebook/crypto';
import { DatabaseModule } from '@casebook/database';
import { QUEUES, QueuesModule, RedisModule } from '@casebook/queues';
import { ReportsModule } from '@casebook/reports';
import { OutboxRelayService, outboxQueuesProvider } from '@casebook/outbox';
import { RedactionReconcilerService } from './redaction/redaction-reconciler.service';
import { RedactionProcessor } from './redaction/redaction.processor';
import { RequeueRedactionProcessor } from './redaction/requeue-redaction.processor';
import { ReportsProcessor } from './reports/reports.processor';
import { RetentionProcessor } from './retention/retention.processor';
import { CasesModule } from '@casebook/cases';

/** The queue worker: no HTTP, only the outbox relay and BullMQ processors. */
@Module({})
export class WorkerModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CasebookConfigModule.forRoot(env),
        DatabaseModule,
        RedisModule,
        QueuesModule,
        BullModule.registerQueue({ name: QUEUES.redaction }, { name: QUEUES.reports }, { name: QUEUES.maintenance }, { name: QUEUES.retention }),
        CryptoModule,
        AuditModule,
        ReviewModule,
        ReportsModule,
        CasesModule,
      ],
      providers: [outboxQueuesProvider, OutboxRelayService, RedactionProcessor, RedactionReconcilerService, RequeueRedactionProcessor, ReportsProcessor, RetentionProcessor],
    };
  }
}
