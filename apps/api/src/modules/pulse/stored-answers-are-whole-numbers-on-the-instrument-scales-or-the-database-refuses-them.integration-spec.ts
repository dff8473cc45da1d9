import { Pool } from 'pg';
import { INSTRUMENT_LIBRARY, LIKERT_AGREEMENT_5, LIKERT_AGREEMENT_7 } from '@pulse/domain-pulse';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { cloneDatabase, testPool } from '../../testing/test-app';

/**
 * A backstop behind the API's answer validation (issue 10, item 6): whatever writes pulse_response
 * (a bug, a script, a future import), PostgreSQL keeps every answer a whole number within the widest
 * answer scale of the instrument library.
 */
let db: { url: string; drop(): Promise<void> };
let pool: Pool;
let org: TestOrg;
let waveId: string;

const store = (answers: unknown) =>
  pool.query(
    `INSERT INTO pulse_response (organisation_id, wave_id, person_id, answers, scores, work_mode, tenure_band)
     VALUES ($1, $2, $3, $4::jsonb, '{}', 'REMOTE', 'Y1_2') ON CONFLICT (organisation_id, wave_id, person_id) DO UPDATE SET answers = EXCLUDED.answers`,
    [org.organisationId, waveId, org.people.agent1, JSON.stringify(answers)],
  );

beforeAll(async () => {
  db = await cloneDatabase();
  pool = testPool({ connectionString: db.url, max: 2 });
  org = await createTestOrg(pool, 'answers');
  const program = (
    await pool.query(
      `INSERT INTO pulse_program (organisation_id, name, cadence, items_per_pulse, item_ids, starts_on) VALUES ($1, 'P', 'WEEKLY', 1, '{who5.1}', '2025-01-06') RETURNING id`,
      [org.organisationId],
    )
  ).rows[0].id as string;
  waveId = (
    await pool.query(`INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids) VALUES ($1, $2, 1, '2025-01-06', '{who5.1}') RETURNING id`, [
      org.organisationId,
      program,
    ])
  ).rows[0].id as string;
});

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

describe('the database accepts only answers on the instruments’ scales', () => {
  it('the bound it enforces is the widest scale of the instrument library, and every scale is whole numbers', () => {
    const scales = [...INSTRUMENT_LIBRARY.flatMap((i) => i.answerScales), LIKERT_AGREEMENT_5, LIKERT_AGREEMENT_7];
    expect(Math.min(...scales.map((s) => s.min))).toBe(0);
    expect(Math.max(...scales.map((s) => s.max))).toBe(100);
    expect(scales.flatMap((s) => s.options.map((o) => o.value)).every((v) => Number.isInteger(v))).toBe(true);
  });

  it.each([
    ['the lowest value', { 'who5.1': 0 }],
    ['the highest value (CBI)', { 'cbi.work.1': 100 }],
    ['several items', { 'who5.1': 3, 'enps.1': 10, 'cbi.personal.1': 75 }],
  ])('stores %s', async (_what, answers) => {
    await expect(store(answers)).resolves.toBeDefined();
  });

  it.each([
    ['a value below the scales', { 'who5.1': -1 }],
    ['a value above the scales', { 'who5.1': 101 }],
    ['a fraction', { 'who5.1': 2.5 }],
    ['a string', { 'who5.1': '3' }],
    ['a null', { 'who5.1': null }],
    ['a nested object', { 'who5.1': { value: 3 } }],
    ['an array instead of an object', [3]],
    ['a bare number', 3],
  ])('refuses %s', async (_what, answers) => {
    await expect(store(answers)).rejects.toMatchObject({ code: '23514', constraint: 'pulse_response_answers_in_range' });
  });
});
