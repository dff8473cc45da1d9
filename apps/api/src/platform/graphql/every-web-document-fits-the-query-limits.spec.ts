import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, parse, print, validate } from 'graphql';
import { KNOWN_LIST_SIZES } from './list-sizes';
import { countDirectives, DEFAULT_LIMITS, MAX_TOKENS, measureOperations, queryLimitsRule } from './query-limits';
import { GRAPHQL_REQUEST_LIMITS } from './request-limits';

const root = path.resolve(__dirname, '../../../../..');
const schema = buildSchema(fs.readFileSync(path.join(root, 'apps/api/schema.gql'), 'utf8'));

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? graphqlFiles(p) : e.name.endsWith('.graphql') ? [p] : [];
  });
}

describe('the dashboard never asks for more than the production limits allow', () => {
  it.each(graphqlFiles(path.join(root, 'apps/web/src')).map((f) => [path.relative(root, f)]))('%s passes depth, alias and cost limits', (file) => {
    const errors = validate(schema, parse(fs.readFileSync(path.join(root, file), 'utf8')), [queryLimitsRule(DEFAULT_LIMITS)]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('passes the token limit, and the character limit also as the client sends it (printed)', () => {
    for (const file of graphqlFiles(path.join(root, 'apps/web/src'))) {
      const text = fs.readFileSync(file, 'utf8');
      expect(() => parse(text, { maxTokens: MAX_TOKENS })).not.toThrow();
      expect(Math.max(text.length, print(parse(text)).length)).toBeLessThan(GRAPHQL_REQUEST_LIMITS.maxQueryChars);
    }
  });

  it('the depth limit is the deepest dashboard operation plus one, so it follows the client', () => {
    const measures = graphqlFiles(path.join(root, 'apps/web/src')).flatMap((f) => measureOperations(schema, parse(fs.readFileSync(f, 'utf8'))));
    const deepest = Math.max(...measures.map((m) => m.depth));
    expect(deepest).toBe(4);
    expect(DEFAULT_LIMITS.maxDepth).toBe(deepest + 1);
  });

  it('the alias and directive limits leave the dashboard room', () => {
    const files = graphqlFiles(path.join(root, 'apps/web/src')).map((f) => parse(fs.readFileSync(f, 'utf8')));
    expect(Math.max(...files.flatMap((d) => measureOperations(schema, d).map((m) => m.aliases)))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxAliases);
    expect(Math.max(...files.map(countDirectives))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDirectives);
  });

  it('every known list size names a list field of the schema', () => {
    for (const key of Object.keys(KNOWN_LIST_SIZES)) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      const field = type && isObjectType(type) ? type.getFields()[fieldName] : undefined;
      expect({ key, found: !!field && getNamedType(field.type) !== field.type }).toEqual({ key, found: true });
    }
  });
});
