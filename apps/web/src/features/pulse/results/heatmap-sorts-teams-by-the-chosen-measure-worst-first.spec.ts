import { heatmapSortMeasure, sortHeatmapRows } from './heatmap';

const measures = ['cbi.work', 'enps', 'who5'];
const row = (path: string, values: Array<number | null>) => ({ path, values });
const rows = [
  row('Support / EMEA / Kraków / Billing', [40, 10, 60]),
  row('Support / Americas / Austin / Customer Care', [68, -20, 40]),
  row('Support / Americas / Austin / Technical', [null, null, null]),
  row('Support / EMEA / Kraków / Customer Care', [55, 30, 70]),
];

describe('the heatmap sorts teams by the chosen measure, most concerning first, hidden last', () => {
  it.each([
    ['cbi.work (higher is worse)', 'cbi.work', ['Austin / Customer Care', 'Kraków / Customer Care', 'Kraków / Billing', 'Austin / Technical']],
    ['eNPS (lower is worse)', 'enps', ['Austin / Customer Care', 'Kraków / Billing', 'Kraków / Customer Care', 'Austin / Technical']],
    ['WHO-5 (lower is worse)', 'who5', ['Austin / Customer Care', 'Kraków / Billing', 'Kraków / Customer Care', 'Austin / Technical']],
  ])('%s', (_name, measure, order) => {
    expect(sortHeatmapRows(rows, measures, measure).map((r) => r.path.split(' / ').slice(2).join(' / '))).toEqual(order);
  });

  it.each([
    [['cbi.work', 'enps'], 'cbi.work', 'cbi.work'],
    [['enps', 'single-item-burnout'], 'cbi.work', 'single-item-burnout'],
    [['likert:x'], 'cbi.work', 'likert:x'],
    [[], 'cbi.work', null],
  ])('wave measures %j, chosen %s → sorts by %s', (available, chosen, sortBy) => {
    expect(heatmapSortMeasure(available, chosen)).toBe(sortBy);
  });
});
