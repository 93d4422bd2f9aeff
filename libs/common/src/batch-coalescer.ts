/**
 * Group commit for concurrent callers: calls that arrive while a batch is
 * being written wait and go together in the next one (at most maxBatch at a
 * time, at most `parallel` batches at once), so N concurrent jobs cost about
 * N / batch round trips and commits instead of N. Each caller gets its own result or error. If a whole batch
 * fails, its calls are retried one by one, so one bad input cannot fail the
 * others.
 */
export class BatchCoalescer<I, O> {
  private pending: Array<{ input: I; resolve: (value: O) => void; reject: (error: unknown) => void }> = [];
  private draining = 0;

  constructor(
    private readonly runBatch: (inputs: I[]) => Promise<Array<O | Error>>,
    private readonly maxBatch: number,
    private readonly parallel = 1,
  ) {}

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (this.draining < this.parallel) {
        this.draining++;
        // Let the calls arriving in this turn of the event loop join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      try {
        const results = await this.runBatch(batch.map((b) => b.input));
        batch.forEach((b, i) => (results[i] instanceof Error ? b.reject(results[i]) : b.resolve(results[i] as O)));
      } catch (error) {
        if (batch.length === 1) {
          batch[0].reject(error);
          continue;
        }
        for (const b of batch) {
          try {
            const [result] = await this.runBatch([b.input]);
            if (result instanceof Error) b.reject(result);
            else b.resolve(result);
          } catch (single) {
            b.reject(single);
          }
        }
      }
    }
    this.draining--;
  }
}
