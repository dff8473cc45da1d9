import { generateOrganisation, type SeedSignal } from './generate';

const TODAY = '2026-11-25';
const org = generateOrganisation({ people: 3000, slug: 'demo', name: 'Northwind Support', seed: 9, today: TODAY });
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const all: SeedSignal[] = [...org.signals()];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('weekly workload and quality signals', () => {
  it('uses complete Monday weeks inside the history window', () => {
    for (const w of org.weeks) expect(new Date(`${w}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(day(org.weeks[0])).toBeGreaterThanOrEqual(day(org.historyStart));
    expect(day(org.weeks[org.weeks.length - 1]) + 7).toBeLessThanOrEqual(day(TODAY));
    expect(org.weeks.length).toBeGreaterThanOrEqual(76);
  });

  it('covers frontline agents only, and only weeks they were employed', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const s of all) {
      const p = org.people[s.person];
      if (!p.handlesContacts) problems.push(`${p.hrisId} does not handle contacts`);
      if (day(s.weekStart) + 4 < day(p.hireDate)) problems.push(`${p.hrisId} ${s.weekStart} before hire`);
      if (p.exitDate && day(s.weekStart) > day(p.exitDate)) problems.push(`${p.hrisId} ${s.weekStart} after exit`);
      const key = `${s.person}/${s.weekStart}`;
      if (seen.has(key)) problems.push(`${key} twice`);
      seen.add(key);
    }
    expect(problems).toEqual([]);
    org.people.forEach((p, i) => {
      if (!p.handlesContacts) expect(org.signalWeeksOf(i)).toBe(0);
    });
  });

  it('gives nearly every active frontline agent a row for the last complete week', () => {
    const last = org.weeks[org.weeks.length - 1];
    const expected = org.people.map((p, i) => ({ p, i })).filter(({ p }) => p.handlesContacts && p.exitDate === null && day(p.hireDate) <= day(last));
    const have = new Set(all.filter((s) => s.weekStart === last).map((s) => s.person));
    expect(expected.filter(({ i }) => have.has(i)).length / expected.length).toBeGreaterThan(0.9);
  });

  it('keeps every measure inside its range (and inside numeric(5,2))', () => {
    const bad = all.filter(
      (s) =>
        !Number.isInteger(s.contactsHandled) || s.contactsHandled < 0 ||
        s.occupancyPct < 60 || s.occupancyPct >= 100 ||
        s.overtimeHours < 0 || s.overtimeHours > 40 ||
        [s.adherencePct, s.qaScore, s.csat].some((v) => v < 0 || v > 100),
    );
    expect(bad).toEqual([]);
    const normal = all.filter((s) => !org.teams[org.people[s.person].team].overloaded);
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of normal) {
      lo = Math.min(lo, s.occupancyPct);
      hi = Math.max(hi, s.occupancyPct);
    }
    expect(lo).toBeGreaterThanOrEqual(70);
    expect(hi).toBeLessThanOrEqual(95);
  });

  it('ramps QA scores up over the first weeks after hire, reaching about 85 within a quarter', () => {
    const byTenure = (lo: number, hi: number) =>
      mean(all.filter((s) => {
        const w = (day(s.weekStart) - day(org.people[s.person].hireDate)) / 7;
        return w >= lo && w < hi;
      }).map((s) => s.qaScore));
    expect(byTenure(0, 2)).toBeLessThan(75);
    expect(byTenure(12, 20)).toBeGreaterThan(byTenure(0, 2) + 10);
    // Ramp to proficiency: QA ≥ 85 for 3 weeks in a row (the published benchmark is 12.9 weeks).
    const ramps: number[] = [];
    org.people.forEach((p, i) => {
      if (!p.handlesContacts || day(p.hireDate) < day(org.historyStart)) return;
      const rows = org.signalsOf(i);
      for (let k = 2; k < rows.length; k++) {
        if (rows.slice(k - 2, k + 1).every((r) => r.qaScore >= 85)) {
          ramps.push((day(rows[k - 2].weekStart) - day(p.hireDate)) / 7);
          break;
        }
      }
    });
    ramps.sort((a, b) => a - b);
    const median = ramps[Math.floor(ramps.length / 2)];
    expect(median).toBeGreaterThan(6);
    expect(median).toBeLessThan(20);
  });

  it('shows exactly one visibly overloaded team in its recent weeks', () => {
    const overloaded = org.teams.map((t, i) => ({ t, i })).filter(({ t }) => t.overloaded);
    expect(overloaded).toHaveLength(1);
    const recent = new Set(org.weeks.slice(-8));
    const inTeam = (s: SeedSignal) => org.people[s.person].team === overloaded[0].i;
    const team = all.filter((s) => recent.has(s.weekStart) && inTeam(s));
    const rest = all.filter((s) => recent.has(s.weekStart) && !inTeam(s));
    expect(mean(team.map((s) => s.occupancyPct))).toBeGreaterThan(93);
    expect(mean(team.map((s) => s.overtimeHours))).toBeGreaterThan(6);
    expect(mean(rest.map((s) => s.occupancyPct))).toBeLessThan(88);
    expect(mean(rest.map((s) => s.overtimeHours))).toBeLessThan(3);
    // A year ago the same team looked normal.
    const before = all.filter((s) => inTeam(s) && org.weeks.slice(20, 30).includes(s.weekStart));
    expect(mean(before.map((s) => s.occupancyPct))).toBeLessThan(90);
  });

  it('counts employed weeks as an upper bound of signal rows (weeks of leave have none)', () => {
    let rows = 0;
    let weeks = 0;
    const over: number[] = [];
    org.people.forEach((_, i) => {
      const n = org.signalsOf(i).length;
      if (n > org.signalWeeksOf(i)) over.push(i);
      rows += n;
      weeks += org.signalWeeksOf(i);
    });
    expect(over).toEqual([]);
    expect(rows / weeks).toBeGreaterThan(0.9);
    expect(rows).toBe(all.length);
  });
});
