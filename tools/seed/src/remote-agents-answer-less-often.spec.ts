import { generateOrganisation } from './generate';

const TODAY = '2026-11-25';
const org = generateOrganisation({ people: 1500, slug: 'demo', name: 'Northwind Support', seed: 3, today: TODAY });
const history = org.pulse();
const closed = [...history.entries()].filter((e) => history.waves[e.wave].status === 'CLOSED');
const rate = (xs: typeof closed) => xs.filter((e) => e.response).length / xs.length;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('participation', () => {
  it('is between 60% and 85% overall', () => {
    expect(rate(closed)).toBeGreaterThan(0.6);
    expect(rate(closed)).toBeLessThan(0.85);
  });

  it('is about 10 points lower for people working remotely at the time', () => {
    const remote = rate(closed.filter((e) => e.workMode === 'REMOTE'));
    const office = rate(closed.filter((e) => e.workMode === 'OFFICE'));
    const hybrid = rate(closed.filter((e) => e.workMode === 'HYBRID'));
    expect(office - remote).toBeGreaterThan(0.06);
    expect(hybrid - remote).toBeGreaterThan(0.06);
    expect(office - remote).toBeLessThan(0.16);
  });

  it('falls over the last three months in the overloaded team', () => {
    const team = org.teams.findIndex((t) => t.overloaded);
    const weeksBefore = (w: number) => (day(TODAY) - day(history.waves[w].periodStart)) / 7;
    const inTeam = closed.filter((e) => e.teams[0] === team);
    const earlier = rate(inTeam.filter((e) => weeksBefore(e.wave) >= 20));
    const recent = rate(inTeam.filter((e) => weeksBefore(e.wave) < 5));
    expect(earlier - recent).toBeGreaterThan(0.08);
    expect(recent).toBeGreaterThan(0.3);
  });

  it('leaves the current waves with fewer responses than a closed one', () => {
    for (const program of [0, 1]) {
      const waves = history.waves.map((w, i) => ({ w, i })).filter(({ w }) => w.program === program);
      const current = waves[waves.length - 1];
      const previous = waves[waves.length - 2];
      expect(current.w.status).toBe('OPEN');
      const answered = (i: number) => [...history.entriesOf(i)].filter((e) => e.response).length;
      expect(answered(current.i)).toBeLessThan(answered(previous.i));
      expect([...history.entriesOf(current.i)].length).toBe(current.w.invited);
    }
  });
});
