import { nextStatuses } from './triage';

describe('idea triage', () => {
  it.each([
    ['NEW', ['ACCEPTED', 'DECLINED']],
    ['ACCEPTED', ['DONE', 'DECLINED']],
    ['DONE', []],
    ['DECLINED', []],
  ] as const)('%s → %j', (status, next) => {
    expect(nextStatuses(status)).toEqual(next);
  });
});
