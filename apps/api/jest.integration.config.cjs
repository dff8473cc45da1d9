// Tier 2: the real Nest/Fastify/Apollo stack over real HTTP on a real (embedded) PostgreSQL.
module.exports = require('../../tools/jest/preset.cjs').integration(__dirname, 'api-integration', {
  globalSetup: '<rootDir>/src/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/src/testing/global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 2,
});
