import { validateK } from './OrganisationPage';

describe('confidentiality threshold k (SPEC §4.3, issue 9: a whole number from 3 to 10)', () => {
  it.each<[number | string, ReturnType<typeof validateK>]>([
    [3, null],
    [5, null],
    [10, null],
    [11, 'kTooLarge'],
    [50, 'kTooLarge'],
    [2, 'kTooSmall'],
    [0, 'kTooSmall'],
    [-4, 'kTooSmall'],
    [3.5, 'kNotWhole'],
    ['', 'kNotWhole'],
  ])('%p → %p', (value, expected) => {
    expect(validateK(value)).toBe(expected);
  });
});
