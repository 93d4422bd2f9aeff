import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { Env } from './env.schema';

/**
 * Configuration comes only from environment variables. Each process validates
 * them once at start-up (`loadEnvOrExit`, which stops with one line naming a
 * bad variable) and hands the result to this module, so that Nest code reads
 * only validated, typed values through `ConfigService<Env, true>`.
 */
@Module({})
export class CasebookConfigModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: CasebookConfigModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, skipProcessEnv: true, cache: true, load: [() => ({ ...env })] }),
      ],
      exports: [ConfigModule],
    };
  }
}

export type AppConfig = ConfigService<Env, true>;
