import { wrapLabel } from './wrapLabel';

describe('SVG labels', () => {
  it.each([
    { text: 'Agent I', max: 16, lines: 2, out: ['Agent I'] },
    { text: 'Specialist / Tier 2', max: 12, lines: 2, out: ['Specialist /', 'Tier 2'] },
    { text: 'Senior Customer Support Specialist', max: 12, lines: 2, out: ['Senior', 'Customer…'] },
    { text: '高级客服专员', max: 4, lines: 2, out: ['高级客服', '专员'] },
    { text: '高级客服专员一二三', max: 4, lines: 2, out: ['高级客服', '专员一…'] },
    { text: 'Supercalifragilistic', max: 8, lines: 2, out: ['Supercal', 'ifragil…'] },
  ])('$text → $out', ({ text, max, lines, out }) => {
    expect(wrapLabel(text, max, lines)).toEqual(out);
  });
});
