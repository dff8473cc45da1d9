import { StatementBatcher } from './statement-batcher';

const tick = () => new Promise((r) => setImmediate(r));

describe('concurrent requests share one statement per batch', () => {
  it('a lone request runs on its own', async () => {
    const batches: number[][] = [];
    const b = new StatementBatcher<number, number>(async (xs) => (batches.push([...xs]), xs.map((x) => x * 2)), { runOne: async (x) => x * 10 });
    await expect(b.run(1)).resolves.toBe(10);
    expect(batches).toEqual([]);
  });

  it('requests arriving together go in one batch, and those arriving meanwhile in the next', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new StatementBatcher<number, number>(async (xs) => {
      batches.push([...xs]);
      if (batches.length === 1) await gate;
      return xs.map((x) => x * 2);
    }, { runOne: async (x) => x * 10 });
    const first = [b.run(1), b.run(2), b.run(3)];
    await tick();
    const second = [b.run(4), b.run(5)];
    release();
    expect(await Promise.all([...first, ...second])).toEqual([2, 4, 6, 8, 10]);
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('a failing batch is retried one by one: each request gets its own answer or error', async () => {
    const b = new StatementBatcher<number, number>(
      async () => {
        throw new Error('one bad row fails the statement');
      },
      {
        runOne: async (x) => {
          if (x === 2) throw new Error('bad 2');
          return x * 10;
        },
      },
    );
    const results = await Promise.allSettled([b.run(1), b.run(2), b.run(3)]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 'bad 2', 30]);
  });

  it('two items with the same conflict key (a double click) never share a batch', async () => {
    const batches: string[][] = [];
    const b = new StatementBatcher<string, string>(async (xs) => (batches.push([...xs]), xs.map((x) => x)), {
      runOne: async (x) => (batches.push([x]), x),
      conflictKey: (x) => x.split(':')[0],
    });
    await Promise.all([b.run('ann:1'), b.run('bob:1'), b.run('ann:2')]);
    expect(batches).toEqual([['ann:1', 'bob:1'], ['ann:2']]);
  });

  it('without its own runOne, a lone request runs as a batch of one', async () => {
    const batches: number[][] = [];
    const b = new StatementBatcher<number, number>(async (xs) => (batches.push([...xs]), xs.map((x) => x * 2)));
    await expect(b.run(4)).resolves.toBe(8);
    expect(batches).toEqual([[4]]);
  });

  it('with a partition, a batch holds one partition only (one organisation per statement) and the rest wait for the next', async () => {
    const batches: string[][] = [];
    const b = new StatementBatcher<string, string>(async (xs) => (batches.push([...xs]), [...xs]), {
      runOne: async (x) => (batches.push([x]), x),
      partition: (x) => x.split(':')[0],
    });
    await Promise.all([b.run('org1:a'), b.run('org2:b'), b.run('org1:c'), b.run('org2:d'), b.run('org3:e')]);
    expect(batches).toEqual([['org1:a', 'org1:c'], ['org2:b', 'org2:d'], ['org3:e']]);
  });

  it('never puts more than maxBatch items in one statement', async () => {
    const sizes: number[] = [];
    const b = new StatementBatcher<number, number>(async (xs) => (sizes.push(xs.length), [...xs]), { runOne: async (x) => (sizes.push(1), x), maxBatch: 4 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => b.run(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });
});
