import { DynamicModule, Module } from '@nestjs/common';
import { CasebookConfigModule, type Env } from '@casebook/config';
import { DatabaseModule } from '@casebook/database';
import { QueuesModule, RedisModule } from '@casebook/queues';

/** The queue worker: no HTTP, only BullMQ processors. */
@Module({})
export class WorkerModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CasebookConfigModule.forRoot(env), DatabaseModule, RedisModule, QueuesModule],
    };
  }
}
