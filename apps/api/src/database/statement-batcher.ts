/**
 * Runs what concurrent requests ask of the database as one statement per batch: while a batch is
 * in flight the next one gathers, so under load one round trip, one plan and one commit serve many
 * requests, and a lone request goes straight through. Every batch is one statement (all or
 * nothing); when it fails, its items run one by one so each request gets its own answer and a bad
 * item cannot fail its neighbours. Items with the same conflict key never share a batch (an upsert
 * cannot touch one row twice in a statement): the later one waits for the next batch. With a
 * `partition`, a batch only holds items of one partition (one organisation: a statement is scoped to
 * a single tenant, ADR 0013); the others wait for the next batch.
 */
export class StatementBatcher<I, O> {
  private queue: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  private draining = false;
  private readonly runOne: (item: I) => Promise<O>;
  private readonly options: { maxBatch?: number; conflictKey?: (item: I) => string; partition?: (item: I) => string };

  /** `runOne` defaults to a batch of one. */
  constructor(
    private readonly runBatch: (items: readonly I[]) => Promise<O[]>,
    options: { runOne?: (item: I) => Promise<O>; maxBatch?: number; conflictKey?: (item: I) => string; partition?: (item: I) => string } = {},
  ) {
    this.runOne = options.runOne ?? (async (item) => (await runBatch([item]))[0]);
    this.options = options;
  }

  run(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // Let the requests already parsed in this turn of the event loop join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.take();
        if (batch.length === 1) {
          await this.runOne(batch[0].item).then(batch[0].resolve, batch[0].reject);
          continue;
        }
        let outputs: O[] | null = null;
        try {
          outputs = await this.runBatch(batch.map((e) => e.item));
        } catch {
          outputs = null;
        }
        if (outputs && outputs.length === batch.length) batch.forEach((e, i) => e.resolve(outputs[i]));
        else await Promise.all(batch.map((e) => this.runOne(e.item).then(e.resolve, e.reject)));
      }
    } finally {
      this.draining = false;
    }
  }

  private take(): typeof this.queue {
    const max = this.options.maxBatch ?? 64;
    const keys = new Set<string>();
    const batch: typeof this.queue = [];
    const rest: typeof this.queue = [];
    const partition = this.queue.length ? this.options.partition?.(this.queue[0].item) : undefined;
    for (const entry of this.queue) {
      const key = this.options.conflictKey?.(entry.item);
      const samePartition = partition === undefined || this.options.partition!(entry.item) === partition;
      if (batch.length < max && samePartition && (key === undefined || !keys.has(key))) {
        batch.push(entry);
        if (key !== undefined) keys.add(key);
      } else rest.push(entry);
    }
    this.queue = rest;
    return batch;
  }
}
