import { DynamicModule, Module } from '@nestjs/common';
import { CasebookConfigModule, type Env } from '@casebook/config';
import { DatabaseModule } from '@casebook/database';
import { QueuesModule, RedisModule } from '@casebook/queues';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [CasebookConfigModule.forRoot(env), DatabaseModule, RedisModule, QueuesModule, HealthModule],
    };
  }
}
