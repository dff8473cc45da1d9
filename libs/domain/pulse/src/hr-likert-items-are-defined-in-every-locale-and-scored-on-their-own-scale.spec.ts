import { defineLikertInstrument, type LikertInstrumentDraft, type LikertItemDraft } from './instruments/likert';
import { scoreLikertItems } from './scoring/likert';

const text = (en: string) => ({ en, 'zh-Hans': `${en}（简）`, 'zh-Hant': `${en}（繁）`, pl: `${en} (pl)` });
const item = (key: string, extra: Partial<LikertItemDraft> = {}): LikertItemDraft => ({
  key,
  text: text(`Statement ${key}`),
  points: 5,
  ...extra,
});
const draft = (extra: Partial<LikertInstrumentDraft> = {}): LikertInstrumentDraft => ({
  id: 'custom.team-climate',
  version: 1,
  name: text('Team climate'),
  items: [item('recognition'), item('dread-mondays', { reverse: true }), item('tools', { points: 7 })],
  ...extra,
});

const defined = () => {
  const result = defineLikertInstrument(draft());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
};

describe('HR-authored Likert items', () => {
  it('become an instrument with stable item ids, the 5- and 7-point agreement scales, and unvalidated wording', () => {
    const instrument = defined();
    expect(instrument.items.map((i) => [i.id, i.answerScaleId, i.reverse])).toEqual([
      ['custom.team-climate.recognition', 'likert.agreement-5', false],
      ['custom.team-climate.dread-mondays', 'likert.agreement-5', true],
      ['custom.team-climate.tools', 'likert.agreement-7', false],
    ]);
    expect(instrument.answerScales.map((s) => [s.id, s.options.map((o) => o.value)])).toEqual([
      ['likert.agreement-5', [1, 2, 3, 4, 5]],
      ['likert.agreement-7', [1, 2, 3, 4, 5, 6, 7]],
    ]);
    for (const i of instrument.items) for (const wording of Object.values(i.text)) expect(wording.validated).toBe(false);
  });

  it.each([
    ['an id outside custom.*', draft({ id: 'cbi' }), /must look like "custom\.team-climate"/],
    ['version 0', draft({ version: 0 }), /Version must be a whole number from 1/],
    ['no items', draft({ items: [] }), /at least one item/],
    ['a key used twice', draft({ items: [item('a'), item('a')] }), /used twice/],
    ['a key with spaces', draft({ items: [item('my item')] }), /lower-case letters, digits and hyphens/],
    ['a missing Polish text', draft({ items: [item('a', { text: { ...text('A'), pl: ' ' } })] }), /text is empty in pl/],
    ['a 4-point item', draft({ items: [item('a', { points: 4 as 5 })] }), /5 or 7 points/],
    ['a name missing in zh-Hant', draft({ name: { ...text('Team climate'), 'zh-Hant': '' } }), /name is empty in zh-Hant/],
  ])('are rejected with %s', (_name, input, message) => {
    const result = defineLikertInstrument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it.each([
    // [recognition (5-pt), dread-mondays (5-pt, reversed), tools (7-pt)]
    [{ recognition: 5, 'dread-mondays': 5, tools: 7 }, [[5, 100], [1, 0], [7, 100]]],
    [{ recognition: 1, 'dread-mondays': 1, tools: 1 }, [[1, 0], [5, 100], [1, 0]]],
    [{ recognition: 3, 'dread-mondays': 2, tools: 4 }, [[3, 50], [4, 75], [4, 50]]],
    [{ recognition: 4, tools: 6 }, [[4, 75], null, [6, 83.33]]],
  ])('are scored item by item, reverse items as 6 − value: %j', (byKey, expected) => {
    const instrument = defined();
    const answers = Object.fromEntries(Object.entries(byKey).map(([key, v]) => [`custom.team-climate.${key}`, v]));
    const scored = scoreLikertItems(instrument, answers).map((r) => (r.status === 'scored' ? [r.value, r.percent] : null));
    expect(scored).toEqual(expected);
  });
});
