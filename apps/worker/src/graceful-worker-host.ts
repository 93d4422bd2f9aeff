import { WorkerHost } from '@nestjs/bullmq';
import type { OnModuleDestroy } from '@nestjs/common';

/**
 * A processor whose BullMQ worker stops in Nest's first shutdown phase: it
 * takes no new jobs and lets the active ones finish while PostgreSQL, Redis
 * and the detector threads are still open. (@nestjs/bullmq alone closes
 * workers in the last phase, the one that also closes the database, so jobs
 * in hand failed with "Driver not Connected" and used up an attempt.)
 */
export abstract class GracefulWorkerHost extends WorkerHost implements OnModuleDestroy {
  async onModuleDestroy(): Promise<void> {
    await this.worker.close();
  }
}
