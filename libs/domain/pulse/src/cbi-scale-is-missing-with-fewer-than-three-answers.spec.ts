import { scoreCbi, scoreCbiScale } from './scoring/cbi';

const customer = (...numbers: number[]) => Object.fromEntries(numbers.map((n) => [`cbi.customer.${n}`, 50]));

describe('a CBI scale with fewer than 3 answered items is missing', () => {
  it.each([
    // SPEC §4.1 test vector: customer scale, 2 of 6 answered
    ['2 of 6 customer items', customer(14, 15), 2],
    ['1 of 6', customer(19), 1],
    ['none answered', {}, 0],
    ['answers given as null', { 'cbi.customer.14': null, 'cbi.customer.15': null, 'cbi.customer.16': 75 }, 1],
  ])('%s → missing', (_name, answers, answered) => {
    expect(scoreCbiScale('customer', answers)).toEqual({
      status: 'missing',
      subscaleId: 'customer',
      answered,
      itemCount: 6,
      minimumAnswered: 3,
    });
  });

  it.each([
    ['3 of 6', customer(14, 15, 16), 3],
    ['6 of 6', customer(14, 15, 16, 17, 18, 19), 6],
  ])('%s → scored', (_name, answers, answered) => {
    expect(scoreCbiScale('customer', answers)).toMatchObject({ status: 'scored', score: 50, answered });
  });

  it('scores each scale on its own and gives no total across scales', () => {
    const result = scoreCbi({ 'cbi.personal.1': 100, 'cbi.personal.2': 100, 'cbi.personal.3': 100, ...customer(14, 15) });
    expect(Object.keys(result)).toEqual(['personal', 'work', 'customer']);
    expect(result.personal).toMatchObject({ status: 'scored', score: 100, band: 'severe' });
    expect(result.work).toMatchObject({ status: 'missing', answered: 0 });
    expect(result.customer).toMatchObject({ status: 'missing', answered: 2 });
  });
});
