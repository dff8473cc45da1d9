import { formatShiftPattern, isTimeZone, parseShiftPattern } from '@pulse/domain-people';
import { generateOrganisation } from './generate';

const org = generateOrganisation({ people: 6000, slug: 'demo', name: 'Northwind Support', seed: 5, today: '2026-11-25' });
const active = org.people.filter((p) => p.exitDate === null);
const share = (pred: (p: (typeof active)[number]) => boolean) => active.filter(pred).length / active.length;

describe('people look like a multi-site support organisation', () => {
  it.each([
    ['Kraków', 'Europe/Warsaw', ['pl', 'en']],
    ['Manila', 'Asia/Manila', ['en']],
    ['Austin', 'America/Chicago', ['en']],
    ['Taipei', 'Asia/Taipei', ['zh-Hant', 'en']],
    ['Shenzhen', 'Asia/Shanghai', ['zh-Hans', 'en']],
  ])('staffs %s in %s with matching languages', (site, zone, languages) => {
    const here = org.people.filter((p) => p.site === site);
    expect(here.length).toBeGreaterThan(org.people.length * 0.08);
    for (const p of here) {
      expect(p.timeZone).toBe(zone);
      expect(languages).toContain(p.language);
    }
    expect(isTimeZone(zone)).toBe(true);
    // The local language dominates where there is one.
    const local = here.filter((p) => p.language === languages[0]).length / here.length;
    expect(local).toBeGreaterThan(0.6);
  });

  it('mixes work modes about 35 % remote, 40 % hybrid, 25 % office', () => {
    expect(share((p) => p.workMode === 'REMOTE')).toBeGreaterThan(0.3);
    expect(share((p) => p.workMode === 'REMOTE')).toBeLessThan(0.4);
    expect(share((p) => p.workMode === 'HYBRID')).toBeGreaterThan(0.34);
    expect(share((p) => p.workMode === 'HYBRID')).toBeLessThan(0.46);
    expect(share((p) => p.workMode === 'OFFICE')).toBeGreaterThan(0.2);
    expect(share((p) => p.workMode === 'OFFICE')).toBeLessThan(0.3);
  });

  it('keeps an effective-dated work-mode history starting at hire, ending in the current mode', () => {
    let changed = 0;
    for (const p of org.people) {
      expect(p.workModes[0].effectiveFrom).toBe(p.hireDate);
      expect(p.workModes[p.workModes.length - 1].workMode).toBe(p.workMode);
      for (let i = 1; i < p.workModes.length; i++) {
        expect(p.workModes[i].effectiveFrom > p.workModes[i - 1].effectiveFrom).toBe(true);
        expect(p.workModes[i].workMode).not.toBe(p.workModes[i - 1].workMode);
        if (p.exitDate) expect(p.workModes[i].effectiveFrom <= p.exitDate).toBe(true);
      }
      if (p.workModes.length > 1) changed++;
    }
    expect(changed / org.people.length).toBeGreaterThan(0.1);
    // Office → hybrid is the most common move.
    const moves = org.people.flatMap((p) => p.workModes.slice(1).map((m, i) => `${p.workModes[i].workMode}→${m.workMode}`));
    expect(moves.filter((m) => m === 'OFFICE→HYBRID').length).toBeGreaterThan(moves.length * 0.15);
  });

  it('uses the ladder of titles and levels', () => {
    const titles = new Set(org.people.map((p) => p.jobTitle));
    for (const t of ['Head of Support', 'Support Manager', 'Team Lead', 'Customer Support Agent', 'Senior Technical Support Engineer', 'Quality Analyst', 'Workforce Analyst', 'People Partner'])
      expect(titles).toContain(t);
    const agentLevels = new Set(org.people.filter((p) => p.kind === 'AGENT').map((p) => p.level));
    for (const l of ['Agent I', 'Agent II', 'Agent III', 'Senior Agent']) expect(agentLevels).toContain(l);
  });

  it('gives agents more seniority with tenure', () => {
    const years = (p: (typeof active)[number]) => (Date.parse('2026-11-25') - Date.parse(p.hireDate)) / 3.156e10;
    const agents = active.filter((p) => p.kind === 'AGENT' && ['Agent I', 'Agent II', 'Agent III', 'Senior Agent'].includes(p.level));
    const mean = (level: string) => {
      const xs = agents.filter((p) => p.level === level).map(years);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(mean('Agent I')).toBeLessThan(mean('Agent II'));
    expect(mean('Agent II')).toBeLessThan(mean('Agent III'));
    expect(mean('Agent III')).toBeLessThan(mean('Senior Agent'));
  });

  it('writes valid shift patterns, with night shifts in Manila and weekend rotations', () => {
    for (const p of org.people) {
      const text = formatShiftPattern(p.shiftPattern);
      const parsed = parseShiftPattern(text);
      expect(parsed).toEqual({ ok: true, value: p.shiftPattern });
    }
    const overnight = (p: (typeof active)[number]) => p.shiftPattern.some((b) => b.end < b.start);
    expect(org.people.filter((p) => p.site === 'Manila').filter(overnight).length).toBeGreaterThan(0);
    expect(org.people.filter((p) => p.shiftPattern.some((b) => b.day >= 6)).length).toBeGreaterThan(org.people.length * 0.05);
  });

  it('folds names into unique lower-case ASCII e-mail addresses at the organisation domain', () => {
    const emails = org.people.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9.-]+@demo\.pulse\.test$/);
    const lukasz = org.people.find((p) => p.firstName === 'Łukasz');
    expect(lukasz?.email.startsWith('lukasz.')).toBe(true);
  });

  it('keeps Polish surnames in the form matching the first name', () => {
    const female = new Set(['Anna', 'Katarzyna', 'Zofia', 'Julia', 'Ewa', 'Marta']);
    for (const p of org.people.filter((x) => x.site === 'Kraków' && female.has(x.firstName))) expect(p.lastName).not.toMatch(/ski$|cki$/);
  });
});
