// Sweeps over every string input of the GraphQL schema (schema.gql), for rules that must hold for
// each of them: no NUL byte, no line break in a single-line field.
import fs from 'node:fs';
import path from 'node:path';
import {
  astFromValue,
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
} from 'graphql';

export const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.gql'), 'utf8'));

const VALID: Record<string, unknown> = {
  String: 'x',
  ID: '7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a',
  Date: '2026-03-02',
  DateTime: '2026-03-02T09:00:00Z',
  Int: 1,
  Float: 1,
  Boolean: true,
};

/** One string leaf of one argument: `leaf` is the path of input field names (and `[]` for list items) below `arg`. */
export type SweepCase = { name: string; operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; arg: GraphQLArgument; leaf: string[] };

/**
 * A valid value of `type` with `bad` in the leaf named by `leaf` (a path of input field names and
 * list positions); every other part valid, required fields filled, so only `bad` can be wrong.
 */
export function valueWith(type: GraphQLInputType, leaf: string[] | null, bad: unknown): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [valueWith(t.ofType, leaf && leaf[0] === '[]' ? leaf.slice(1) : null, bad)];
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      const onPath = leaf?.[0] === f.name;
      if (onPath) out[f.name] = valueWith(f.type, leaf!.slice(1), bad);
      else if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = valueWith(f.type, null, bad);
    }
    return out;
  }
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return leaf ? bad : VALID[t.name];
  throw new Error(`no value for ${String(t)}`);
}

/** Every path from an argument's type down to a scalar named in `scalars` (through input objects and lists). */
function leaves(type: GraphQLInputType, scalars: ReadonlySet<string>, seen: Set<string> = new Set()): string[][] {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return leaves(t.ofType, scalars, seen).map((p) => ['[]', ...p]);
  if (isInputObjectType(t)) {
    if (seen.has(t.name)) return [];
    return Object.values(t.getFields()).flatMap((f) => leaves(f.type, scalars, new Set(seen).add(t.name)).map((p) => [f.name, ...p]));
  }
  return isScalarType(t) && scalars.has(t.name) ? [[]] : [];
}

/** Every argument leaf of every query and mutation whose scalar is one of `scalars`, named `mutation signIn(input.email)`. */
export function sweepCases(scalars: ReadonlySet<string>): SweepCase[] {
  const out: SweepCase[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        for (const leaf of leaves(arg.type, scalars)) out.push({ name: `${operation} ${field.name}(${[arg.name, ...leaf].join('.')})`, operation, field, arg, leaf });
      }
    }
  }
  return out;
}

/**
 * The operation with every required argument valid and `c.arg` carrying `bad` at its leaf: through a
 * variable, or written inline. `selection` replaces the default (none for a leaf type, else __typename).
 */
export function sweepRequest(c: SweepCase, bad: unknown, inline: boolean, selection?: string): { query: string; variables: Record<string, unknown> } {
  const args = c.field.args.filter((a) => a === c.arg || (isNonNullType(a.type) && a.defaultValue === undefined));
  // An empty leaf is the argument itself: `bad` is its whole value.
  const values = new Map(args.map((a) => [a, a !== c.arg ? valueWith(a.type, null, bad) : c.leaf.length ? valueWith(a.type, c.leaf, bad) : bad]));
  const named = getNamedType(c.field.type);
  const select = selection ?? (isScalarType(named) || isEnumType(named) ? '' : ' { __typename }');
  if (inline) {
    const literal = (a: GraphQLArgument) => print(astFromValue(values.get(a), a.type)!);
    return { query: `${c.operation} { ${c.field.name}${args.length ? `(${args.map((a) => `${a.name}: ${literal(a)}`).join(', ')})` : ''}${select} }`, variables: {} };
  }
  const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const use = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${c.operation}${decl ? `(${decl})` : ''} { ${c.field.name}${use ? `(${use})` : ''}${select} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, values.get(a)])),
  };
}
