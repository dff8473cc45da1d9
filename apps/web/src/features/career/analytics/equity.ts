/** Promotion equity as chart rows: hidden groups stay in the chart as rows with no value, never as zero. */
export type EquityGroupLike = {
  key: string;
  label: string;
  workMode: 'REMOTE' | 'HYBRID' | 'OFFICE' | null;
  teamPath: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  people: number | null;
  personYears: number | null;
  promotions: number | null;
  ratePerPersonYear: number | null;
  rateLow: number | null;
  rateHigh: number | null;
  medianMonthsToPromotion: number | null;
  medianLow: number | null;
  medianHigh: number | null;
};

export type EquityMetric = 'rate' | 'median';

export type EquityRow = {
  key: string;
  group: EquityGroupLike;
  value: number | null;
  low: number | null;
  high: number | null;
  /** recharts ErrorBar: distances below and above the value. */
  whisker: [number, number] | null;
};

const MODE_ORDER = { REMOTE: 0, HYBRID: 1, OFFICE: 2 } as const;

function pick(g: EquityGroupLike, metric: EquityMetric): [number | null, number | null, number | null] {
  if (g.hidden) return [null, null, null];
  return metric === 'rate' ? [g.ratePerPersonYear, g.rateLow, g.rateHigh] : [g.medianMonthsToPromotion, g.medianLow, g.medianHigh];
}

/** Work modes in a fixed order (remote, hybrid, office) so the views compare; teams by path. */
export function equityRows(groups: readonly EquityGroupLike[], metric: EquityMetric): EquityRow[] {
  const order = (g: EquityGroupLike) => (g.workMode ? MODE_ORDER[g.workMode] : 3);
  return [...groups]
    .sort((a, b) => order(a) - order(b) || (a.teamPath ?? a.label).localeCompare(b.teamPath ?? b.label))
    .map((group) => {
      const [value, low, high] = pick(group, metric);
      const whisker: [number, number] | null = value !== null && low !== null && high !== null ? [Math.max(0, value - low), Math.max(0, high - value)] : null;
      return { key: group.key, group, value, low, high, whisker };
    });
}

/**
 * The axis maximum: fixed at zero on the left, and a round number above every interval's top, so a
 * wide interval is never clipped and two views of the same data share a scale.
 */
export function niceMax(values: ReadonlyArray<number | null>): number {
  const top = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (top === 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(top));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= top) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * The largest gap between two shown groups' rates, as the lower rate's share of the higher — the
 * headline "remote staff are promoted at 0.55× the rate of office staff". Null when fewer than two
 * groups are shown (a hidden group is never compared).
 */
export function rateGap(groups: readonly EquityGroupLike[]): { lowest: EquityGroupLike; highest: EquityGroupLike; ratio: number } | null {
  const shown = groups.filter((g) => !g.hidden && g.ratePerPersonYear !== null);
  if (shown.length < 2) return null;
  const sorted = [...shown].sort((a, b) => (a.ratePerPersonYear ?? 0) - (b.ratePerPersonYear ?? 0));
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  const high = highest.ratePerPersonYear ?? 0;
  if (high <= 0) return null;
  return { lowest, highest, ratio: (lowest.ratePerPersonYear ?? 0) / high };
}

/** Evenly spaced round ticks from 0 to a `niceMax` value (5 or 6 of them), so the axis reads at a glance. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const m = Math.round((max / magnitude) * 1000) / 1000;
  const step = (m <= 1 ? 0.2 : m <= 2.5 ? 0.5 : m <= 5 ? 1 : 2) * magnitude;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + step / 1000; i++) ticks.push(Math.round(i * step * 1e9) / 1e9);
  return ticks;
}
