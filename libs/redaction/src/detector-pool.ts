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
 *
 * A task that runs longer than `timeoutMs` (a narrative crafted to make a
 * pattern backtrack for ever) is aborted and its thread replaced: the batch
 * fails and is retried job by job, so only that narrative's job fails, instead
 * of a wedged thread whose jobs keep their locks for ever.
 */
export class DetectorPool {
  private pool?: Piscina;

  /** `filename`: the compiled thread entry, beside this file (dist/libs/redaction/src/detect.worker.js). */
  constructor(
    private readonly threads: number,
    private readonly filename = join(__dirname, 'detect.worker.js'),
    private readonly timeoutMs = 30_000,
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
    try {
      return (await this.pool!.run(texts, { signal: AbortSignal.timeout(this.timeoutMs) })) as DetectResult[];
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') {
        throw new Error(`detection of ${texts.length} narrative(s) took longer than ${this.timeoutMs} ms and was stopped`);
      }
      throw error;
    }
  }

  /** Nest calls it after the processors have stopped taking jobs. */
  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }
}
