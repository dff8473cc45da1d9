// Tier 3: a handful of journeys in real Chromium (playwright-core), against the built API serving
// the built dashboard, on a throw-away embedded PostgreSQL seeded with the demo organisation.
// Set E2E_BASE_URL to run the journeys against a server that is already running instead.
const preset = require('../../tools/jest/preset.cjs');

module.exports = preset.integration(__dirname, 'web-e2e', {
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.mjs',
  globalTeardown: '<rootDir>/src/support/global-teardown.mjs',
  // One browser at a time: the journeys share one server and these machines have two cores.
  maxWorkers: 1,
  testTimeout: 90_000,
});
