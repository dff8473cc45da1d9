import { createTestOrg } from '../../testing/fixtures';
import { type SweepCase, sweepCases, sweepRequest } from '../../testing/schema-sweep';
import { startTestApp, type TestApp } from '../../testing/test-app';

const LOCALE_FIELDS = ['en', 'zhHans', 'zhHant', 'pl'];
const LADDER_OPS = ['query validateCareerLadder', 'mutation publishCareerLadder'];

/**
 * The string inputs that may span lines (texts people write in sentences). Every other String input
 * is single-line; a new field lands in the single-line sweep until it is listed here.
 */
const MULTI_LINE = new Set([
  ...LADDER_OPS.flatMap((op) => [
    `${op}(input.note)`,
    ...LOCALE_FIELDS.flatMap((l) => [`${op}(input.competencies.[].description.${l})`, `${op}(input.competencies.[].anchors.[].${l})`]),
  ]),
  'mutation recordAssessment(input.evidence)',
  'mutation recordCustomerInsight(input.customerSaid)',
  'mutation recordCustomerInsight(input.suggestedChange)',
  'mutation submitPulseResponse(input.comment)',
  'mutation triageCustomerInsight(declineReason)',
  'mutation updateOrganisationSettings(input.supportMessage)',
  'mutation updateOrganisationSettings(input.supportMessages.[].text)',
]);

// Markers make anything that got stored findable in any table afterwards.
const REFUSED = { 'a line break': 'Ann\nLINE-SWEEP', 'a tab': 'Ann\tTAB-SWEEP' } as const;
const MULTI_LINE_TEXT = 'First line\nsecond line\twith a tab';

const all = sweepCases(new Set(['String']));
const singleLine = all.filter((c) => !MULTI_LINE.has(c.name));
const multiLine = all.filter((c) => MULTI_LINE.has(c.name));

type Issue = { code: string; path: string };
type Outcome = { errors: Array<{ code?: string; message: string }>; issues: Issue[] };

/** The field's own name, and its place in a career ladder (`levels/0/name/en`) for ladder issues. */
const fieldName = (c: SweepCase) => [c.arg.name, ...c.leaf].filter((s) => s !== '[]').pop()!;
const LADDER_LOCALE: Record<string, string> = { zhHans: 'zh-Hans', zhHant: 'zh-Hant' };
const ladderPath = (c: SweepCase) => c.leaf.map((s) => (s === '[]' ? '0' : (LADDER_LOCALE[s] ?? s))).join('/');

describe('names and other single-line inputs refuse line breaks and tabs; multi-line texts keep them', () => {
  let t: TestApp;
  let cookie: string;

  const send = async (c: SweepCase, value: string): Promise<Outcome> => {
    const selection = c.field.name === 'validateCareerLadder' ? ' { code path }' : undefined;
    const { query, variables } = sweepRequest(c, value, false, selection);
    const r = await t.gql(query, variables, cookie);
    const errors = (r.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message }));
    // A ladder's problems come back as issues: data of the check, extensions of a refused publish.
    const issues = ((r.data?.validateCareerLadder as Issue[] | undefined) ?? (r.errors ?? []).flatMap((e) => (e.extensions?.issues as Issue[] | undefined) ?? [])).map(
      (i) => ({ code: i.code, path: i.path }),
    );
    return { errors, issues };
  };

  /** Input errors the value caused (beyond the sweep's placeholder values) that name the field. */
  const newErrorsNamingField = (c: SweepCase, clean: Outcome, bad: Outcome) =>
    bad.errors.filter((e) => e.code === 'BAD_USER_INPUT' && e.message.includes(fieldName(c)) && !clean.errors.some((k) => k.message === e.message));

  /** Ladder issues the value caused (beyond what the sweep's placeholder ladder already gets) on the field or the item it belongs to. */
  const newIssuesOnField = (c: SweepCase, clean: Outcome, bad: Outcome) =>
    bad.issues.filter((i) => !clean.issues.some((k) => k.code === i.code && k.path === i.path) && i.path !== '' && `${ladderPath(c)}/`.startsWith(`${i.path}/`));

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createTestOrg(t.pool, 'lines');
    // Every role, so each operation gets past its permission check to the input rule.
    await t.pool.query(`UPDATE account SET roles = ARRAY['AGENT', 'MANAGER', 'HR', 'ADMIN'] WHERE id = $1`, [org.accounts.head]);
    cookie = await t.signIn(org.email('head'));
  });
  afterAll(() => t.close());

  it('every listed multi-line input exists, and the names, titles and keys known to matter are swept as single-line', () => {
    expect([...MULTI_LINE].filter((name) => !all.some((c) => c.name === name))).toEqual([]);
    expect(singleLine.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'mutation createPulseProgram(input.name)',
        'mutation createActionPlan(input.title)',
        'mutation recordCustomerInsight(input.title)',
        'mutation recordCustomerInsight(input.tags.[])',
        'mutation createScimToken(input.name)',
        'mutation publishCareerLadder(input.levels.[].name.pl)',
        'mutation publishCareerLadder(input.tracks.[].name.zhHant)',
        'mutation publishCareerLadder(input.competencies.[].name.zhHans)',
        'mutation mapHrisLevel(hrisLevel)',
        'query people(filter.search)',
      ]),
    );
    expect(singleLine.length).toBeGreaterThan(70);
  });

  it.each(singleLine.map((c) => [c.name, c] as const))('%s refuses a line break and a tab, naming the field', async (_name, c) => {
    const clean = await send(c, 'x');
    for (const [what, value] of Object.entries(REFUSED)) {
      const bad = await send(c, value);
      const refused = newErrorsNamingField(c, clean, bad).length > 0 || newIssuesOnField(c, clean, bad).length > 0;
      expect({ what, refused }).toEqual({ what, refused: true });
      expect(bad.errors.filter((e) => e.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    }
  });

  it('nothing a refused request carried was stored, in any table', async () => {
    const { rows: tables } = await t.pool.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const found: string[] = [];
    for (const { name } of tables) {
      const { rows } = await t.pool.query(`SELECT count(*)::int AS n FROM ${name} t WHERE t::text LIKE '%-SWEEP%'`);
      if (rows[0].n > 0) found.push(name);
    }
    expect(tables.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  it.each(multiLine.map((c) => [c.name, c] as const))('%s accepts line breaks and tabs', async (_name, c) => {
    const clean = await send(c, 'x');
    const outcome = await send(c, MULTI_LINE_TEXT);
    expect(outcome.errors.filter((e) => /single line|control characters/.test(e.message))).toEqual([]);
    expect(newErrorsNamingField(c, clean, outcome)).toEqual([]);
    expect(newIssuesOnField(c, clean, outcome)).toEqual([]);
  });

  it('a customer insight keeps the lines of what the customer said (stored and read back)', async () => {
    const r = await t.gql(
      `mutation($i: RecordCustomerInsightInput!) { recordCustomerInsight(input: $i) { title customerSaid suggestedChange } }`,
      { i: { title: 'Refund flow', customerSaid: 'I waited.\nThen I waited again.', suggestedChange: '1. Call back\n2. Refund', frequency: 'ONCE', tags: [] } },
      cookie,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.recordCustomerInsight).toEqual({ title: 'Refund flow', customerSaid: 'I waited.\nThen I waited again.', suggestedChange: '1. Call back\n2. Refund' });
  });
});
