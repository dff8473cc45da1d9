import { INSTRUMENT_LIBRARY } from '../instruments/library';
import { itemsForWave, nextRotationSlot, planRotation, scoringWarnings } from './rotation';

const cbiWork = [7, 8, 9, 10, 11, 12, 13].map((n) => `cbi.work.${n}`);
const who5 = [1, 2, 3, 4, 5].map((n) => `who5.${n}`);
const olbi = INSTRUMENT_LIBRARY.find((i) => i.id === 'olbi')!.items.map((i) => i.id);
const cbiAll = INSTRUMENT_LIBRARY.find((i) => i.id === 'cbi')!.items.map((i) => i.id);

describe('rotation covers every item exactly once per cycle, at most itemsPerPulse per wave', () => {
  it.each([
    ['7 CBI work + single item + eNPS, 5 per pulse', [...cbiWork, 'single-item-burnout.1', 'enps.recommend'], 5, 2],
    ['WHO-5 alone, 5 per pulse', who5, 5, 1],
    ['all of CBI (19), 5 per pulse', cbiAll, 5, 4],
    ['all of OLBI (16), 4 per pulse', olbi, 4, 4],
    ['one item, 1 per pulse', ['enps.recommend'], 1, 1],
    ['three items, 1 per pulse', ['enps.recommend', 'who5.1', 'single-item-burnout.1'], 1, 3],
  ])('%s', (_name, pool, perPulse, cycle) => {
    const r = planRotation(pool, perPulse);
    expect(r.cycleLength).toBe(cycle);
    expect(r.waves).toHaveLength(cycle);
    for (const w of r.waves) expect(w.length).toBeLessThanOrEqual(perPulse);
    const asked = r.waves.flat();
    expect([...asked].sort()).toEqual([...pool].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('splits the CBI work scale so both waves can score it', () => {
    const r = planRotation([...cbiWork, 'single-item-burnout.1', 'enps.recommend'], 5);
    expect(r.waves).toEqual([
      ['cbi.work.7', 'cbi.work.9', 'cbi.work.11', 'cbi.work.13', 'enps.recommend'],
      ['cbi.work.8', 'cbi.work.10', 'cbi.work.12', 'single-item-burnout.1'],
    ]);
    expect(scoringWarnings(r)).toEqual([]);
  });

  it('keeps a scale together even when HR interleaves its items with others', () => {
    const r = planRotation(['cbi.work.7', 'enps.recommend', 'cbi.work.8', 'who5.1', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11', 'cbi.work.12'], 4);
    const cbiPerWave = r.waves.map((w) => w.filter((id) => id.startsWith('cbi.work.')).length);
    expect(cbiPerWave).toEqual([3, 3]);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 0],
    [7, 1],
  ])('slot %d asks the items of cycle wave %d', (slot, cycleWave) => {
    const r = planRotation([...cbiWork, 'single-item-burnout.1', 'enps.recommend'], 5);
    expect(itemsForWave(r, slot)).toEqual(r.waves[cycleWave]);
  });

  it('over any run of consecutive waves nobody sees an item more often than once per cycle', () => {
    const r = planRotation(cbiAll, 5);
    for (let start = 0; start < 10; start++) {
      const window = Array.from({ length: r.cycleLength }, (_, i) => itemsForWave(r, start + i)).flat();
      expect(new Set(window).size).toBe(cbiAll.length);
    }
  });
});

describe('a program’s next wave continues the rotation after its latest wave', () => {
  const r = planRotation(cbiAll, 5);
  it('starts at the first wave of the cycle when the program has held none', () => {
    expect(nextRotationSlot(r, null)).toBe(0);
  });

  it.each([0, 1, 2, 3])('follows cycle wave %d with the next one, wrapping round', (slot) => {
    expect(nextRotationSlot(r, r.waves[slot])).toBe((slot + 1) % r.cycleLength);
  });

  it('recognises the latest wave whatever order its items were stored in', () => {
    expect(nextRotationSlot(r, [...r.waves[1]].reverse())).toBe(2);
  });

  it('starts a new cycle when the latest wave asked items of an earlier rotation (the program was edited)', () => {
    expect(nextRotationSlot(r, ['enps.recommend'])).toBe(0);
  });

  it('covers every item once in any run of a cycle’s worth of waves, however long the gaps between them', () => {
    const waves: (readonly string[])[] = [];
    for (let n = 0; n < 3 * r.cycleLength; n++) waves.push(itemsForWave(r, nextRotationSlot(r, waves.at(-1) ?? null)));
    for (let start = 0; start + r.cycleLength <= waves.length; start++) {
      const run = waves.slice(start, start + r.cycleLength).flat();
      expect(run).toHaveLength(cbiAll.length);
      expect(new Set(run).size).toBe(cbiAll.length);
    }
  });
});

describe('the HR preview warns which scales cannot be scored in some wave', () => {
  it.each([
    ['WHO-5 split over two waves needs all 5 answers', [...who5, 'enps.recommend'], 5, ['who5', 'who5']],
    ['only two CBI work items', ['cbi.work.7', 'cbi.work.8', 'enps.recommend'], 5, ['cbi.work']],
    ['CBI work spread over 3 waves has 2-3 per wave', cbiWork, 3, ['cbi.work', 'cbi.work']],
    ['single items and eNPS are always scorable', ['enps.recommend', 'single-item-burnout.1'], 1, []],
  ])('%s', (_name, pool, perPulse, scales) => {
    const warnings = scoringWarnings(planRotation(pool, perPulse));
    expect(warnings.map((w) => w.scale)).toEqual(scales);
    for (const w of warnings) {
      expect(w.asked).toBeLessThan(w.minimumAnswered);
      expect(w.message).toContain(`needs at least ${w.minimumAnswered}`);
    }
  });
});
