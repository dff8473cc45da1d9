// Records each Jest run's totals in tmp/test-results so `npm test` can print one
// "N passed, N failed" line across all tiers (CI reads that line).
const fs = require('node:fs');
const path = require('node:path');

class CountReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }
  onRunComplete(_contexts, results) {
    const dir = path.join(__dirname, '..', '..', 'tmp', 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    const name = `${process.env.TEST_TIER ?? 'jest'}-${path.basename(this.globalConfig.rootDir)}-${process.pid}.json`;
    // Suites that failed to run (syntax error, setup crash) count as failures too.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    fs.writeFileSync(
      path.join(dir, name),
      JSON.stringify({ rootDir: this.globalConfig.rootDir, passed: results.numPassedTests, failed, skipped: results.numPendingTests }),
    );
  }
}
module.exports = CountReporter;
