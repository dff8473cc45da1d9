import { cursorPager } from './cursorPager';

describe('cursor pager', () => {
  it.each([
    { stack: [null], next: 'c1', hasPrevious: false, hasNext: true, after: [null, 'c1'], before: [null] },
    { stack: [null, 'c1'], next: 'c2', hasPrevious: true, hasNext: true, after: [null, 'c1', 'c2'], before: [null] },
    { stack: [null, 'c1', 'c2'], next: null, hasPrevious: true, hasNext: false, after: [null, 'c1', 'c2'], before: [null, 'c1'] },
  ])('on page $stack.length', ({ stack, next, hasPrevious, hasNext, after, before }) => {
    const pager = cursorPager(stack, next);
    expect(pager.hasPrevious).toBe(hasPrevious);
    expect(pager.hasNext).toBe(hasNext);
    expect(pager.next()).toEqual(after);
    expect(pager.previous()).toEqual(before);
  });
});
