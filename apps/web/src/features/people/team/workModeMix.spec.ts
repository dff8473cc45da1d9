import { workModeMix } from './workModeMix';

describe('work-mode mix of a reporting line', () => {
  it('counts each mode in a fixed order with its share', () => {
    const people = [{ workMode: 'REMOTE' }, { workMode: 'OFFICE' }, { workMode: 'REMOTE' }, { workMode: 'REMOTE' }] as const;
    expect(workModeMix(people)).toEqual([
      { workMode: 'REMOTE', count: 3, share: 0.75 },
      { workMode: 'HYBRID', count: 0, share: 0 },
      { workMode: 'OFFICE', count: 1, share: 0.25 },
    ]);
  });

  it('has no shares for an empty line', () => {
    expect(workModeMix([]).every((row) => row.share === 0)).toBe(true);
  });
});
