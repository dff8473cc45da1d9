import http from 'node:http';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

const gqlPost = async (t: TestApp, body: string, cookie?: string) => {
  const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
};

/** `{ me { person { manager … { id } } } }` nested `depth` selection sets deep. */
const nested = (depth: number) => `{ me { person { ${'manager { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } } }`;

describe('GraphQL requests stay within limits derived from the dashboard', () => {
  let t: TestApp;
  let org: TestOrg;
  let hr: string;
  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'acme');
    hr = await t.signIn(org.email('hr'));
  });
  afterAll(() => t.close());

  const codes = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => (r.errors ?? []).map((e) => e.extensions?.code);

  it('depth: 5 (the deepest dashboard operation + 1) runs, 6 is refused', async () => {
    expect((await t.gql(nested(5), {}, hr)).errors).toBeUndefined();
    const r = await t.gql(nested(6), {}, hr);
    expect(r.errors?.[0].message).toBe('Query is nested 6 levels deep; the limit is 5.');
  });

  it('aliases: 15 run, 16 are refused', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
    expect((await t.gql(aliases(15), {}, hr)).errors).toBeUndefined();
    expect((await t.gql(aliases(16), {}, hr)).errors?.[0].message).toBe('Query uses 16 aliases; the limit is 15.');
  });

  it('directives: 50 run, 51 are refused', async () => {
    const directives = (n: number) => `{ me { ${Array.from({ length: n }, () => 'email @include(if: true)').join(' ')} } }`;
    expect((await t.gql(directives(50), {}, hr)).errors).toBeUndefined();
    expect((await t.gql(directives(51), {}, hr)).errors?.[0].message).toBe('Query uses 51 directives; the limit is 50.');
  });

  it('tokens: 1,000 pass the parser, 1,001 are refused while parsing', async () => {
    // 19 tokens around a list of k strings: k + 19 tokens. (A thousand identical fields would trip
    // graphql-js's own overlap budget instead, so the padding is a list.)
    const tokens = (n: number) => `{ pulseRotationPreview(input: { itemsPerPulse: 1, itemIds: [${'"x" '.repeat(n - 19)}] }) { __typename } }`;
    const under = await t.gql(tokens(1000), {}, hr);
    expect(codes(under)).not.toContain('GRAPHQL_PARSE_FAILED');
    expect(codes(under)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    const r = await t.gql(tokens(1001), {}, hr);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    // graphql-js spells it "more that".
    expect(r.errors?.[0].message).toMatch(/Document contains more tha[nt] 1000 tokens/);
  });

  it('characters: a 10,000-character query runs, 10,001 are refused with 413 before parsing', async () => {
    const padded = (n: number) => `{ me { email } }`.padEnd(n, ' ');
    expect((await gqlPost(t, JSON.stringify({ query: padded(10_000) }), hr)).body.errors).toBeUndefined();
    const r = await gqlPost(t, JSON.stringify({ query: padded(10_001) }), hr);
    expect(r.status).toBe(413);
    expect(r.body.errors).toEqual([{ message: 'The GraphQL query has 10001 characters; the limit is 10000.', extensions: { code: 'QUERY_TOO_LARGE' } }]);
  });

  it('bodies: just under 100 KB run, just over are refused with 413 and a clear message', async () => {
    const body = (bytes: number) => {
      const base = JSON.stringify({ query: '{ me { email } }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ me { email } }', variables: { pad: 'x'.repeat(bytes - base.length) } });
    };
    expect(Buffer.byteLength(body(100 * 1024))).toBe(100 * 1024);
    const ok = await gqlPost(t, body(100 * 1024), hr);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    const over = await gqlPost(t, body(100 * 1024 + 1), hr);
    expect(over.status).toBe(413);
    expect(over.body.errors).toEqual([{ message: 'GraphQL requests are limited to 100 KB; this one is larger.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }]);
  });

  it('a 1 MB whitespace-padded query is refused from its Content-Length, before the body is even read', async () => {
    const declared = 1024 * 1024;
    const answer = await new Promise<{ status: number; body: string; bytesSent: number }>((resolve, reject) => {
      const req = http.request(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': declared, cookie: hr } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body: text, bytesSent: req.socket?.bytesWritten ?? 0 });
          // The rest of the body is never sent: close the socket instead.
          req.destroy();
        });
      });
      req.on('error', reject);
      // Only the first kilobyte is sent: the answer must come without the rest.
      req.write(`{"query":"{ me { email } }${' '.repeat(1000)}`);
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.bytesSent).toBeLessThan(10_000);
  });

  it('CSV imports keep their own streamed limit: a 300 KB file is read, not refused as too large', async () => {
    const header = 'hris_id,email,first_name,last_name,job_title,level,team_path,manager_hris_id,work_mode,work_mode_since,site,time_zone,shift_pattern,language,hire_date,exit_date,exit_reason\n';
    const row = (i: number) => `N-${i},n${i}@acme.test,First${i},Last${i},Agent,L1,Support,,OFFICE,,Kraków,Europe/Warsaw,Mon 09:00-17:00,en,2024-01-15,,\n`;
    let file = header;
    for (let i = 1; file.length < 300 * 1024; i++) file += row(i);
    const res = await fetch(`${t.baseUrl}/api/imports/people?dryRun=true`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie: hr }, body: file });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { rowsRead: number };
    expect(report.rowsRead).toBeGreaterThan(2000);
  });
});
