import fc from 'fast-check';
import { ALL, ORG_KEY, rollupWave, type RollupResponse } from './response/rollup-cells';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const MODES = ['REMOTE', 'HYBRID', 'OFFICE'];
const BANDS = ['MONTHS_0_6', 'YEARS_1_2', 'YEARS_2_PLUS'];

/**
 * Random organisations: a team tree of up to three levels (people sit in leaves and in inner
 * teams), each respondent with a work mode and tenure band. The test rebuilds, independently of
 * the implementation, every filter combination a reader can request and every way one of them
 * divides into others, then attacks the shown numbers by chained subtraction.
 */
const waveOf = (maxTeams: number, maxPeople: number) => fc
  .record({
    k: fc.integer({ min: 3, max: 5 }),
    tree: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: maxTeams }),
    people: fc.array(fc.record({ team: fc.nat(40), mode: fc.nat(2), band: fc.nat(2) }), { maxLength: maxPeople, size: 'max' }),
  })
  .map(({ k, tree, people }) => {
    // Team i's parent is an earlier team (tree[i] steps back) or none (a top team).
    const parent = tree.map((back, i) => (i === 0 || back === 0 ? null : `t${Math.max(0, i - back)}`));
    const chain = (t: number): string[] => {
      const out = [`t${t}`];
      for (let p = parent[t]; p; p = parent[Number(p.slice(1))]) out.push(p);
      return out;
    };
    const responses: RollupResponse[] = people.map((p) => ({
      teamIds: chain(p.team % tree.length),
      workMode: MODES[p.mode],
      tenureBand: BANDS[p.band],
      scores: { 'cbi.work': 50 },
      hasComment: false,
    }));
    return { k, responses };
  });
/** Small organisations, and large ones whose cell count switches suppression to batched rounds. */
const wave = fc.oneof({ arbitrary: waveOf(6, 70), weight: 4 }, { arbitrary: waveOf(16, 300), weight: 1 });

function universe(responses: readonly RollupResponse[]) {
  const count = new Map<string, number>();
  const id = (t: string, m: string, b: string) => `${t}|${m}|${b}`;
  const childTeams = new Map<string, Set<string>>();
  for (const r of responses) {
    const keys = [...r.teamIds, ORG_KEY];
    r.teamIds.forEach((t, i) => childTeams.set(keys[i + 1], (childTeams.get(keys[i + 1]) ?? new Set()).add(t)));
    // Every view offers a team split by work mode or by tenure band, never both at once.
    for (const t of keys) for (const [m, b] of [[ALL, ALL], [r.workMode, ALL], [ALL, r.tenureBand]]) count.set(id(t, m, b), (count.get(id(t, m, b)) ?? 0) + 1);
  }
  const splits: Array<{ parent: string; children: string[] }> = [];
  for (const key of count.keys()) {
    const [t, m, b] = key.split('|');
    const teams = [...(childTeams.get(t) ?? [])].map((c) => id(c, m, b)).filter((c) => count.has(c));
    if (teams.length) splits.push({ parent: key, children: teams });
    if (m === ALL && b === ALL) splits.push({ parent: key, children: MODES.map((x) => id(t, x, b)).filter((c) => count.has(c)) });
    if (m === ALL && b === ALL) splits.push({ parent: key, children: BANDS.map((x) => id(t, m, x)).filter((c) => count.has(c)) });
  }
  return { count, splits };
}

describe('every filter combination of a wave is safe to subtract (property-based, SPEC §4.3)', () => {
  it('every team, as a whole, by work mode and by tenure band, is decided; shown ones have ≥ k respondents', () => {
    fc.assert(
      fc.property(wave, ({ k, responses }) => {
        const cells = rollupWave(k, responses, []);
        const { count } = universe(responses);
        expect(new Set(cells.map((c) => `${c.teamKey}|${c.workMode}|${c.tenureBand}`))).toEqual(new Set(count.keys()));
        for (const c of cells) {
          if (c.shown) expect(c.respondents).toBeGreaterThanOrEqual(k);
          else expect(c.hiddenReason).toBe(c.respondents < k ? 'FEWER_THAN_K' : 'COMPLEMENTARY');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no chain of subtractions between shown cells reveals a group of 1…k−1', () => {
    fc.assert(
      fc.property(wave, ({ k, responses }) => {
        const cells = rollupWave(k, responses, []);
        const { count, splits } = universe(responses);
        const small = (n: number) => n >= 1 && n <= k - 1;
        const known = new Set(cells.filter((c) => c.shown).map((c) => `${c.teamKey}|${c.workMode}|${c.tenureBand}`));
        // Derive everything derivable: a split with no remainder and one unknown member pins it down.
        for (let changed = true; changed; ) {
          changed = false;
          for (const s of splits) {
            const rest = count.get(s.parent)! - s.children.reduce((a, c) => a + count.get(c)!, 0);
            const unknown = [s.parent, ...s.children].filter((x) => !known.has(x));
            if (rest === 0 && unknown.length === 1) {
              known.add(unknown[0]);
              changed = true;
            }
          }
        }
        for (const x of known) expect({ x, small: small(count.get(x)!) }).toMatchObject({ small: false });
        for (const s of splits) {
          if (!known.has(s.parent)) continue;
          const rest = count.get(s.parent)! - s.children.filter((c) => known.has(c)).reduce((a, c) => a + count.get(c)!, 0);
          expect({ s, rest, small: small(rest) }).toMatchObject({ small: false });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('participation counts invitations in the same snapshot groups', () => {
    const cells = rollupWave(3, [], [{ teamIds: ['a', 'root'], workMode: 'REMOTE', tenureBand: 'YEARS_1_2', count: 4 }]);
    expect(cells.find((c) => c.teamKey === 'root' && c.workMode === ALL && c.tenureBand === ALL)).toMatchObject({ invited: 4, respondents: 0, shown: false });
  });
});

describe('a team moved to another parent during the window', () => {
  it('is decided without double counting either parent', () => {
    const r = (teamIds: string[]): RollupResponse => ({ teamIds, workMode: 'REMOTE', tenureBand: 'YEARS_1_2', scores: {}, hasComment: false });
    const responses = [...Array.from({ length: 6 }, () => r(['a', 'p1'])), ...Array.from({ length: 2 }, () => r(['a', 'p2'])), ...Array.from({ length: 5 }, () => r(['b', 'p2']))];
    const cells = rollupWave(3, responses, []);
    expect(cells.find((c) => c.teamKey === 'a' && c.workMode === ALL && c.tenureBand === ALL)?.respondents).toBe(8);
    expect(cells.find((c) => c.teamKey === 'p2' && c.workMode === ALL && c.tenureBand === ALL)?.respondents).toBe(7);
  });
});
