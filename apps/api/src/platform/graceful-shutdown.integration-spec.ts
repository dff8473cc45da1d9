import { HRIS_COLUMNS } from '@pulse/domain-people';
import { Pool } from 'pg';
import { createTestOrg } from '../testing/fixtures';
import { startTestApp } from '../testing/test-app';

describe('graceful shutdown', () => {
  it('closing the app while an import is in flight finishes it completely or not at all', async () => {
    const t = await startTestApp();
    const org = await createTestOrg(t.pool, 'acme');
    const cookie = await t.signIn(org.email('hr'));
    const rows = Array.from({ length: 5000 }, (_, i) =>
      [`S-${i}`, `s${i}@acme.test`, 'Shut', `Down${i}`, '', '', 'Support / Shutdown', '', 'OFFICE', '', '', 'Europe/Warsaw', '', 'en', '2025-01-06', '', ''].join(','),
    );
    const body = [HRIS_COLUMNS.join(','), ...rows].join('\n');
    // Keep our own pool: the app's pools close with it.
    const pool = new Pool({ connectionString: (t.pool as unknown as { options: { connectionString: string } }).options.connectionString, max: 1 });
    const inFlight = fetch(`${t.baseUrl}/api/imports/people?dryRun=false`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie }, body })
      .then(async (r) => ({ status: r.status, body: (await r.json()) as { applied: boolean } }))
      .catch((e: Error) => ({ status: 0, body: { applied: false, error: e.message } }));
    await new Promise((r) => setTimeout(r, 30));
    await t.app.close(); // what SIGTERM does in main.ts
    const result = await inFlight;
    const { rows: count } = await pool.query(`SELECT count(*) AS n FROM person WHERE hris_id LIKE 'S-%'`);
    expect(Number(count[0].n)).toBe(result.body.applied ? 5000 : 0);
    // Finished (200), refused because shutdown had begun before it arrived (503), or cut off (0):
    // whichever, the data is all there or not there at all.
    expect([200, 503, 0]).toContain(result.status);
    await pool.end();
    await t.pool.end().catch(() => undefined);
  });
});
