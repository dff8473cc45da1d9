import { needsSupportMessage } from './attention/support-message';

describe('support / EAP message after answering: WHO-5 ≤ 28, a severe CBI scale or single-item level 4–5', () => {
  it.each([
    [{ who5: 28 }, true],
    [{ who5: 32 }, false],
    [{ who5: 0 }, true],
    [{ 'cbi.work': 100 }, true],
    [{ 'cbi.personal': 100, who5: 80 }, true],
    [{ 'cbi.customer': 99.99 }, false],
    [{ 'cbi.work': 75 }, false],
    [{ 'single-item-burnout': 4 }, true],
    [{ 'single-item-burnout': 5 }, true],
    [{ 'single-item-burnout': 3 }, false],
    [{ enps: 0 }, false],
    [{}, false],
  ])('%j → %s', (scores, expected) => {
    expect(needsSupportMessage(scores)).toBe(expected);
  });
});
