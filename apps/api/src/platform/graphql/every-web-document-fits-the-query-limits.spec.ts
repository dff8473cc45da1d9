import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, parse, validate } from 'graphql';
import { KNOWN_LIST_SIZES } from './list-sizes';
import { DEFAULT_LIMITS, queryLimitsRule } from './query-limits';

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

  it('every known list size names a list field of the schema', () => {
    for (const key of Object.keys(KNOWN_LIST_SIZES)) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      const field = type && isObjectType(type) ? type.getFields()[fieldName] : undefined;
      expect({ key, found: !!field && getNamedType(field.type) !== field.type }).toEqual({ key, found: true });
    }
  });
});
