// Tier 2: the writer against a real (embedded) PostgreSQL migrated by the API's migrations.
module.exports = require('../jest/preset.cjs').integration(__dirname, 'seed-integration', {
  globalSetup: '<rootDir>/src/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/src/testing/global-teardown.mjs',
  testTimeout: 120_000,
});
