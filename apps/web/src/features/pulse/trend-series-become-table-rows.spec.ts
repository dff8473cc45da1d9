import { trendChartData, trendRows } from './trend';

const trend = {
  periods: ['2026-10-05', '2026-10-12', '2026-10-19'],
  series: [
    { key: 'ALL', values: [40, 42, 45], hiddenReasons: [null, null, null], changes: [null, null, 'UP'] },
    { key: 'REMOTE', values: [38, null, 50], hiddenReasons: [null, 'FEWER_THAN_K', null], changes: [null, null, null] },
    { key: 'OFFICE', values: [null, 41, null], hiddenReasons: ['COMPLEMENTARY', null, 'FEWER_THAN_K'], changes: [null, 'DOWN', null] },
  ],
};

describe('a trend by work mode as table rows and chart points', () => {
  it('has one row per period with a cell per series, oldest first', () => {
    const rows = trendRows(trend);
    expect(rows.map((r) => r.period)).toEqual(trend.periods);
    expect(Object.keys(rows[0].cells)).toEqual(['ALL', 'REMOTE', 'OFFICE']);
  });

  it('keeps the reason of a hidden cell and no value', () => {
    const rows = trendRows(trend);
    expect(rows[1].cells.REMOTE).toEqual({ value: null, hiddenReason: 'FEWER_THAN_K', change: null });
    expect(rows[0].cells.OFFICE).toEqual({ value: null, hiddenReason: 'COMPLEMENTARY', change: null });
  });

  it('shows a change only where the API flagged one', () => {
    const rows = trendRows(trend);
    expect(rows[2].cells.ALL.change).toBe('UP');
    expect(rows[1].cells.OFFICE.change).toBe('DOWN');
    expect(rows[1].cells.ALL.change).toBeNull();
  });

  it('leaves hidden points null in the chart data so the line has a gap', () => {
    expect(trendChartData(trend)[1]).toEqual({ period: '2026-10-12', ALL: 42, REMOTE: null, OFFICE: 41 });
  });

  it('a series shorter than the periods reads as hidden, not as zero', () => {
    const rows = trendRows({ periods: ['a', 'b'], series: [{ key: 'ALL', values: [1], hiddenReasons: [null], changes: [] }] });
    expect(rows[1].cells.ALL.value).toBeNull();
  });
});
