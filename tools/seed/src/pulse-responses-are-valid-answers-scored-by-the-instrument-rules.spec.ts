import { findPulseItem, scorePulseResponse, tenureBand, validatePulseSubmission } from '@pulse/domain-pulse';
import { generateOrganisation } from './generate';
import { WEEKLY_POOL, WHO5_ITEMS } from './pulse';

const TODAY = '2026-11-25';
const org = generateOrganisation({ people: 300, slug: 'demo', name: 'Northwind Support', seed: 20260101, today: TODAY });
const history = org.pulse();
const entries = [...history.entries()];
const responses = entries.filter((e) => e.response !== null);
const HOUR = 3_600_000;

describe('pulse programs, waves and responses follow the product rules', () => {
  it('runs a weekly 5-item pulse rotating CBI work, single-item burnout and eNPS, and a monthly WHO-5', () => {
    expect(history.programs.map((p) => [p.name, p.cadence, p.status, p.itemsPerPulse, p.windowHours, p.reminderHoursBeforeClose])).toEqual([
      ['Weekly wellbeing pulse', 'WEEKLY', 'ACTIVE', 5, 72, 24],
      ['Monthly well-being check (WHO-5)', 'MONTHLY', 'ACTIVE', 5, 120, 48],
    ]);
    expect(history.programs[0].itemIds).toEqual(WEEKLY_POOL);
    expect(history.programs[1].itemIds).toEqual(WHO5_ITEMS);
    for (const id of [...WEEKLY_POOL, ...WHO5_ITEMS]) expect(findPulseItem(id)).toBeDefined();
    for (const w of history.waves.filter((x) => x.program === 0)) {
      expect(w.itemIds).toEqual(WEEKLY_POOL.filter((_, j) => j % 2 === w.sequence % 2));
      expect(w.itemIds.length).toBeLessThanOrEqual(5);
      expect(w.itemIds.filter((id) => id.startsWith('cbi.work.')).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has one wave per Monday and per 1st of the month over 18 months, all closed but the current ones', () => {
    const weekly = history.waves.filter((w) => w.program === 0);
    const monthly = history.waves.filter((w) => w.program === 1);
    expect(weekly.length).toBeGreaterThanOrEqual(78);
    expect(monthly.length).toBeGreaterThanOrEqual(18);
    weekly.forEach((w, i) => {
      expect(w.sequence).toBe(i);
      expect(new Date(`${w.periodStart}T00:00:00Z`).getUTCDay()).toBe(1);
    });
    monthly.forEach((w, i) => {
      expect(w.sequence).toBe(i);
      expect(w.periodStart.endsWith('-01')).toBe(true);
    });
    expect(weekly[weekly.length - 1].periodStart).toBe('2026-11-23');
    expect(monthly[monthly.length - 1].periodStart).toBe('2026-11-01');
    for (const w of history.waves) {
      const current = w === weekly[weekly.length - 1] || w === monthly[monthly.length - 1];
      expect(w.status).toBe(current ? 'OPEN' : 'CLOSED');
      expect(w.closedAt).toBe(current ? null : w.closesAt);
      expect(w.openedAt).toBeLessThan(w.closesAt);
    }
  });

  it('stores only option values of each item’s scale, accepted by the submission rule', () => {
    const problems: string[] = [];
    for (const e of responses) {
      const asked = history.waves[e.wave].itemIds;
      const answers = e.response!.answers;
      expect(Object.keys(answers).sort()).toEqual([...asked].sort());
      const v = validatePulseSubmission(asked, Object.entries(answers).map(([itemId, value]) => ({ itemId, value })));
      if (!v.ok) problems.push(JSON.stringify(v.errors));
      for (const [id, value] of Object.entries(answers)) {
        if (id.startsWith('cbi.') && ![0, 25, 50, 75, 100].includes(value)) problems.push(`${id}=${value}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('scores every response with scorePulseResponse', () => {
    for (const e of responses) expect(e.response!.scores).toEqual(scorePulseResponse(e.response!.answers));
    const weekly = responses.filter((e) => history.waves[e.wave].program === 0);
    expect(weekly.every((e) => e.response!.scores['cbi.work'] !== undefined)).toBe(true);
    const who5 = responses.filter((e) => history.waves[e.wave].program === 1).map((e) => e.response!.scores.who5);
    const share = (f: (x: number) => boolean) => who5.filter(f).length / who5.length;
    expect(share((x) => x >= 40 && x <= 80)).toBeGreaterThan(0.75);
    expect(share((x) => x <= 28)).toBeGreaterThan(0.003);
    expect(share((x) => x <= 28)).toBeLessThan(0.06);
  });

  it('submits inside each person’s window, and invites only people employed at the period start', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    for (const e of entries) {
      const w = history.waves[e.wave];
      const p = org.people[e.person];
      expect(day(p.hireDate)).toBeLessThanOrEqual(day(w.periodStart));
      if (p.exitDate) expect(day(p.exitDate)).toBeGreaterThan(day(w.periodStart));
      expect(e.closesAt - e.opensAt).toBeLessThanOrEqual(history.programs[w.program].windowHours * HOUR);
      expect(e.opensAt).toBeGreaterThanOrEqual(w.openedAt);
      expect(e.closesAt).toBeLessThanOrEqual(w.closesAt);
      expect(e.tenureBand).toBe(tenureBand(p.hireDate, w.periodStart));
      if (e.response) {
        expect(e.response.submittedAt).toBeGreaterThanOrEqual(e.opensAt);
        expect(e.response.submittedAt).toBeLessThanOrEqual(Math.min(e.closesAt, history.now));
      }
    }
  });

  it('snapshots the team with all its ancestors and the work mode of that date', () => {
    for (const e of entries.slice(0, 3000)) {
      const p = org.people[e.person];
      expect(e.teams[0]).toBe(p.team);
      expect(org.teams[e.teams[e.teams.length - 1]].parent).toBeNull();
      for (let k = 1; k < e.teams.length; k++) expect(org.teams[e.teams[k - 1]].parent).toBe(e.teams[k]);
      const period = history.waves[e.wave].periodStart;
      const mode = p.workModes.filter((m) => m.effectiveFrom <= period).pop()!.workMode;
      expect(e.workMode).toBe(mode);
    }
  });

  it('has short comments on about 5% of weekly responses and none on WHO-5', () => {
    const weekly = responses.filter((e) => history.waves[e.wave].program === 0);
    const share = weekly.filter((e) => e.response!.comment).length / weekly.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.08);
    expect(responses.filter((e) => history.waves[e.wave].program === 1 && e.response!.comment)).toEqual([]);
    for (const e of weekly) if (e.response!.comment) expect(e.response!.comment.length).toBeLessThan(120);
  });
});
