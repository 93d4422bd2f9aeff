import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Env } from '@casebook/config';
import { DomainError } from '@casebook/common';
import { Public } from '../auth/access.decorators';
import { MetricsService } from './metrics.service';

/** `GET /metrics` for Prometheus: outside /api/v1, and only with `Authorization: Bearer METRICS_TOKEN`. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer;

  constructor(
    private readonly metrics: MetricsService,
    config: ConfigService<Env, true>,
  ) {
    this.token = Buffer.from(`Bearer ${config.get('METRICS_TOKEN', { infer: true })}`);
  }

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const given = Buffer.from(authorization ?? '');
    if (given.length !== this.token.length || !timingSafeEqual(given, this.token)) {
      throw new DomainError('unauthenticated', 'The metrics token is required');
    }
    await reply.header('content-type', this.metrics.registry.contentType).send(await this.metrics.render());
  }
}
