import { formatters } from '../../../i18n/useFormat';
import { testI18n } from '../../../test/render';
import { attentionReasons, pathParts, sparklineData, type AttentionTeam } from './attention';

const team: AttentionTeam = {
  teamId: 't1',
  path: 'Support / Americas / Austin / Customer Care',
  reasons: ['BURNOUT_RISING', 'PARTICIPATION_FALLING'],
  burnoutEarlier: 35.2,
  burnoutRecent: 67.9,
  burnoutBeyondNoise: true,
  participationEarlier: 0.9,
  participationRecent: 0.6,
  values: [35, null, 36, 68],
};

describe('a team needing attention says why, in the reader’s language', () => {
  it.each([
    ['en', ['Work-related burnout (CBI) rose from 35.2 to 67.9 (more than normal variation for a group this size)', 'Participation fell from 90% to 60%']],
    ['pl', ['Wypalenie związane z pracą (CBI): wzrost z 35,2 do 67,9 (więcej niż zwykła zmienność w grupie tej wielkości)', 'Udział spadł z 90% do 60%']],
  ] as const)('%s', async (locale, expected) => {
    const i18n = await testI18n(locale);
    expect(attentionReasons(i18n.t, formatters(locale), 'cbi.work', team).map((s) => s.replace(/\u00a0/g, ''))).toEqual(expected);
  });

  it('a small group’s large rise says it is large, not that it is beyond noise', async () => {
    const i18n = await testI18n('en');
    const small = { ...team, reasons: ['BURNOUT_RISING'], burnoutBeyondNoise: false };
    expect(attentionReasons(i18n.t, formatters('en'), 'cbi.work', small)).toEqual(['Work-related burnout (CBI) rose from 35.2 to 67.9 (a large rise in a small group)']);
  });

  it('a reason without its figures (hidden meanwhile) is left out rather than shown half', async () => {
    const i18n = await testI18n('en');
    expect(attentionReasons(i18n.t, formatters('en'), 'cbi.work', { ...team, burnoutRecent: null, reasons: ['BURNOUT_RISING'] })).toEqual([]);
  });
});

describe('the sparkline keeps hidden weeks as gaps, and the path shows where the team sits', () => {
  it('one point per period, null where hidden', () => {
    expect(sparklineData(['a', 'b', 'c', 'd'], team.values)).toEqual([
      { period: 'a', value: 35 },
      { period: 'b', value: null },
      { period: 'c', value: 36 },
      { period: 'd', value: 68 },
    ]);
  });

  it.each([
    ['Support / Americas / Austin / Customer Care', { parents: 'Support / Americas / Austin', name: 'Customer Care' }],
    ['Support', { parents: '', name: 'Support' }],
  ])('%s', (path, parts) => {
    expect(pathParts(path)).toEqual(parts);
  });
});
