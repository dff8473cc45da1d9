/** Own history entries (newest first from the API) as chart points, oldest first, one key per measure. */
export type HistoryEntry = { waveId: string; periodStart: string; programName: string; scores: ReadonlyArray<{ measure: string; value: number }> };

/** Measures on a 0–100 scale share the chart's axis; the table lists every measure. */
export const CHARTED_MEASURES = ['cbi.personal', 'cbi.work', 'cbi.customer', 'who5'] as const;

export function historyChartData(entries: readonly HistoryEntry[]): Array<Record<string, string | number | null>> {
  return [...entries]
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .filter((e) => e.scores.some((s) => (CHARTED_MEASURES as readonly string[]).includes(s.measure)))
    .map((e) => {
      const point: Record<string, string | number | null> = { period: e.periodStart };
      for (const m of CHARTED_MEASURES) point[m] = e.scores.find((s) => s.measure === m)?.value ?? null;
      return point;
    });
}

/** The measures that occur anywhere in the history, in a stable order. */
export function historyMeasures(entries: readonly HistoryEntry[], order: readonly string[]): string[] {
  const seen = new Set(entries.flatMap((e) => e.scores.map((s) => s.measure)));
  return [...order.filter((m) => seen.has(m)), ...[...seen].filter((m) => !order.includes(m)).sort()];
}
