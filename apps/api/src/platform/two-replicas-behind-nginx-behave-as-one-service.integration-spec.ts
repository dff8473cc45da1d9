import http from 'node:http';
import { cleanUp, eventually, freePort, startServer, tempDataDir, type ServerProcess } from '../database/embedded-mode-server.testing';
import { LOGIN_LIMITS } from '../modules/identity/login-throttle';
import { createTestOrg, type TestOrg } from '../testing/fixtures';
import { startNginx, type Nginx } from '../testing/nginx-load-balancer';
import { cloneDatabase, testPool, TEST_PASSWORD, type TestJson } from '../testing/test-app';
import type { Pool } from 'pg';

/**
 * Issue 12, item 12: two API processes (dist/main.js) on one PostgreSQL, behind a real nginx running
 * the config docker-compose.yml ships, behave as one service: one session, one sign-in limit, one run
 * of each scheduled job, one set of figures, and a replica killed with SIGKILL costs the clients at
 * most the requests it was answering.
 */

/** The test's client connects from 127.0.0.2, so nginx's X-Forwarded-For is told apart from nginx's own address (127.0.0.1). */
const CLIENT_ADDRESS = '127.0.0.2';
const ITEMS = ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11'];
const ME = '{ me { email } }';
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`;
const SUBMIT = `mutation($i: SubmitPulseResponseInput!) { submitPulseResponse(input: $i) { revision } }`;
const RESULTS = `query($p: ID) { pulseResults(programId: $p, measure: "cbi.work") { openWave { group { invited respondents } } } }`;
const RECORD = `mutation($i: RecordCustomerInsightInput!) { recordCustomerInsight(input: $i) { id } }`;

type Answer = { status: number; requestId: string | null; json: TestJson; setCookie: string | null };
type Replica = { name: string; server: ServerProcess };

describe('two replicas on one database behind nginx behave as one service', () => {
  let pool: Pool;
  let databaseUrl: string;
  let drop: () => Promise<void>;
  let nginx: Nginx;
  let org: TestOrg;
  const ports: number[] = [];
  /** Every replica process started, restarts included, in order. */
  const incarnations: Replica[] = [];
  let hrCookie: string;

  const startReplica = (name: string, port: number, databaseUrl: string) => {
    // JOBS on (the default outside tests); debug logs name each job a process ran.
    const server = startServer(tempDataDir(), { DATABASE_URL: databaseUrl, PORT: String(port), TRUST_PROXY: '127.0.0.1', LOG_LEVEL: 'debug' });
    return server.then((s) => (incarnations.push({ name, server: s }), s));
  };

  /** One request through the load balancer, as a client at CLIENT_ADDRESS. */
  const viaLb = (pathname: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
    new Promise((resolve) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port: ports[2],
          localAddress: CLIENT_ADDRESS,
          agent: false,
          method: payload ? 'POST' : 'GET',
          path: pathname,
          headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            let json: TestJson = null;
            try {
              json = JSON.parse(text);
            } catch {
              json = null;
            }
            const requestId = res.headers['x-request-id'];
            const cookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
            resolve({ status: res.statusCode ?? 0, requestId: typeof requestId === 'string' ? requestId : null, json, setCookie: cookie });
          });
        },
      );
      // A connection nginx drops is an answer too (status 0); the assertions say which are allowed.
      req.on('error', () => resolve({ status: 0, requestId: null, json: null, setCookie: null }));
      req.end(payload);
    });
  const gql = (query: string, variables: Record<string, unknown> = {}, cookie?: string) => viaLb('/graphql', { query, variables }, cookie ? { cookie } : {});
  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const r = await gql(SIGN_IN, { i: { email, password } });
    if (r.status !== 200 || r.json?.errors || !r.setCookie) throw new Error(`sign-in as ${email} through nginx failed: ${r.status} ${JSON.stringify(r.json)}`);
    return r.setCookie;
  };

  /** Which replica process served a request: the one whose log has the request id nginx gave it. */
  const servedBy = async (answer: Answer): Promise<Replica> => {
    if (!answer.requestId) throw new Error(`no X-Request-Id on an answer with status ${answer.status}`);
    const needle = `"reqId":"${answer.requestId}"`;
    let found: Replica | undefined;
    await eventually(() => !!(found = incarnations.find((r) => r.server.output().includes(needle))), 10_000);
    if (!found) throw new Error(`no replica logged request ${answer.requestId}`);
    return found;
  };
  const namesOf = async (answers: Answer[]) => [...new Set(await Promise.all(answers.map(async (a) => (await servedBy(a)).name)))].sort();

  beforeAll(async () => {
    // An empty database: both replicas start at once and find every migration pending.
    const db = await cloneDatabase({ empty: true });
    databaseUrl = db.url;
    drop = db.drop;
    ports.push(await freePort(), await freePort(), await freePort());
    const replicas = await Promise.all([startReplica('api1', ports[0], db.url), startReplica('api2', ports[1], db.url)]);
    await Promise.all(replicas.map((r) => r.ready()));
    pool = testPool({ connectionString: db.url, max: 4 });
    org = await createTestOrg(pool, 'replicas');
    nginx = await startNginx({ listen: ports[2], upstreams: [`127.0.0.1:${ports[0]}`, `127.0.0.1:${ports[1]}`] });
  }, 300_000);

  afterAll(async () => {
    await nginx?.stop();
    await cleanUp();
    await pool?.end();
    await drop?.();
  }, 60_000);

  it('both replicas started at once on an empty database, and the migrations ran once', async () => {
    const { rows } = await pool.query<{ name: string; n: number }>(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    // One replica applied them; the other waited on the lock and found nothing pending.
    const applied = incarnations.filter((r) => r.server.output().includes('"msg":"migrations applied"')).map((r) => r.name);
    expect(applied).toHaveLength(1);
  });

  it('a session made through nginx is honoured by both replicas', async () => {
    hrCookie = await signIn(org.email('hr'));
    const answers: Answer[] = [];
    for (let i = 0; i < 6; i++) answers.push(await gql(ME, {}, hrCookie));
    for (const a of answers) expect({ status: a.status, json: a.json }).toEqual({ status: 200, json: { data: { me: { email: org.email('hr') } } } });
    expect(await namesOf(answers)).toEqual(['api1', 'api2']);
  });

  it(`sign-in throttling counts across replicas: ${LOGIN_LIMITS.perEmail} wrong passwords in total lock the account, whichever replica saw them`, async () => {
    const email = org.email('agent1');
    const guesses: Answer[] = [];
    // The client also claims another address: nginx replaces it with the one it saw.
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) guesses.push(await viaLb('/graphql', { query: SIGN_IN, variables: { i: { email, password: 'wrong password' } } }, { 'x-forwarded-for': '203.0.113.9' }));
    expect(guesses.map((g) => g.json?.errors?.[0]?.extensions?.code)).toEqual(Array(LOGIN_LIMITS.perEmail).fill('UNAUTHENTICATED'));
    expect(await namesOf(guesses)).toEqual(['api1', 'api2']);
    // Per replica each saw fewer than the limit; together they reached it: the next try, right password included, is refused.
    for (let i = 0; i < 2; i++) expect((await gql(SIGN_IN, { i: { email, password: TEST_PASSWORD } })).json?.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // The per-address count is keyed on the client nginx saw (TRUST_PROXY believes nginx's X-Forwarded-For), not on nginx, not on the spoof.
    const { rows } = await pool.query(`SELECT DISTINCT key FROM login_attempt WHERE key LIKE 'ip:%'`);
    expect(rows).toEqual([{ key: `ip:${CLIENT_ADDRESS}` }]);
  });

  describe('pulse figures and scheduled work', () => {
    let programId: string;
    let waveId: string;
    beforeAll(async () => {
      // A wave open now with everyone invited (the scheduler's work, done directly); the program starts
      // far ahead so the scheduler plans nothing more for it while the test runs.
      programId = (
        await pool.query(
          `INSERT INTO pulse_program (organisation_id, name, status, cadence, items_per_pulse, item_ids, starts_on) VALUES ($1, 'Weekly', 'ACTIVE', 'WEEKLY', 5, $2, '2099-01-05') RETURNING id`,
          [org.organisationId, ITEMS],
        )
      ).rows[0].id;
      waveId = (
        await pool.query(
          `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, confidentiality_k)
           VALUES ($1, $2, 0, current_date, $3, 'OPEN', now(), now() + interval '2 days', 3) RETURNING id`,
          [org.organisationId, programId, ITEMS],
        )
      ).rows[0].id;
      await pool.query(
        `INSERT INTO pulse_invitation (wave_id, person_id, organisation_id, opens_at, closes_at, team_ids, work_mode, tenure_band)
         SELECT $1, p.id, p.organisation_id, now() - interval '1 hour', now() + interval '2 days', ARRAY[p.team_id], p.work_mode, 'YEARS_1_2' FROM person p WHERE p.organisation_id = $2`,
        [waveId, org.organisationId],
      );
    });

    it('answers submitted through both replicas end up in one figure, the same on each replica', async () => {
      const people = ['head', 'hr', 'manager', 'lead', 'agent2', 'peerManager', 'agent3'] as const;
      const submissions: Answer[] = [];
      for (const [i, who] of people.entries()) {
        const cookie = who === 'hr' ? hrCookie : await signIn(org.email(who));
        const values = [0, 25, 50, 75, 100].map((v) => (v + i * 25) % 125);
        submissions.push(await gql(SUBMIT, { i: { waveId, answers: ITEMS.map((itemId, n) => ({ itemId, value: values[n] })) } }, cookie));
      }
      for (const s of submissions) expect({ status: s.status, json: s.json }).toEqual({ status: 200, json: { data: { submitPulseResponse: { revision: 1 } } } });
      expect(await namesOf(submissions)).toEqual(['api1', 'api2']);
      // Each replica recomputes the wave after its own submissions (paced, in the background); the last
      // recomputation reads every committed answer, whichever replica runs it.
      const read = async (baseUrl: string) => {
        const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: hrCookie }, body: JSON.stringify({ query: RESULTS, variables: { p: programId } }) });
        return ((await res.json()) as TestJson).data?.pulseResults;
      };
      let seen: TestJson = null;
      const complete = await eventually(async () => (seen = (await gql(RESULTS, { p: programId }, hrCookie)).json?.data?.pulseResults)?.openWave?.group?.respondents === people.length, 60_000);
      expect(seen.openWave.group).toEqual({ invited: 8, respondents: people.length });
      expect(complete).toBe(true);
      // Asked directly, both replicas give exactly the same figures.
      expect(await read(`http://127.0.0.1:${ports[0]}`)).toEqual(seen);
      expect(await read(`http://127.0.0.1:${ports[1]}`)).toEqual(seen);
    });

    it('the pulse scheduler, a pg-boss job every minute, runs once per minute and not once per replica', async () => {
      // Both replicas run the job queue and schedule the same cron.
      for (const r of incarnations) expect(r.server.output()).toContain('"msg":"job queue started"');
      // Each run of the handler, by the replica that ran it.
      const ran = () => incarnations.flatMap((r) => r.server.output().split('\n').filter((l) => l.includes('"job":"pulse.tick"') && l.includes('"msg":"job done"')).map(() => r.name));
      // pg-boss files each cron occurrence once, as a job of its send-it queue keyed on the occurrence's
      // minute slot, whichever replica's cron pass saw it first; that job queues one pulse.tick.
      const figures = async () =>
        (
          await pool.query<{ slots: number; forwards: number; forwarded: number; ticks: number; completed: number; retries: number }>(
            `SELECT (SELECT count(DISTINCT data->>'slot') FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = 'pulse.tick')::int AS slots,
                    (SELECT count(*) FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = 'pulse.tick')::int AS forwards,
                    (SELECT count(*) FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = 'pulse.tick' AND state = 'completed')::int AS forwarded,
                    (SELECT count(*) FROM pgboss.job WHERE name = 'pulse.tick')::int AS ticks,
                    (SELECT count(*) FROM pgboss.job WHERE name = 'pulse.tick' AND state = 'completed')::int AS completed,
                    (SELECT coalesce(sum(retry_count), 0) FROM pgboss.job WHERE name = 'pulse.tick')::int AS retries`,
          )
        ).rows[0];
      // Two minutes' ticks have run with both replicas up (bounded wait: the cron pass runs every 30 s),
      // and everything filed so far has settled.
      let seen = await figures();
      const settled = await eventually(async () => {
        seen = await figures();
        return seen.completed >= 2 && seen.forwards === seen.forwarded && seen.ticks === seen.completed && ran().length === seen.completed;
      }, 200_000);
      expect(settled).toBe(true);
      // One filing per minute slot, one tick per filing, each run once by one replica.
      expect(seen.forwards).toBe(seen.slots);
      expect(seen.ticks).toBe(seen.forwarded);
      expect(seen.retries).toBe(0);
      expect(ran()).toHaveLength(seen.completed);
    }, 240_000);
  });

  describe('a replica dies', () => {
    it('while one replica is killed with SIGKILL and restarted, requests keep being answered, no acknowledged write is lost, and the restarted replica serves the same session', async () => {
      const reads: Answer[] = [];
      const writes: Array<{ title: string; answer: Answer }> = [];
      let stop = false;
      const agent2 = await signIn(org.email('agent2'));
      const reader = async () => {
        while (!stop) reads.push(await gql(ME, {}, hrCookie));
      };
      const writer = async () => {
        for (let i = 0; !stop; i++) {
          const title = `Outage idea ${i}`;
          writes.push({ title, answer: await gql(RECORD, { i: { title, customerSaid: 'It was down', frequency: 'ONCE', suggestedChange: 'Keep it up', tags: [] } }, agent2) });
        }
      };
      const load = Promise.all([reader(), reader(), writer()]);
      try {
        expect(await eventually(() => reads.length >= 10 && writes.length >= 3, 60_000)).toBe(true);
        const victim = incarnations.find((r) => r.name === 'api2')!.server;
        victim.child.kill('SIGKILL');
        await victim.exited;
        const [readsAtKill, writesAtKill] = [reads.length, writes.length];
        expect(await eventually(() => reads.length >= readsAtKill + 30 && writes.length >= writesAtKill + 5, 60_000)).toBe(true);

        const restarted = await startReplica('api2 restarted', ports[1], databaseUrl);
        await restarted.ready();
        // Once nginx tries it again (fail_timeout), the restarted replica serves the session made before the kill.
        let back: Answer | null = null;
        const served = await eventually(async () => {
          const a = await gql(ME, {}, hrCookie);
          if (a.status === 200 && (await servedBy(a)).name === 'api2 restarted') back = a;
          return back !== null;
        }, 60_000);
        expect(served).toBe(true);
        expect(back!.json).toEqual({ data: { me: { email: org.email('hr') } } });
      } finally {
        stop = true;
        await load;
      }

      // Every read was answered: in full, or (only a request that api2 was answering when it died) a
      // 502 from nginx that the client may repeat. One such request per client loop at most.
      const failedReads = reads.filter((r) => r.status !== 200);
      for (const r of reads.filter((x) => x.status === 200)) expect(r.json).toEqual({ data: { me: { email: org.email('hr') } } });
      expect(failedReads.map((r) => r.status).filter((s) => s !== 502)).toEqual([]);
      expect(failedReads.length).toBeLessThanOrEqual(2);
      // Every acknowledged write is stored, exactly once; one that got a 502 may or may not have been.
      const acknowledged = writes.filter((w) => w.answer.status === 200 && !w.answer.json?.errors);
      expect(writes.filter((w) => !acknowledged.includes(w)).map((w) => w.answer.status).filter((s) => s !== 502)).toEqual([]);
      expect(writes.length - acknowledged.length).toBeLessThanOrEqual(1);
      const { rows } = await pool.query<{ title: string; n: number }>(`SELECT title, count(*)::int AS n FROM customer_insight WHERE title LIKE 'Outage idea %' GROUP BY title`);
      const stored = new Map(rows.map((r) => [r.title, r.n]));
      expect(acknowledged.filter((w) => stored.get(w.title) !== 1).map((w) => w.title)).toEqual([]);
      expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    }, 240_000);
  });
});
