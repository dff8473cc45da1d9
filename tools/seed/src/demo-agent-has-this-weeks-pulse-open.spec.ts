import { generateOrganisation } from './generate';

const HOUR = 3_600_000;

describe('the demo agent can take this week’s pulse right after seeding', () => {
  // Every hour of a week (UTC), so shifts, weekends and time zones cannot close the window.
  const instants = Array.from({ length: 7 * 24 }, (_, h) => new Date(Date.UTC(2026, 10, 23, h, 17)).toISOString());

  it.each(instants.filter((_, i) => i % 5 === 0))('at %s', (now) => {
    const today = now.slice(0, 10);
    const org = generateOrganisation({ people: 300, slug: 'demo', name: 'Northwind Support', seed: 20260101, today, now });
    const history = org.pulse();
    const weekly = history.waves.map((w, i) => ({ w, i })).filter(({ w }) => w.program === 0);
    const { w, i } = weekly[weekly.length - 1];
    expect(w.status).toBe('OPEN');
    const mine = [...history.entriesOf(i)].filter((e) => e.person === org.demo.AGENT);
    expect(mine).toHaveLength(1);
    const [invitation] = mine;
    expect(invitation.response).toBeNull();
    expect(invitation.opensAt).toBeLessThanOrEqual(Date.parse(now));
    expect(invitation.closesAt).toBeGreaterThanOrEqual(Date.parse(now) + 12 * HOUR);
    expect(org.people[org.demo.AGENT].email).toBe('agent@demo.pulse.test');
  });

  it('has answered earlier weeks (a history to look back on)', () => {
    const org = generateOrganisation({ people: 300, slug: 'demo', name: 'Northwind Support', seed: 20260101, today: '2026-11-25' });
    const history = org.pulse();
    const answered = [...history.entries()].filter((e) => e.person === org.demo.AGENT && e.response);
    expect(answered.length).toBeGreaterThan(20);
  });
});
