/** A trend as the API sends it: plain arrays, one value per period per series; null = hidden. */
export type TrendInput = {
  periods: readonly string[];
  series: ReadonlyArray<{
    key: string;
    values: ReadonlyArray<number | null>;
    hiddenReasons: ReadonlyArray<string | null>;
    changes: ReadonlyArray<string | null>;
  }>;
};

export type TrendCell = { value: number | null; hiddenReason: string | null; change: 'UP' | 'DOWN' | null };
export type TrendRow = { period: string; cells: Record<string, TrendCell> };

function asChange(c: string | null | undefined): 'UP' | 'DOWN' | null {
  return c === 'UP' || c === 'DOWN' ? c : null;
}

/** One row per period (oldest first) with a cell per series key: the table beside a trend chart. */
export function trendRows(trend: TrendInput): TrendRow[] {
  return trend.periods.map((period, i) => {
    const cells: Record<string, TrendCell> = {};
    for (const s of trend.series) {
      const value = s.values[i] ?? null;
      cells[s.key] = {
        value,
        hiddenReason: value === null ? (s.hiddenReasons[i] ?? null) : null,
        change: value === null ? null : asChange(s.changes[i]),
      };
    }
    return { period, cells };
  });
}

/**
 * Recharts data: `{ period, [key]: value }` with hidden points left null so that
 * `connectNulls={false}` draws a gap instead of a line through a hidden week.
 */
export function trendChartData(trend: TrendInput, scale = 1): Array<Record<string, string | number | null>> {
  return trendRows(trend).map((row) => {
    const point: Record<string, string | number | null> = { period: row.period };
    for (const [key, cell] of Object.entries(row.cells)) point[key] = cell.value === null ? null : cell.value * scale;
    return point;
  });
}
