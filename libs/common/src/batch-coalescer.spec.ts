import { BatchCoalescer } from './batch-coalescer';

describe('BatchCoalescer', () => {
  it('groups concurrent calls, at most maxBatch at a time, and answers each caller with its own result', async () => {
    const batches: number[][] = [];
    const coalescer = new BatchCoalescer<number, number>(async (xs) => {
      batches.push(xs);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return xs.map((x) => x * 10);
    }, 4);
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((x) => coalescer.submit(x)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([[1, 2, 3, 4], [5, 6]]);
    // Calls made while a batch is running form the next batch.
    const first = coalescer.submit(7);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [8, 9].map((x) => coalescer.submit(x));
    expect(await Promise.all([first, ...later])).toEqual([70, 80, 90]);
    expect(batches.slice(2)).toEqual([[7], [8, 9]]);
  });

  it('runs up to `parallel` batches at once', async () => {
    let running = 0;
    let most = 0;
    const coalescer = new BatchCoalescer<number, number>(async (xs) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return xs;
    }, 2, 2);
    const first = [1, 2].map((x) => coalescer.submit(x));
    await new Promise((resolve) => setImmediate(resolve));
    const second = [3, 4, 5, 6].map((x) => coalescer.submit(x));
    expect(await Promise.all([...first, ...second])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(most).toBe(2);
  });

  it('rejects only the caller whose result is an error', async () => {
    const coalescer = new BatchCoalescer<number, number>(async (xs) => xs.map((x) => (x === 2 ? new Error('bad input 2') : x)), 8);
    const results = await Promise.allSettled([1, 2, 3].map((x) => coalescer.submit(x)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('bad input 2');
  });

  it('retries a failed batch one call at a time, so one poisoned input fails alone', async () => {
    const calls: number[][] = [];
    const coalescer = new BatchCoalescer<number, number>(async (xs) => {
      calls.push(xs);
      if (xs.includes(2)) throw new Error('the transaction failed');
      return xs;
    }, 8);
    const results = await Promise.allSettled([1, 2, 3].map((x) => coalescer.submit(x)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([[1, 2, 3], [1], [2], [3]]);
  });
});
