import { reportingLine } from '@pulse/domain-people';
import { DEMO_PASSWORD, demoSignIns, generateOrganisation } from './generate';
import { DEMO_DEFAULTS, DEMO_SIGN_INS } from './seed';

const org = generateOrganisation({ ...DEMO_DEFAULTS, today: '2026-11-25' });
const edges = org.people.map((p, i) => ({ id: String(i), managerId: p.manager === null ? null : String(p.manager) }));
const roleOf = (i: number) => org.accounts[i].roles;

describe('fixed demo sign-ins', () => {
  it('are admin@, hr@, manager@ and agent@demo.pulse.test with the demo password', () => {
    expect(DEMO_SIGN_INS).toEqual([
      { role: 'ADMIN', email: 'admin@demo.pulse.test', password: 'pulse-demo-2026' },
      { role: 'HR', email: 'hr@demo.pulse.test', password: 'pulse-demo-2026' },
      { role: 'MANAGER', email: 'manager@demo.pulse.test', password: 'pulse-demo-2026' },
      { role: 'AGENT', email: 'agent@demo.pulse.test', password: 'pulse-demo-2026' },
    ]);
    expect(org.signIns).toEqual(DEMO_SIGN_INS);
    expect(Object.isFrozen(DEMO_SIGN_INS)).toBe(true);
    expect(DEMO_PASSWORD).toBe('pulse-demo-2026');
  });

  it('follow the slug for other organisations', () => {
    expect(demoSignIns('bench').map((s) => s.email)).toEqual(['admin@bench.pulse.test', 'hr@bench.pulse.test', 'manager@bench.pulse.test', 'agent@bench.pulse.test']);
  });

  it('gives ADMIN+AGENT to the head of support operations', () => {
    const p = org.people[org.demo.ADMIN];
    expect(p.email).toBe('admin@demo.pulse.test');
    expect(p.jobTitle).toBe('Head of Support Operations');
    expect([...roleOf(org.demo.ADMIN)].sort()).toEqual(['ADMIN', 'AGENT']);
  });

  it('gives HR+AGENT to the people partner', () => {
    const p = org.people[org.demo.HR];
    expect(p.email).toBe('hr@demo.pulse.test');
    expect(p.jobTitle).toBe('People Partner');
    expect([...roleOf(org.demo.HR)].sort()).toEqual(['AGENT', 'HR']);
  });

  it('makes manager@ a support manager with at least two team leads, one team overloaded', () => {
    const m = org.demo.MANAGER;
    expect(org.people[m].email).toBe('manager@demo.pulse.test');
    expect(org.people[m].jobTitle).toBe('Support Manager');
    expect([...roleOf(m)].sort()).toEqual(['AGENT', 'MANAGER']);
    const leads = org.people.filter((p) => p.manager === m && p.kind === 'LEAD');
    expect(leads.length).toBeGreaterThanOrEqual(2);
    const line = reportingLine(edges, String(m));
    const overloaded = org.teams.findIndex((t) => t.overloaded);
    expect(line.has(String(org.teams[overloaded].lead))).toBe(true);
  });

  it('puts agent@ in that manager’s line, working remotely, AGENT only, with history', () => {
    const a = org.demo.AGENT;
    const p = org.people[a];
    expect(p.email).toBe('agent@demo.pulse.test');
    expect(p.exitDate).toBeNull();
    expect(p.workMode).toBe('REMOTE');
    expect(p.workModes.length).toBeGreaterThan(1);
    expect(roleOf(a)).toEqual(['AGENT']);
    expect(reportingLine(edges, String(org.demo.MANAGER)).has(String(a))).toBe(true);
    expect(org.signalsOf(a).length).toBeGreaterThan(20);
  });

  it('speaks English in every demo account', () => {
    for (const i of Object.values(org.demo)) expect(org.people[i].language).toBe('en');
  });
});
