import { HRIS_COLUMNS } from '@pulse/domain-people';
import { createTestOrg, snapshotCounts, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';

type Row = Partial<Record<(typeof HRIS_COLUMNS)[number], string>>;
const csv = (rows: Row[]) =>
  [HRIS_COLUMNS.join(','), ...rows.map((r) => HRIS_COLUMNS.map((c) => {
    const v = r[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(','))].join('\n') + '\n';

const person = (n: number, patch: Row = {}): Row => ({
  hris_id: `N-${n}`, email: `new${n}@acme.test`, first_name: `New${n}`, last_name: 'Hire', job_title: 'Agent I', level: 'L1',
  team_path: 'Support / Tier 3 / Chat', manager_hris_id: 'acme-lead', work_mode: 'REMOTE', site: 'Manila', time_zone: 'Asia/Manila',
  shift_pattern: 'Mon-Fri 22:00-06:00', language: 'en', hire_date: '2026-09-01', ...patch,
});

describe('HRIS people import (dry run, all-or-nothing, idempotent upsert)', () => {
  let t: TestApp;
  let acme: TestOrg;
  let globex: TestOrg;
  let hr: string;
  const post = async (body: string, dryRun: boolean, cookie = hr, path = 'people') => {
    const res = await fetch(`${t.baseUrl}/api/imports/${path}?dryRun=${dryRun}`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie }, body });
    return { status: res.status, body: (await res.json()) as TestJson };
  };
  beforeAll(async () => {
    t = await startTestApp();
    acme = await createTestOrg(t.pool, 'acme');
    globex = await createTestOrg(t.pool, 'globex');
    hr = await t.signIn(acme.email('hr'));
  });
  afterAll(() => t.close());

  it('a dry run lists every bad row with its line number and reason, and changes nothing', async () => {
    const before = await snapshotCounts(t.pool);
    const file = csv([
      person(1),
      person(2, { email: 'NEW1@ACME.TEST' }), // same e-mail, other case
      person(3, { hire_date: '2026-02-30' }),
      person(4, { first_name: 'Nul\u0000Byte' }),
      person(5, { last_name: 'x'.repeat(10_000) }),
      person(6, { manager_hris_id: 'globex-lead' }), // another tenant's person
      person(7, { work_mode: 'MOON' }),
    ]);
    const { status, body } = await post(file, true);
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, applied: false, rowsRead: 7 });
    expect(body.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(body.errors[0].reason).toMatch(/email new1@acme.test already appears on line 2/);
    expect(body.errors[1].reason).toMatch(/hire_date must be a real date/);
    expect(body.errors[2].reason).toMatch(/control characters/);
    expect(body.errors[3].reason).toMatch(/longer than 100/);
    expect(body.errors[4].reason).toMatch(/manager_hris_id globex-lead is not in the file/);
    expect(body.errors[5].reason).toMatch(/work_mode must be one of/);
    expect(await snapshotCounts(t.pool)).toEqual(before);
  });

  it('reports repeated HRIS ids and e-mails against the first line that has them, each reason once', async () => {
    const file = csv([
      person(1),
      person(1, { email: 'other1@acme.test' }), // repeated id, new address (which now counts as seen)
      person(2, { email: 'OTHER1@acme.test' }), // repeats line 3's address
      person(1, { email: 'New1@Acme.Test' }), // repeats both id and address of line 2
      person(3, { manager_hris_id: 'N-1' }), // its manager's first row is fine
    ]);
    const { status, body } = await post(file, true);
    expect(status).toBe(200);
    expect(body).toMatchObject({ rowsRead: 5, created: 2, unchanged: 0 });
    expect(body.errors).toEqual([
      { line: 3, hrisId: 'N-1', reason: 'hris_id N-1 already appears on line 2' },
      { line: 4, hrisId: 'N-2', reason: 'email other1@acme.test already appears on line 3 (e-mails are compared ignoring case)' },
      { line: 5, hrisId: 'N-1', reason: 'hris_id N-1 already appears on line 2; email new1@acme.test already appears on line 2 (e-mails are compared ignoring case)' },
    ]);
  });

  it('a real run with any bad row applies nothing at all', async () => {
    const before = await snapshotCounts(t.pool);
    const { body } = await post(csv([person(1), person(2), person(3, { time_zone: 'Nowhere' })]), false);
    expect(body).toMatchObject({ dryRun: false, applied: false });
    expect(body.errors).toHaveLength(1);
    expect(await snapshotCounts(t.pool)).toEqual(before);
  });

  it('a good file creates people, teams, history and accounts; importing it again changes nothing', async () => {
    const file = csv([person(1), person(2, { manager_hris_id: 'N-1', work_mode: 'HYBRID' }), person(3, { exit_date: '2026-10-01', exit_reason: 'VOLUNTARY' })]);
    const dry = await post(file, true);
    expect(dry.body).toMatchObject({ applied: false, created: 3, updated: 0, errors: [] });
    const first = await post(file, false);
    expect(first.body).toMatchObject({ applied: true, created: 3, updated: 0, unchanged: 0, errors: [] });
    const again = await post(file, false);
    expect(again.body).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 3 });
    const { rows } = await t.pool.query(
      `SELECT p.hris_id, t.path, m.hris_id AS manager, p.work_mode, (SELECT count(*) FROM work_mode_change w WHERE w.person_id = p.id) AS history,
              (SELECT roles FROM account a WHERE a.person_id = p.id) AS roles
         FROM person p JOIN team t ON t.id = p.team_id LEFT JOIN person m ON m.id = p.manager_id WHERE p.hris_id LIKE 'N-%' ORDER BY p.hris_id`,
    );
    expect(rows).toEqual([
      { hris_id: 'N-1', path: 'Support / Tier 3 / Chat', manager: 'acme-lead', work_mode: 'REMOTE', history: '1', roles: ['AGENT', 'MANAGER'] },
      { hris_id: 'N-2', path: 'Support / Tier 3 / Chat', manager: 'N-1', work_mode: 'HYBRID', history: '1', roles: ['AGENT'] },
      { hris_id: 'N-3', path: 'Support / Tier 3 / Chat', manager: 'acme-lead', work_mode: 'REMOTE', history: '1', roles: ['AGENT'] },
    ]);
    const teams = await t.pool.query(`SELECT path FROM team WHERE organisation_id = $1 AND path LIKE 'Support / Tier 3%' ORDER BY path`, [acme.organisationId]);
    expect(teams.rows.map((r) => r.path)).toEqual(['Support / Tier 3', 'Support / Tier 3 / Chat']);
  });

  it('an update appends work-mode history and reports only changed rows as updated', async () => {
    const { body } = await post(csv([person(1, { work_mode: 'OFFICE', work_mode_since: '2026-11-01' }), person(2, { manager_hris_id: 'N-1', work_mode: 'HYBRID' })]), false);
    expect(body).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: 1 });
    const h = await t.pool.query(`SELECT w.work_mode, to_char(w.effective_from, 'YYYY-MM-DD') AS f FROM work_mode_change w JOIN person p ON p.id = w.person_id WHERE p.hris_id = 'N-1' ORDER BY f`);
    expect(h.rows).toEqual([{ work_mode: 'REMOTE', f: '2026-09-01' }, { work_mode: 'OFFICE', f: '2026-11-01' }]);
  });

  it('rejects a file whose managers would form a loop', async () => {
    const before = await snapshotCounts(t.pool);
    const { body } = await post(csv([person(1, { manager_hris_id: 'N-2' }), person(2, { manager_hris_id: 'N-1' })]), false);
    expect(body.applied).toBe(false);
    expect(body.errors[0].reason).toMatch(/managers form a loop/);
    expect(await snapshotCounts(t.pool)).toEqual(before);
  });

  it('rejects a loop through a person who is not in the file', async () => {
    const first = await post(csv([person(61), person(62, { manager_hris_id: 'N-61' }), person(63, { manager_hris_id: 'N-62' })]), false);
    expect(first.body).toMatchObject({ applied: true, created: 3 });
    const before = await snapshotCounts(t.pool);
    // N-61 under N-63, who is under N-62 (not in this file), who is under N-61.
    const { body } = await post(csv([person(61, { manager_hris_id: 'N-63' }), person(63, { manager_hris_id: 'N-62' })]), false);
    expect(body.applied).toBe(false);
    expect(body.errors.map((e: { line: number }) => e.line)).toEqual([2, 3]);
    expect(body.errors[0].reason).toMatch(/^managers form a loop: .*N-62/);
    expect(await snapshotCounts(t.pool)).toEqual(before);
  });

  it('a row with too few or too many fields is a line-numbered error, not a failed upload', async () => {
    const file = csv([person(1)]) + 'N-2,only,three\n';
    const { status, body } = await post(file, true);
    expect(status).toBe(200);
    expect(body.errors).toEqual([{ line: 3, hrisId: null, reason: 'the row has 3 fields; the header has 17' }]);
  });

  it('rejects an e-mail already used by another person in the organisation, ignoring case', async () => {
    const { body } = await post(csv([person(9, { email: 'AGENT1@acme.test' })]), true);
    expect(body.errors[0].reason).toMatch(/already belongs to acme-agent1/);
  });

  it.each([
    ['a wrong header', 'id,mail\n1,a@b.c\n', /header row is wrong: unknown column "id"/],
    ['an empty file', '', /empty/],
    ['broken quoting', `${HRIS_COLUMNS.join(',')}\n"unterminated,x\n`, /not valid CSV/],
  ])('answers %s with 400 and a clear message', async (_n, body, msg) => {
    const r = await post(body, true);
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(msg);
  });

  it('export has the import shape, and re-importing the export changes nothing', async () => {
    const res = await fetch(`${t.baseUrl}/api/exports/people.csv`, { headers: { cookie: hr } });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await res.text();
    expect(text.split('\n')[0]).toBe(HRIS_COLUMNS.join(','));
    expect(text).not.toMatch(/globex/);
    const { body } = await post(text, false);
    expect(body).toMatchObject({ applied: true, created: 0, updated: 0, errors: [] });
    expect(body.unchanged).toBe(body.rowsRead);
  });

  it('in one file: an existing person moves under a brand-new manager, and a new hire takes the address they leave', async () => {
    const { body } = await post(
      csv([
        person(2, { manager_hris_id: 'N-50', work_mode: 'HYBRID', email: 'n2.moved@acme.test' }),
        person(50, { manager_hris_id: 'acme-lead', email: 'new2@acme.test' }),
      ]),
      false,
    );
    expect(body).toMatchObject({ applied: true, created: 1, updated: 1, errors: [] });
    const { rows } = await t.pool.query(
      `SELECT p.hris_id, p.email, m.hris_id AS manager FROM person p LEFT JOIN person m ON m.id = p.manager_id WHERE p.hris_id IN ('N-2', 'N-50') ORDER BY p.hris_id`,
    );
    expect(rows).toEqual([
      { hris_id: 'N-2', email: 'n2.moved@acme.test', manager: 'N-50' },
      { hris_id: 'N-50', email: 'new2@acme.test', manager: 'acme-lead' },
    ]);
    const accounts = await t.pool.query(`SELECT a.email FROM account a JOIN person p ON p.id = a.person_id WHERE p.hris_id IN ('N-2', 'N-50') ORDER BY p.hris_id`);
    expect(accounts.rows.map((r) => r.email)).toEqual(['n2.moved@acme.test', 'new2@acme.test']);
  });

  it('only HR may import or export', async () => {
    const agent = await t.signIn(acme.email('agent1'));
    expect((await post(csv([person(1)]), true, agent)).status).toBe(403);
    expect((await fetch(`${t.baseUrl}/api/exports/people.csv`, { headers: { cookie: agent } })).status).toBe(403);
    expect((await post(csv([person(1)]), true, '')).status).toBe(401);
  });

  it('signals import: dry run errors, unknown and foreign people, then an idempotent upsert', async () => {
    const head = 'hris_id,week_start,contacts_handled,occupancy_pct,overtime_hours,adherence_pct,qa_score,csat\n';
    const bad = head + 'acme-agent1,2026-11-24,10,80,1,90,88,90\nglobex-agent1,2026-11-23,10,80,1,90,88,90\nacme-agent1,2026-11-16,10,180,1,90,88,90\n';
    const before = await snapshotCounts(t.pool);
    const r = await post(bad, false, hr, 'signals');
    expect(r.body.applied).toBe(false);
    expect(r.body.errors.map((e: { line: number; reason: string }) => [e.line, e.reason])).toEqual([
      [2, expect.stringMatching(/Monday/)],
      [3, expect.stringMatching(/not a person in the organisation/)],
      [4, expect.stringMatching(/occupancy_pct must be between 0 and 100/)],
    ]);
    expect(await snapshotCounts(t.pool)).toEqual(before);
    const good = head + 'acme-agent1,2026-11-23,410,86.5,2,91,88,90\nacme-agent2,2026-11-23,380,79,0,95,92,\n';
    expect((await post(good, false, hr, 'signals')).body).toMatchObject({ applied: true, created: 2, updated: 0 });
    expect((await post(good, false, hr, 'signals')).body).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
    const manager = await t.signIn(acme.email('manager'));
    const s = await t.gql(`query($id: ID!) { workloadSignals(personId: $id) { weekStart occupancyPct csat } }`, { id: acme.people.agent2 }, manager);
    expect(s.data?.workloadSignals).toEqual([{ weekStart: '2026-11-23', occupancyPct: 79, csat: null }]);
    void globex;
  });

  it('stores every shift pattern exactly, also when a file has more distinct patterns than the import keys', async () => {
    // 1,100 different patterns: Mon 08:00 until 08:01 … 00:00 (wrapping), each on one new person.
    const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const rows = Array.from({ length: 1100 }, (_, i) => person(2000 + i, { shift_pattern: `Mon 08:00-${hhmm(8 * 60 + 1 + i)}; Sat-Sun 10:00-14:00` }));
    rows.push(person(3100, { shift_pattern: '' }));
    const { body } = await post(csv(rows), false);
    expect(body).toMatchObject({ applied: true, created: 1101, errors: [] });
    const { rows: stored } = await t.pool.query<{ hris_id: string; shift_pattern: unknown }>(
      `SELECT hris_id, shift_pattern FROM person WHERE organisation_id = $1 AND hris_id IN ('N-2000', 'N-2999', 'N-3099', 'N-3100') ORDER BY hris_id`,
      [acme.organisationId],
    );
    const weekend = [{ day: 6, start: '10:00', end: '14:00' }, { day: 7, start: '10:00', end: '14:00' }];
    expect(stored).toEqual([
      { hris_id: 'N-2000', shift_pattern: [{ day: 1, start: '08:00', end: '08:01' }, ...weekend] },
      { hris_id: 'N-2999', shift_pattern: [{ day: 1, start: '08:00', end: hhmm(8 * 60 + 1 + 999) }, ...weekend] },
      { hris_id: 'N-3099', shift_pattern: [{ day: 1, start: '08:00', end: hhmm(8 * 60 + 1 + 1099) }, ...weekend] },
      { hris_id: 'N-3100', shift_pattern: [] },
    ]);
    const again = await post(csv(rows), false);
    expect(again.body).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 1101 });
  });

  it('new people who have already left get accounts that are disabled from the start, each audited once; a manager not in the file gains the role', async () => {
    const file = csv([
      person(4000, { hire_date: '2024-01-01', exit_date: '2025-12-31', exit_reason: 'VOLUNTARY', manager_hris_id: 'acme-agent3' }),
      person(4001, { exit_date: '2099-01-31', exit_reason: 'VOLUNTARY' }),
    ]);
    const { body } = await post(file, false);
    expect(body).toMatchObject({ applied: true, created: 2, errors: [] });
    const { rows } = await t.pool.query<{ hris_id: string; disabled_reason: string | null; audits: Array<{ action: string; detail: unknown }> }>(
      `SELECT p.hris_id, a.disabled_reason,
              coalesce((SELECT json_agg(json_build_object('action', e.action, 'detail', e.detail)) FROM audit_event e WHERE e.subject = a.id::text), '[]') AS audits
         FROM person p JOIN account a ON a.person_id = p.id WHERE p.organisation_id = $1 AND p.hris_id IN ('N-4000', 'N-4001') ORDER BY p.hris_id`,
      [acme.organisationId],
    );
    expect(rows).toEqual([
      { hris_id: 'N-4000', disabled_reason: 'EXITED', audits: [{ action: 'account.disabled', detail: { reason: 'EXITED', exitDate: '2025-12-31' } }] },
      { hris_id: 'N-4001', disabled_reason: null, audits: [] },
    ]);
    const { rows: imported } = await t.pool.query(`SELECT detail FROM audit_event WHERE organisation_id = $1 AND action = 'people.imported' ORDER BY id DESC LIMIT 1`, [acme.organisationId]);
    expect(imported[0].detail).toMatchObject({ created: 2, accountsDisabled: 1 });
    const { rows: roles } = await t.pool.query(`SELECT a.roles FROM account a WHERE a.person_id = $1`, [acme.people.agent3]);
    expect(roles[0].roles).toContain('MANAGER');
  });
});
