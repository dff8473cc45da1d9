import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Person { id: ID! manager: Person reports(first: Int): [Person!]! }
  type Page { total: Int! items: [Person!]! }
  type Query { me: Person people(first: Int): [Person!]! directory(first: Int): Page! }
`);
const limits = { maxDepth: 4, maxAliases: 3, maxDirectives: 3, maxCost: 1000, defaultListSize: 20 };
const check = (q: string) => validate(schema, parse(q), [queryLimitsRule(limits)]).map((e) => e.message);

describe('GraphQL depth, alias and cost limits', () => {
  it.each([
    ['a shallow query', '{ me { id manager { id } } }', []],
    ['introspection-only fields', '{ __typename }', []],
  ])('accepts %s', (_n, q, errors) => expect(check(q)).toEqual(errors));

  it('rejects depth beyond the limit, also through fragments', () => {
    expect(check('{ me { manager { manager { manager { manager { id } } } } } }')[0]).toMatch(/nested 5 levels deep; the limit is 4/);
    expect(check('fragment F on Person { manager { manager { manager { id } } } } { me { manager { ...F } } }')[0]).toMatch(/nested 5 levels deep/);
  });

  it('counts aliases', () => {
    expect(check('{ a: me { id } b: me { id } c: me { id } d: me { id } }')[0]).toMatch(/4 aliases; the limit is 3/);
  });

  it('counts directives over the whole document, fragments included', () => {
    expect(check('query($a: Boolean!) { me @include(if: $a) { id @skip(if: $a) manager @include(if: $a) { id } } }')).toEqual([]);
    expect(check('query($a: Boolean!) { me @include(if: $a) { ...F } } fragment F on Person { id @skip(if: $a) manager @include(if: $a) { id @skip(if: $a) } }')[0]).toMatch(
      /4 directives; the limit is 3/,
    );
  });

  it('multiplies cost by list sizes: first: N, or the default for plural fields', () => {
    expect(check('{ people(first: 10) { reports(first: 10) { id } } }')).toEqual([]);
    expect(check('{ people(first: 50) { reports(first: 50) { id } } }')[0]).toMatch(/cost \d+ exceeds the limit of 1000/);
    expect(check('{ people { reports { reports { id } } } }')[0]).toMatch(/exceeds/);
  });

  it('a first on a page object sizes the list inside it once, not twice', () => {
    // 1 (directory) + 1 (total) + 1 (items) + 40 × 2 (id, manager) + 40 × 1 (manager.id) = 123
    expect(check('{ directory(first: 40) { total items { id manager { id } } } }')).toEqual([]);
    // 1 (directory) + 1 (items) + 400 × (1 (id) + 1 (reports) + 20 × 1 (reports.id)) = 8802
    expect(check('{ directory(first: 400) { items { id reports { id } } } }')[0]).toMatch(/cost 8802 exceeds/);
  });

  it('does not loop on a fragment cycle (the standard rules report it)', () => {
    expect(() => check('fragment A on Person { manager { ...B } } fragment B on Person { manager { ...A } } { me { ...A } }')).not.toThrow();
  });
});
