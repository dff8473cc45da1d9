import { instrumentKey } from './instrument';
import { CBI_V1 } from './instruments/cbi';
import { findInstrument, INSTRUMENT_LIBRARY } from './instruments/library';
import { OLBI_V1 } from './instruments/olbi';
import { WHO5_V1 } from './instruments/who5';

const textOf = (id: string) => INSTRUMENT_LIBRARY.flatMap((i) => i.items).find((i) => i.id === id)?.text.en.text;

describe('the instrument library ships the published items, versioned', () => {
  it('holds CBI, WHO-5, OLBI, eNPS and the single-item measure, each at version 1', () => {
    expect(INSTRUMENT_LIBRARY.map(instrumentKey)).toEqual(['cbi@1', 'who5@1', 'olbi@1', 'enps@1', 'single-item-burnout@1']);
  });

  it.each([['mbi'], ['maslach'], ['bat'], ['uwes']])('does not ship %s', (id) => {
    expect(findInstrument(id)).toBeUndefined();
  });

  it.each([
    ['cbi', undefined, 'cbi@1'],
    ['cbi', 1, 'cbi@1'],
    ['cbi', 2, undefined],
    ['who5', undefined, 'who5@1'],
    ['nope', undefined, undefined],
  ])('findInstrument(%s, %s) → %s', (id, version, key) => {
    const found = findInstrument(id, version);
    expect(found && instrumentKey(found)).toBe(key);
  });

  it.each(INSTRUMENT_LIBRARY.map((i) => [instrumentKey(i), i] as const))('%s is well formed', (_key, instrument) => {
    expect(Number.isInteger(instrument.version) && instrument.version >= 1).toBe(true);
    expect(instrument.source.citation).not.toBe('');
    expect(instrument.source.urls.length).toBeGreaterThan(0);
    for (const item of instrument.items) {
      expect(item.id.startsWith(`${instrument.id}.`)).toBe(true);
      const scale = instrument.answerScales.find((s) => s.id === item.answerScaleId);
      expect(scale).toBeDefined();
    }
    for (const scale of instrument.answerScales) {
      const values = scale.options.map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
      expect(Math.min(...values)).toBe(scale.min);
      expect(Math.max(...values)).toBe(scale.max);
      expect(values.every(Number.isInteger)).toBe(true);
    }
    if (instrument.scoring.kind === 'subscale-means') {
      for (const s of instrument.scoring.subscales) {
        expect(s.itemIds).toEqual(instrument.items.filter((i) => i.subscaleId === s.id).map((i) => i.id));
        expect(s.minimumAnswered).toBeLessThanOrEqual(s.itemIds.length);
      }
    }
  });

  it('gives every item a unique, stable id', () => {
    const ids = INSTRUMENT_LIBRARY.flatMap((i) => i.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('numbers CBI items as published: personal 1–6, work 7–13, customer 14–19', () => {
    expect(CBI_V1.items.map((i) => i.id)).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((n) => `cbi.personal.${n}`),
      ...[7, 8, 9, 10, 11, 12, 13].map((n) => `cbi.work.${n}`),
      ...[14, 15, 16, 17, 18, 19].map((n) => `cbi.customer.${n}`),
    ]);
  });

  it('answers CBI items 7–9 and 14–17 by degree, the rest by frequency', () => {
    const degree = CBI_V1.items.filter((i) => i.answerScaleId === 'cbi.degree').map((i) => i.number);
    expect(degree).toEqual([7, 8, 9, 14, 15, 16, 17]);
  });

  it.each([
    ['cbi.frequency', [[100, 'Always'], [75, 'Often'], [50, 'Sometimes'], [25, 'Seldom'], [0, 'Never/almost never']]],
    ['cbi.degree', [[100, 'To a very high degree'], [75, 'To a high degree'], [50, 'Somewhat'], [25, 'To a low degree'], [0, 'To a very low degree']]],
  ])('CBI %s answers are 100/75/50/25/0', (scaleId, expected) => {
    const scale = CBI_V1.answerScales.find((s) => s.id === scaleId)!;
    expect(scale.options.map((o) => [o.value, o.label?.en.text])).toEqual(expected);
  });

  it('WHO-5 answers run from "All of the time" = 5 to "At no time" = 0, about the last two weeks', () => {
    expect(WHO5_V1.answerScales[0].options.map((o) => [o.value, o.label?.en.text])).toEqual([
      [5, 'All of the time'],
      [4, 'Most of the time'],
      [3, 'More than half of the time'],
      [2, 'Less than half of the time'],
      [1, 'Some of the time'],
      [0, 'At no time'],
    ]);
    expect(WHO5_V1.stem?.en.text).toBe('Over the last two weeks:');
  });

  it.each([
    ['cbi.personal.4', 'How often do you think: "I can\'t take it anymore"?'],
    ['cbi.work.13', 'Do you have enough energy for family and friends during leisure time?'],
    ['cbi.customer.17', 'Do you feel that you give more than you get back when you work with customers?'],
    ['cbi.customer.19', 'Do you sometimes wonder how long you will be able to continue working with customers?'],
    ['who5.4', 'I woke up feeling fresh and rested.'],
    ['who5.5', 'My daily life has been filled with things that interest me.'],
    ['olbi.disengagement.9', 'Over time, one can become disconnected from this type of work'],
    ['olbi.exhaustion.4', 'After work, I tend to need more time than in the past in order to relax and feel better'],
    ['enps.recommend', 'How likely are you to recommend this organisation as a place to work?'],
    ['single-item-burnout.1', 'Overall, based on your definition of burnout, how would you rate your level of burnout?'],
  ])('%s reads exactly "%s"', (id, text) => {
    expect(textOf(id)).toBe(text);
  });

  it('CBI reads "customers" wherever the published text says "client"', () => {
    const texts = CBI_V1.items.map((i) => i.text.en.text).join(' ');
    expect(texts).not.toMatch(/client/i);
    expect(CBI_V1.items.filter((i) => i.subscaleId === 'customer').every((i) => i.text.en.text.includes('customers'))).toBe(true);
  });

  it('has 19 CBI, 5 WHO-5 and 16 OLBI items', () => {
    expect([CBI_V1.items.length, WHO5_V1.items.length, OLBI_V1.items.length]).toEqual([19, 5, 16]);
  });
});
