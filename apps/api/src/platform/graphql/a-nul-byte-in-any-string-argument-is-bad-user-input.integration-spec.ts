import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
  astFromValue,
} from 'graphql';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.gql'), 'utf8'));

/** Scalars whose values travel as strings: each can carry a NUL. */
const STRING_LIKE = new Set(['String', 'ID', 'Date', 'DateTime']);
const VALID: Record<string, unknown> = {
  String: 'x',
  ID: '7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a',
  Date: '2026-03-02',
  DateTime: '2026-03-02T09:00:00Z',
  Int: 1,
  Float: 1,
  Boolean: true,
};
const NUL_VALUE = 'a\u0000b';

type Case = { name: string; operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; arg: GraphQLArgument; value: unknown };

/**
 * A valid value of `type` with NUL in the leaf named by `leaf` (a path of input field names and list
 * positions); every other part valid, required fields filled, so only the NUL can be wrong.
 */
function valueWith(type: GraphQLInputType, leaf: string[] | null): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [valueWith(t.ofType, leaf && leaf[0] === '[]' ? leaf.slice(1) : null)];
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      const onPath = leaf?.[0] === f.name;
      if (onPath) out[f.name] = valueWith(f.type, leaf!.slice(1));
      else if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = valueWith(f.type, null);
    }
    return out;
  }
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return leaf ? NUL_VALUE : VALID[t.name];
  throw new Error(`no value for ${String(t)}`);
}

/** Every path from an argument's type down to a string-like scalar (through input objects and lists). */
function stringLeaves(type: GraphQLInputType, seen: Set<string> = new Set()): string[][] {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return stringLeaves(t.ofType, seen).map((p) => ['[]', ...p]);
  if (isInputObjectType(t)) {
    if (seen.has(t.name)) return [];
    return Object.values(t.getFields()).flatMap((f) => stringLeaves(f.type, new Set(seen).add(t.name)).map((p) => [f.name, ...p]));
  }
  return isScalarType(t) && STRING_LIKE.has(t.name) ? [[]] : [];
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        for (const leaf of stringLeaves(arg.type)) {
          out.push({ name: `${operation} ${field.name}(${[arg.name, ...leaf].join('.')})`, operation, field, arg, value: valueWith(arg.type, leaf) });
        }
      }
    }
  }
  return out;
}

/** The operation with every required argument valid and `c.arg` as given: through a variable, or written inline. */
function request(c: Case, inline: boolean): { query: string; variables: Record<string, unknown> } {
  const args = c.field.args.filter((a) => a === c.arg || (isNonNullType(a.type) && a.defaultValue === undefined));
  const values = new Map(args.map((a) => [a, a === c.arg ? c.value : valueWith(a.type, null)]));
  const named = getNamedType(c.field.type);
  // A leaf-typed result needs no selection; an object needs one field.
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  if (inline) {
    const literal = (a: GraphQLArgument) => print(astFromValue(values.get(a), a.type)!);
    return { query: `${c.operation} { ${c.field.name}${args.length ? `(${args.map((a) => `${a.name}: ${literal(a)}`).join(', ')})` : ''}${selection} }`, variables: {} };
  }
  const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const use = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${c.operation}${decl ? `(${decl})` : ''} { ${c.field.name}${use ? `(${use})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, values.get(a)])),
  };
}

describe('a NUL byte in any string argument is BAD_USER_INPUT, never an internal error', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: string;
  const all = cases();
  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'acme');
    admin = await t.signIn(org.email('head'));
  });
  afterAll(() => t.close());

  it('the sweep covers the arguments known to have failed, and nested input fields', () => {
    const names = all.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['mutation signIn(input.email)', 'query people(filter.search)', 'mutation createPulseProgram(input.itemIds.[])', 'mutation submitPulseResponse(input.answers.[].itemId)']));
    expect(all.length).toBeGreaterThan(30);
  });

  it.each(all.map((c) => [c.name, c]))('%s (as a variable and as an inline literal)', async (_name, c) => {
    for (const inline of [false, true]) {
      const { query, variables } = request(c as Case, inline);
      const r = await t.gql(query, variables, admin);
      const errors = (r.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message }));
      expect({ inline, status: r.status, nul: errors.filter((e) => /must not contain the NUL character/.test(e.message)) }).toEqual({
        inline,
        status: 400,
        nul: [{ code: 'BAD_USER_INPUT', message: expect.any(String) }],
      });
      // Only client errors: a literal may also break its scalar's own rule (a date), never the server.
      expect(errors.filter((e) => e.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
      if (!inline) expect(errors).toHaveLength(1);
    }
  });

  it('without the NUL the same requests are not refused by this rule (the sweep tests the NUL, not its scaffolding)', async () => {
    const signIn = all.find((c) => c.name === 'mutation signIn(input.password)')!;
    const clean = request({ ...signIn, value: { email: 'nobody@acme.test', password: 'x' } }, false);
    const r = await t.gql(clean.query, clean.variables);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const search = request({ ...all.find((c) => c.name === 'query people(filter.search)')!, value: { search: 'x' } }, true);
    expect((await t.gql(search.query, search.variables, admin)).errors).toBeUndefined();
  });
});
