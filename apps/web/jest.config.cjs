// Component tests in jsdom; the shared preset transforms TS/TSX with SWC.
module.exports = require('../../tools/jest/preset.cjs').unit(__dirname, 'web', {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: { '\\.css$': '<rootDir>/src/test/style-stub.cjs' },
});
