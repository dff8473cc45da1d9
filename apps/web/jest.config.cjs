// Component tests in jsdom; the shared preset transforms TS/TSX with SWC.
module.exports = require('../../tools/jest/preset.cjs').unit(__dirname, 'web', {
  testEnvironment: 'jsdom',
  // Rendering Mantine and Apollo in jsdom and clicking through a form takes 1–2 s here, and over
  // 5 s on a loaded 2-core machine (four PulseCard tests timed out while other work ran).
  testTimeout: 20_000,
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: { '\\.css$': '<rootDir>/src/test/style-stub.cjs' },
});
