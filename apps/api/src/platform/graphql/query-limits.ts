import {
  GraphQLError,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLNamedType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { KNOWN_LIST_SIZES } from './list-sizes';

export type QueryLimits = { maxDepth: number; maxAliases: number; maxCost: number; defaultListSize: number };

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 8, maxAliases: 30, maxCost: 20_000, defaultListSize: 20 };

/**
 * One validation rule for depth, alias and cost limits, so a single walk over the document
 * rejects abusive queries before any resolver runs. Cost: every field costs 1, multiplied by
 * the `first` argument (or, for list-typed fields without it, the size the domain bounds the list to
 * in KNOWN_LIST_SIZES, else `defaultListSize`) of each enclosing field.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const schema = context.getSchema();
    /** The field's definition on `parent`, when the schema knows it (unknown fields are other rules' business). */
    const fieldType = (parent: GraphQLNamedType | null | undefined, field: FieldNode) =>
      parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[field.name.value]?.type : undefined;

    const firstArg = (field: FieldNode): number | undefined => {
      const first = field.arguments?.find((a) => a.name.value === 'first');
      return first?.value.kind === Kind.INT ? Math.max(1, Number(first.value.value)) : undefined;
    };

    /**
     * `pageSize` is a `first` given on an enclosing page object (people(first: 50) { items { … } }):
     * it sizes the list inside that page, so a page is not counted twice.
     */
    const walk = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depth: number, seen: Set<string>, pageSize?: number): { depth: number; cost: number; aliases: number } => {
      let maxDepth = depth;
      let cost = 0;
      let aliases = 0;
      const add = (inner: { depth: number; cost: number; aliases: number }, times: number) => {
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += times * inner.cost;
        aliases += inner.aliases;
      };
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases++;
          if (sel.name.value.startsWith('__')) continue;
          cost += 1;
          if (sel.selectionSet) {
            const type = fieldType(parent, sel);
            const named = type ? getNamedType(type) : null;
            const first = firstArg(sel);
            const known = parent ? KNOWN_LIST_SIZES[`${parent.name}.${sel.name.value}`] : undefined;
            if (type && isListType(getNullableType(type))) add(walk(sel.selectionSet, named, depth + 1, seen), first ?? pageSize ?? known ?? limits.defaultListSize);
            else add(walk(sel.selectionSet, named, depth + 1, seen, first), 1);
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
          add(walk(sel.selectionSet, cond, depth, seen, pageSize), 1);
        } else {
          const frag = fragments.get(sel.name.value);
          if (!frag || seen.has(frag.name.value)) continue; // cycles are reported by the standard rules
          add(walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value), depth, new Set(seen).add(frag.name.value), pageSize), 1);
        }
      }
      return { depth: maxDepth, cost, aliases };
    };

    return {
      OperationDefinition(node) {
        const root = node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        const r = walk(node.selectionSet, root, 0, new Set());
        const fail = (msg: string) => context.reportError(new GraphQLError(msg, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX' } }));
        if (r.depth > limits.maxDepth) fail(`Query is nested ${r.depth} levels deep; the limit is ${limits.maxDepth}.`);
        if (r.aliases > limits.maxAliases) fail(`Query uses ${r.aliases} aliases; the limit is ${limits.maxAliases}.`);
        if (r.cost > limits.maxCost) fail(`Query cost ${r.cost} exceeds the limit of ${limits.maxCost}.`);
      },
    };
  };
}
