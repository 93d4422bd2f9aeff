import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { QuotaGuard } from './quota.guard';
import { QuotaService } from './quota.service';

/** Registered after the auth module, so its guard runs after the access guard and knows the caller. */
@Module({ providers: [QuotaService, { provide: APP_GUARD, useClass: QuotaGuard }] })
export class QuotasModule {}
