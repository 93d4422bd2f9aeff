import { join } from 'node:path';
import { Piscina } from 'piscina';
import detectTexts, { type DetectResult } from './detect.worker';

/**
 * The detector, on worker threads of this process: the worker's main thread
 * keeps talking to Redis and PostgreSQL (and renewing its job locks) while
 * narratives are searched on other cores. Texts reach the threads by message
 * passing inside the process, nowhere else. The threads start with the first
 * task, so a process that never detects (the API) never starts any. With 0
 * threads, detection runs on the calling thread.
 */
export class DetectorPool {
  private pool?: Piscina;

  /** `filename`: the compiled thread entry, beside this file (dist/libs/redaction/src/detect.worker.js). */
  constructor(
    private readonly threads: number,
    private readonly filename = join(__dirname, 'detect.worker.js'),
  ) {}

  /** Starts the threads now rather than with the first task (the worker does, at start-up). */
  start(): void {
    if (this.threads === 0 || this.pool) return;
    this.pool = new Piscina({
      filename: this.filename,
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: Number.POSITIVE_INFINITY,
    });
    // Every thread loads the detector (dictionaries, phone metadata) and warms it up before the first narrative.
    for (let i = 0; i < this.threads; i++) void this.pool.run('warm-up').catch(() => undefined);
  }

  /** Results in the order of the texts. */
  async detectMany(texts: string[]): Promise<DetectResult[]> {
    if (this.threads === 0 || texts.length === 0) return detectTexts(texts);
    this.start();
    return this.pool!.run(texts) as Promise<DetectResult[]>;
  }

  /** Nest calls it after the processors have stopped taking jobs. */
  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }
}
