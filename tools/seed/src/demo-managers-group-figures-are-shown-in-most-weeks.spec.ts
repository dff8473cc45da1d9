import { ALL, rollupWave } from '@pulse/domain-pulse';
import { generateOrganisation } from './generate';

/**
 * The demo must tell its story with confidentiality on (SPEC §4.3, k = 5): the demo manager opens
 * Wellbeing and reads their own site and region. A leader filed directly under the root team (a
 * group of one: root − its sub-teams) forces complementary suppression to hide the smallest region
 * every week, which was the demo manager's. Leadership sits in a team large enough to report, and
 * the demo manager's site has enough office staff for an office trend.
 */
describe('the demo manager’s own groups are reported in most weeks, and each work mode of their region in many', () => {
  it.each(['2026-11-25', '2027-02-17', '2027-06-02'])('seeded on %s', (today) => {
    const org = generateOrganisation({ people: 300, slug: 'demo', name: 'Northwind Support', seed: 20260101, today });
    const history = org.pulse();
    const managerTeam = org.people[org.demo.MANAGER].team;
    const region = org.teams[managerTeam].parent!;
    const watched = [managerTeam, region].map(String);
    const byMode = ['REMOTE', 'HYBRID', 'OFFICE'].map((m) => `${region}|${m}`);

    const weekly = history.waves.map((w, i) => ({ w, i })).filter(({ w }) => w.program === 0 && w.status === 'CLOSED');
    const shownWeeks = new Map([...watched, ...byMode].map((t) => [t, 0]));
    for (const { i } of weekly) {
      const entries = [...history.entriesOf(i)];
      const snapshot = (e: (typeof entries)[number]) => ({ teamIds: e.teams.map(String), workMode: e.workMode, tenureBand: e.tenureBand });
      const cells = rollupWave(
        5,
        entries.filter((e) => e.response).map((e) => ({ ...snapshot(e), scores: e.response!.scores, hasComment: e.response!.comment !== null })),
        entries.map((e) => ({ ...snapshot(e), count: 1 })),
      );
      for (const c of cells) {
        const key = c.workMode === ALL ? c.teamKey : `${c.teamKey}|${c.workMode}`;
        if (c.tenureBand === ALL && c.shown && shownWeeks.has(key)) shownWeeks.set(key, shownWeeks.get(key)! + 1);
      }
    }
    expect(weekly.length).toBeGreaterThan(60);
    const share = (key: string) => shownWeeks.get(key)! / weekly.length;
    // Their site and region as a whole (0.19 of weeks with the head of support alone under the root).
    for (const team of watched) expect(share(team)).toBeGreaterThanOrEqual(0.9);
    // And each work mode of the region often enough for a trend (0.8–0.9 of weeks; office staff were
    // 0.04 when Austin had a handful of them, and every mode was hidden in weeks where one remote
    // person of the central team had to be protected).
    for (const cell of byMode) expect(share(cell)).toBeGreaterThanOrEqual(0.7);
  });
});
