module.exports = require('../../../tools/jest/preset.cjs').unit(__dirname, 'domain-career');
