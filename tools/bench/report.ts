/** One benchmark result as a JSON line on stdout; everything else the benchmarks say goes to stderr. */
export type BenchLine = {
  bench: string;
  metric: string;
  value: number | null;
  unit: string | null;
  /** The same work done the simplest possible way, on the same machine, in the same run. */
  reference: number | null;
  ratio: number | null;
  target: string | null;
  [extra: string]: unknown;
};

export function emit(line: BenchLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export function skip(bench: string, reason: string): void {
  emit({ bench, metric: 'skipped', value: null, unit: null, reference: null, ratio: null, target: null, reason });
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Embedded PostgreSQL's logger for benchmarks: only its warnings and errors, on stderr. */
export const quietPostgresLog = {
  debug: () => undefined,
  info: () => undefined,
  warn: (o: unknown, m?: string) => log(`postgres: ${m ?? JSON.stringify(o)}`),
  error: (o: unknown, m?: string) => log(`postgres: ${m ?? JSON.stringify(o)}`),
};

/** The p-th percentile of ascending samples (nearest rank, as every benchmark here reports it). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
