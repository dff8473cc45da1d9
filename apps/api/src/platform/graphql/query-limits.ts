import {
  GraphQLError,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export type QueryLimits = { maxDepth: number; maxAliases: number; maxCost: number; defaultListSize: number };

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 8, maxAliases: 30, maxCost: 20_000, defaultListSize: 20 };

/**
 * One validation rule for depth, alias and cost limits, so a single walk over the document
 * rejects abusive queries before any resolver runs. Cost: every field costs 1, multiplied by
 * the `first` argument (or `defaultListSize` for lists without it) of each enclosing field.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const multiplier = (field: FieldNode): number => {
      const first = field.arguments?.find((a) => a.name.value === 'first');
      if (first?.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
      const name = field.name.value;
      // Fields returning lists in this schema are plural nouns; anything else counts once.
      return /s$/.test(name) || name === 'children' ? limits.defaultListSize : 1;
    };

    const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): { depth: number; cost: number; aliases: number } => {
      let maxDepth = depth;
      let cost = 0;
      let aliases = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases++;
          if (sel.name.value.startsWith('__')) continue;
          cost += 1;
          if (sel.selectionSet) {
            const inner = walk(sel.selectionSet, depth + 1, seen);
            maxDepth = Math.max(maxDepth, inner.depth);
            cost += multiplier(sel) * inner.cost;
            aliases += inner.aliases;
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const inner = walk(sel.selectionSet, depth, seen);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
          aliases += inner.aliases;
        } else {
          const frag = fragments.get(sel.name.value);
          if (!frag || seen.has(frag.name.value)) continue; // cycles are reported by the standard rules
          const inner = walk(frag.selectionSet, depth, new Set(seen).add(frag.name.value));
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
          aliases += inner.aliases;
        }
      }
      return { depth: maxDepth, cost, aliases };
    };

    return {
      OperationDefinition(node) {
        const r = walk(node.selectionSet, 0, new Set());
        const fail = (msg: string) => context.reportError(new GraphQLError(msg, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX' } }));
        if (r.depth > limits.maxDepth) fail(`Query is nested ${r.depth} levels deep; the limit is ${limits.maxDepth}.`);
        if (r.aliases > limits.maxAliases) fail(`Query uses ${r.aliases} aliases; the limit is ${limits.maxAliases}.`);
        if (r.cost > limits.maxCost) fail(`Query cost ${r.cost} exceeds the limit of ${limits.maxCost}.`);
      },
    };
  };
}
