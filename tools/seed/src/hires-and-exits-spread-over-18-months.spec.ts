import { generateOrganisation } from './generate';

const TODAY = '2026-11-25';
const org = generateOrganisation({ people: 8000, slug: 'demo', name: 'Northwind Support', seed: 3, today: TODAY });
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const today = day(TODAY);
const start = day(org.historyStart);

describe('hiring and attrition over the 18 months before today', () => {
  it('starts the history 18 months back', () => {
    expect(today - start).toBeGreaterThanOrEqual(540);
    expect(today - start).toBeLessThanOrEqual(550);
  });

  it('spreads hires over every quarter of the window, plus older tenure', () => {
    const inWindow = org.people.filter((p) => day(p.hireDate) >= start);
    for (let q = 0; q < 6; q++) {
      const from = start + q * 91;
      const n = inWindow.filter((p) => day(p.hireDate) >= from && day(p.hireDate) < from + 91).length;
      expect(n).toBeGreaterThan(inWindow.length * 0.08);
    }
    expect(org.people.every((p) => day(p.hireDate) <= today)).toBe(true);
    const activeOlder = org.people.filter((p) => p.exitDate === null && day(p.hireDate) < start - 365).length;
    expect(activeOlder).toBeGreaterThan(org.people.filter((p) => p.exitDate === null).length * 0.3);
  });

  it('has exits only inside the window, after hire, before today, each with a reason', () => {
    for (const p of org.people) {
      if (p.exitDate === null) {
        expect(p.exitReason).toBeNull();
        continue;
      }
      expect(['VOLUNTARY', 'INVOLUNTARY']).toContain(p.exitReason);
      expect(day(p.exitDate)).toBeGreaterThanOrEqual(start);
      expect(day(p.exitDate)).toBeLessThan(today);
      expect(p.exitDate > p.hireDate).toBe(true);
    }
  });

  it('loses 20–30 % of people a year, mostly voluntarily', () => {
    const exits = org.people.filter((p) => p.exitDate && day(p.exitDate) >= today - 365);
    let headcount = 0;
    for (let m = 0; m < 12; m++) {
      const d = today - 365 + m * 30.4;
      headcount += org.people.filter((p) => day(p.hireDate) <= d && (p.exitDate === null || day(p.exitDate) > d)).length;
    }
    const attrition = exits.length / (headcount / 12);
    expect(attrition).toBeGreaterThan(0.2);
    expect(attrition).toBeLessThan(0.3);
    const leavers = org.people.filter((p) => p.exitDate);
    const voluntary = leavers.filter((p) => p.exitReason === 'VOLUNTARY').length / leavers.length;
    expect(voluntary).toBeGreaterThan(0.65);
    expect(voluntary).toBeLessThan(0.9);
  });

  it('spreads exits over the whole window', () => {
    const leavers = org.people.filter((p) => p.exitDate);
    for (let q = 0; q < 6; q++) {
      const from = start + q * 91;
      expect(leavers.filter((p) => day(p.exitDate!) >= from && day(p.exitDate!) < from + 91).length).toBeGreaterThan(leavers.length * 0.08);
    }
  });

  it('makes the first year the riskiest: exits per person-year are higher before the first anniversary', () => {
    let earlyExposure = 0;
    let lateExposure = 0;
    let earlyExits = 0;
    let lateExits = 0;
    for (const p of org.people) {
      const hire = day(p.hireDate);
      const end = p.exitDate ? day(p.exitDate) : today;
      const from = Math.max(hire, start);
      const anniversary = hire + 365;
      earlyExposure += Math.max(0, Math.min(end, anniversary) - from);
      lateExposure += Math.max(0, end - Math.max(from, anniversary));
      if (p.exitDate && end < anniversary) earlyExits++;
      else if (p.exitDate) lateExits++;
    }
    expect(earlyExits / earlyExposure).toBeGreaterThan(1.5 * (lateExits / lateExposure));
  });

  it('disables the accounts of leavers from their exit date', () => {
    for (const a of org.accounts) expect(a.disabledAt).toBe(org.people[a.person].exitDate);
  });
});
