import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { type SweepCase, sweepCases, sweepRequest } from '../../testing/schema-sweep';
import { startTestApp, type TestApp } from '../../testing/test-app';

/** Scalars whose values travel as strings: each can carry a NUL. */
const STRING_LIKE = new Set(['String', 'ID', 'Date', 'DateTime']);
const NUL_VALUE = 'a\u0000b';
type Case = SweepCase & { value?: unknown };
const request = (c: Case, inline: boolean) => sweepRequest(c, c.value ?? NUL_VALUE, inline);

describe('a NUL byte in any string argument is BAD_USER_INPUT, never an internal error', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: string;
  const all: Case[] = sweepCases(STRING_LIKE);
  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'acme');
    admin = await t.signIn(org.email('head'));
  });
  afterAll(() => t.close());

  it('the sweep covers the arguments known to have failed, and nested input fields', () => {
    const names = all.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['mutation signIn(input.email)', 'query people(filter.search)', 'mutation createPulseProgram(input.itemIds.[])', 'mutation submitPulseResponse(input.answers.[].itemId)']));
    expect(all.length).toBeGreaterThan(30);
  });

  it.each(all.map((c) => [c.name, c]))('%s (as a variable and as an inline literal)', async (_name, c) => {
    for (const inline of [false, true]) {
      const { query, variables } = request(c as Case, inline);
      const r = await t.gql(query, variables, admin);
      const errors = (r.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message }));
      expect({ inline, status: r.status, nul: errors.filter((e) => /must not contain the NUL character/.test(e.message)) }).toEqual({
        inline,
        status: 400,
        nul: [{ code: 'BAD_USER_INPUT', message: expect.any(String) }],
      });
      // Only client errors: a literal may also break its scalar's own rule (a date), never the server.
      expect(errors.filter((e) => e.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
      if (!inline) expect(errors).toHaveLength(1);
    }
  });

  it('without the NUL the same requests are not refused by this rule (the sweep tests the NUL, not its scaffolding)', async () => {
    const signIn = all.find((c) => c.name === 'mutation signIn(input.password)')!;
    const clean = request({ ...signIn, leaf: [], value: { email: 'nobody@acme.test', password: 'x' } }, false);
    const r = await t.gql(clean.query, clean.variables);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const search = request({ ...all.find((c) => c.name === 'query people(filter.search)')!, leaf: [], value: { search: 'x' } }, true);
    expect((await t.gql(search.query, search.variables, admin)).errors).toBeUndefined();
  });
});
