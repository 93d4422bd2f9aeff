import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@casebook/audit';
import { CasebookConfigModule, type Env } from '@casebook/config';
import { CryptoModule } from '@casebook/crypto';
import { DatabaseModule } from '@casebook/database';
import { QueuesModule, RedisModule } from '@casebook/queues';
import { AppSettingsModule } from './app-settings/app-settings.module';
import { AuthModule } from './auth/auth.module';
import { CasesHttpModule } from './cases/cases-http.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { OperationsModule } from './operations/operations.module';
import { QuotasModule } from './quotas/quotas.module';
import { ReportsHttpModule } from './reports/reports-http.module';

@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CasebookConfigModule.forRoot(env),
        DatabaseModule,
        RedisModule,
        QueuesModule,
        CryptoModule,
        AuditModule,
        AuthModule,
        QuotasModule,
        CasesHttpModule,
        ReportsHttpModule,
        AppSettingsModule,
        HealthModule,
        MetricsModule,
        OperationsModule,
      ],
    };
  }
}
