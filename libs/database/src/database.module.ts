import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '@casebook/config';
import { dataSourceOptions } from './data-source.options';

/** TypeORM for a Nest process (API, worker, CLI), from the validated DATABASE_URL. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) => ({
        ...dataSourceOptions(config.get('DATABASE_URL', { infer: true }), `casebook-${process.title}`, {
          replicaUrls: config.get('DATABASE_REPLICA_URLS', { infer: true }),
          poolSize: config.get('DATABASE_POOL_SIZE', { infer: true }),
        }),
        retryAttempts: 3,
        retryDelay: 1_000,
        autoLoadEntities: false,
      }),
    }),
  ],
})
export class DatabaseModule {}
