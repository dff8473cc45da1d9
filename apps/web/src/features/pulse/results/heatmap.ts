import { MEASURES, measureScale, severity } from '../measures';

type Row = { path: string; values: ReadonlyArray<number | null> };

/** Burnout measures (higher is worse) before the others: what the heatmap is mostly read for. */
const SORT_PREFERENCE = [...MEASURES.filter((m) => measureScale(m)?.worse === 'higher'), ...MEASURES.filter((m) => measureScale(m)?.worse !== 'higher')];

/** The column the heatmap sorts by: the page's measure when the wave asked it, else the first burnout measure it did. */
export function heatmapSortMeasure(measures: readonly string[], chosen: string): string | null {
  if (measures.includes(chosen)) return chosen;
  return SORT_PREFERENCE.find((m) => measures.includes(m)) ?? measures[0] ?? null;
}

/**
 * Rows most concerning first on the sort measure (its own direction: high burnout, low WHO-5 or
 * eNPS), then by path; rows whose figure is hidden go last, by path.
 */
export function sortHeatmapRows<T extends Row>(rows: readonly T[], measures: readonly string[], sortMeasure: string | null): T[] {
  const i = sortMeasure === null ? -1 : measures.indexOf(sortMeasure);
  const level = (r: T) => {
    const v = i < 0 ? null : (r.values[i] ?? null);
    return v === null ? null : severity(sortMeasure!, v);
  };
  return [...rows].sort((a, b) => {
    const la = level(a);
    const lb = level(b);
    if (la === null || lb === null) return la === lb ? a.path.localeCompare(b.path) : la === null ? 1 : -1;
    return lb - la || a.path.localeCompare(b.path);
  });
}
