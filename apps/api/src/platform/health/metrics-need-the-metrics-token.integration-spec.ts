import { createTestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

const scrape = (t: TestApp, headers: Record<string, string> = {}) => fetch(`${t.baseUrl}/metrics`, { headers });

describe('/metrics is not public', () => {
  describe('without METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('answers 404, even to a signed-in admin or a guessed token', async () => {
      const org = await createTestOrg(t.pool, 'acme');
      const admin = await t.signIn(org.email('head'));
      const attempts: Array<Record<string, string>> = [{}, { cookie: admin }, { authorization: 'Bearer anything' }];
      for (const headers of attempts) {
        const res = await scrape(t, headers);
        expect(res.status).toBe(404);
        expect(await res.text()).not.toMatch(/pulse_http_request_duration_seconds/);
      }
    });
  });

  describe('with METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ metricsToken: 'a-long-scrape-token' });
    });
    afterAll(() => t.close());

    it.each([
      ['no Authorization header', {}],
      ['a wrong token', { authorization: 'Bearer a-long-scrape-tokeN' }],
      ['the token without the Bearer scheme', { authorization: 'a-long-scrape-token' }],
    ])('refuses %s with 401', async (_n, headers) => {
      const res = await scrape(t, headers);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toMatch(/pulse_http_request_duration_seconds/);
    });

    it('serves Prometheus metrics to the bearer of the token', async () => {
      await fetch(`${t.baseUrl}/health/live`);
      const res = await scrape(t, { authorization: 'Bearer a-long-scrape-token' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/plain/);
      expect(await res.text()).toMatch(/pulse_http_request_duration_seconds_bucket\{/);
    });
  });
});
