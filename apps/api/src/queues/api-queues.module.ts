import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@casebook/queues';

/**
 * The BullMQ queues an API process uses (re-redaction requests, metrics),
 * registered once so every module shares the same Queue instances and Redis
 * connections.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.redaction }, { name: QUEUES.reports }, { name: QUEUES.maintenance })],
  exports: [BullModule],
})
export class ApiQueuesModule {}
