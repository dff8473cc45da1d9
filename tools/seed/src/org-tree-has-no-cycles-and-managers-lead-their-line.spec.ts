import { findManagerCycle, reportingLine } from '@pulse/domain-people';
import { generateOrganisation } from './generate';

const org = generateOrganisation({ people: 1500, slug: 'demo', name: 'Northwind Support', seed: 11, today: '2026-11-25' });
const edges = org.people.map((p, i) => ({ id: String(i), managerId: p.manager === null ? null : String(p.manager) }));
const active = (i: number) => org.people[i].exitDate === null;

describe('org tree: Head of Support → managers → team leads → teams of agents', () => {
  it('has no manager cycles and everyone reports up to the one head of support', () => {
    expect(findManagerCycle(edges)).toBeNull();
    const heads = org.people.filter((p) => p.manager === null);
    expect(heads).toHaveLength(1);
    expect(heads[0].jobTitle).toBe('Head of Support');
    expect(reportingLine(edges, String(org.people.indexOf(heads[0]))).size).toBe(org.people.length - 1);
  });

  it('lists managers before their reports', () => {
    org.people.forEach((p, i) => {
      if (p.manager !== null) expect(p.manager).toBeLessThan(i);
    });
  });

  it('never puts a manager inside their own reporting line', () => {
    const managers = new Set(org.people.map((p) => p.manager).filter((m): m is number => m !== null));
    for (const m of managers) expect(reportingLine(edges, String(m)).has(String(m))).toBe(false);
  });

  it('gives every agent team 6–12 current agents, all reporting to the team lead', () => {
    org.teams.forEach((team, t) => {
      if (!team.specialism) return;
      const members = org.people.map((p, i) => ({ p, i })).filter(({ p, i }) => p.team === t && active(i) && p.kind === 'AGENT');
      expect(members.length).toBeGreaterThanOrEqual(6);
      expect(members.length).toBeLessThanOrEqual(12);
      for (const { p } of members) expect(p.manager).toBe(team.lead);
      expect(org.people[team.lead!].kind).toBe('LEAD');
      expect(org.people[team.lead!].team).toBe(t);
    });
  });

  it('has team leads reporting to support managers with 2–6 leads each', () => {
    const leadsOf = new Map<number, number>();
    for (const p of org.people) if (p.kind === 'LEAD') leadsOf.set(p.manager!, (leadsOf.get(p.manager!) ?? 0) + 1);
    for (const [m, n] of leadsOf) {
      expect(org.people[m].jobTitle).toBe('Support Manager');
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(6);
    }
  });

  it('keeps active spans of control small at every level', () => {
    const spans = new Map<number, number>();
    org.people.forEach((p, i) => active(i) && p.manager !== null && spans.set(p.manager, (spans.get(p.manager) ?? 0) + 1));
    expect(Math.max(...spans.values())).toBeLessThanOrEqual(12);
  });

  it('builds team paths from the tree, unique, parents first', () => {
    expect(new Set(org.teams.map((t) => t.path)).size).toBe(org.teams.length);
    org.teams.forEach((t, i) => {
      if (t.parent === null) {
        expect(t.path).toBe('Support');
        return;
      }
      expect(t.parent).toBeLessThan(i);
      expect(t.path).toBe(`${org.teams[t.parent].path} / ${t.name}`);
    });
  });

  it('has specialised teams: Billing, Technical, Onboarding, Quality and Workforce Management', () => {
    const kinds = new Set(org.teams.map((t) => t.specialism));
    for (const s of ['Customer Care', 'Billing', 'Technical', 'Onboarding', 'Quality', 'Workforce Management']) expect(kinds).toContain(s);
  });

  it('grants MANAGER exactly to people with reports, and AGENT to everyone', () => {
    const withReports = new Set(org.people.map((p) => p.manager).filter((m) => m !== null));
    org.accounts.forEach((a) => {
      expect(a.roles).toContain('AGENT');
      expect(a.roles.includes('MANAGER')).toBe(withReports.has(a.person));
    });
    expect(org.accounts.filter((a) => a.roles.includes('ADMIN'))).toHaveLength(1);
    expect(org.accounts.filter((a) => a.roles.includes('HR'))).toHaveLength(1);
  });
});
