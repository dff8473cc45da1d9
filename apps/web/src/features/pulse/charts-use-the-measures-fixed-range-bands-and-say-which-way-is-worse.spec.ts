import { testI18n } from '../../test/render';
import { measureScale, scaleBands, scaleNote } from './measures';

describe('every chart draws a measure on its fixed range, shades its bands and says which direction is worse', () => {
  it.each([
    ['cbi.work', { min: 0, max: 100, worse: 'higher' }],
    ['who5', { min: 0, max: 100, worse: 'lower' }],
    ['enps', { min: -100, max: 100, worse: 'lower' }],
    ['olbi.exhaustion', { min: 1, max: 4, worse: 'higher' }],
    ['single-item-burnout', { min: 1, max: 5, worse: 'higher' }],
    ['participation', { min: 0, max: 1, worse: 'lower' }],
    ['likert:team-support', null],
  ])('%s → %j', (measure, scale) => {
    expect(measureScale(measure)).toEqual(scale);
  });

  it.each([
    ['cbi.personal', [[50, 75], [75, 100]]],
    ['who5', [[28, 50], [0, 28]]],
    ['single-item-burnout', [[3, 5]]],
    ['enps', []],
  ])('%s shades %j', (measure, ranges) => {
    expect(scaleBands(measure).map((b) => [b.from, b.to])).toEqual(ranges);
  });

  it.each([
    ['en', 'cbi.work', 'Higher is worse. Shaded: moderate burnout (50–74); high burnout (75–100).'],
    ['en', 'who5', 'Lower is worse. Shaded: poor well-being (below 50); possible depression (28 or less).'],
    ['en', 'enps', 'Lower is worse.'],
    ['pl', 'cbi.work', 'Wyższa wartość oznacza gorszy stan. Zacieniowano: umiarkowane wypalenie (50–74); wysokie wypalenie (75–100).'],
    ['zh-Hans', 'who5', '数值越低越差。 阴影：幸福感较差（低于 50）; 可能抑郁（28 及以下）。'],
  ] as const)('%s, %s: "%s"', async (locale, measure, note) => {
    const i18n = await testI18n(locale);
    expect(scaleNote(i18n.t, measure)).toBe(note);
  });
});
