import { ALL, auditPublication, ORG } from './auditor';

describe('figures that contradict each other are reported', () => {
  it.each([
    {
      name: 'the same cell with two different counts',
      cells: [
        { team: 'T', workMode: ALL, tenureBand: ALL, n: 9 },
        { team: 'T', workMode: ALL, tenureBand: ALL, n: 10 },
      ],
    },
    {
      name: 'a parent whose count is not the sum of its parts',
      cells: [
        { team: ORG, workMode: ALL, tenureBand: ALL, n: 10 },
        { team: 'T', workMode: ALL, tenureBand: ALL, n: 9 },
        { team: ORG, workMode: ALL, tenureBand: 'NEW', n: 0 },
        { team: ORG, workMode: ALL, tenureBand: 'SETTLED', n: 9 },
      ],
    },
  ])('$name', ({ cells }) => {
    const report = auditPublication({ k: 5, teams: [{ key: 'T', parent: null }], workModes: ['REMOTE'], tenureBands: ['NEW', 'SETTLED'], cells });
    expect(report.inconsistencies).not.toEqual([]);
  });
});
