import {
  getNamedType, getNullableType, isEnumType, isListType, isObjectType, Kind, parse,
  type FieldNode, type GraphQLOutputType, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';

/**
 * In-memory data shaped exactly like the answer to `query` under `schema`: every selected field,
 * lists as long as the nearest `first` argument (else 20). Values are plausible sizes (UUID ids,
 * short names) so the bare server serialises about as many bytes as the API.
 */
export function sampleData(schema: GraphQLSchema, query: string): Record<string, unknown> {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation in the query');
  const root = schema.getQueryType()!;
  let counter = 0;
  const scalar = (name: string, field: string): unknown => {
    counter++;
    switch (name) {
      case 'ID':
        return `0190c0de-${String(counter).padStart(4, '0')}-7000-8000-${String(counter).padStart(12, '0')}`;
      case 'Int':
        return 42;
      case 'Float':
        return 87.5;
      case 'Boolean':
        return true;
      case 'Date':
        return '2026-01-05';
      case 'DateTime':
        return '2026-01-05T09:00:00.000Z';
      case 'JSON':
        return {};
      default:
        return field === 'path' ? 'Support / EMEA / Kraków / Billing' : `${field[0].toUpperCase()}${field.slice(1)} ${counter}`;
    }
  };
  const firstOf = (node: FieldNode): number | undefined => {
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    return arg?.value.kind === Kind.INT ? Number(arg.value.value) : undefined;
  };
  const build = (type: GraphQLOutputType, node: FieldNode, listSize: number | undefined): unknown => {
    const t = getNullableType(type);
    if (isListType(t)) {
      return Array.from({ length: listSize ?? 20 }, () => build(t.ofType as GraphQLOutputType, node, undefined));
    }
    const named = getNamedType(t);
    if (isObjectType(named)) return object(named.getFields(), node.selectionSet!, listSize);
    if (isEnumType(named)) return named.getValues()[0].name;
    return scalar(named.name, node.name.value);
  };
  const object = (fields: ReturnType<typeof root.getFields>, set: SelectionSetNode, listSize: number | undefined) => {
    const out: Record<string, unknown> = {};
    for (const sel of set.selections) {
      if (sel.kind !== Kind.FIELD || sel.name.value.startsWith('__')) continue;
      const f = fields[sel.name.value];
      if (!f) throw new Error(`field ${sel.name.value} is not in the schema`);
      out[sel.name.value] = build(f.type, sel, firstOf(sel) ?? listSize);
    }
    return out;
  };
  return object(root.getFields(), op.selectionSet, undefined);
}
