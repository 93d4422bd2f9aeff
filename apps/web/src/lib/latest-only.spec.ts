import { latestOnly } from './latest-only';

/** A read whose answers are released by the test, in any order. */
function controlledReads<T>() {
  const pending: Array<(value: T) => void> = [];
  const read = () => new Promise<T>((resolve) => pending.push(resolve));
  return { read, pending };
}

describe('latestOnly', () => {
  it('drops an older answer that arrives after a newer one', async () => {
    const { read, pending } = controlledReads<string[]>();
    const shown: string[][] = [];
    const update = latestOnly(read, (v) => shown.push(v));
    const first = update(); // sees a case still being sent
    const second = update(); // sees the outbox empty
    pending[1]([]);
    await second;
    pending[0](['case-b']);
    await first;
    expect(shown).toEqual([[]]);
  });

  it('delivers every answer when they arrive in order', async () => {
    const { read, pending } = controlledReads<number>();
    const shown: number[] = [];
    const update = latestOnly(read, (v) => shown.push(v));
    const a = update();
    pending[0](1);
    await a;
    const b = update();
    pending[1](2);
    await b;
    expect(shown).toEqual([1, 2]);
  });
});
