import {
  GraphQLError,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  visit,
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

export type QueryLimits = { maxDepth: number; maxAliases: number; maxDirectives: number; maxCost: number; defaultListSize: number };

/**
 * Derived from the dashboard, the only client: depth is its deepest operation plus one
 * (every-web-document-fits-the-query-limits.spec.ts fails when the two drift apart), aliases and
 * directives leave room for hand-written queries without letting one request fan out.
 */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 5, maxAliases: 15, maxDirectives: 50, maxCost: 20_000, defaultListSize: 20 };

/** Tokens per document (graphql-js parse option): the lexer stops there, so padding or repetition costs nothing more. */
export const MAX_TOKENS = 1_000;

export type OperationMeasure = { name: string | null; depth: number; aliases: number; cost: number };

/**
 * Depth, aliases and estimated cost of each operation of a document. Cost: every field costs 1,
 * multiplied by the `first` argument (or, for list-typed fields without it, the size the domain
 * bounds the list to in KNOWN_LIST_SIZES, else `defaultListSize`) of each enclosing field.
 */
export function measureOperations(schema: GraphQLSchema, document: DocumentNode, defaultListSize = DEFAULT_LIMITS.defaultListSize): Array<OperationMeasure & { node: OperationDefinitionNode }> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

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
          if (type && isListType(getNullableType(type))) add(walk(sel.selectionSet, named, depth + 1, seen), first ?? pageSize ?? known ?? defaultListSize);
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

  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((node) => {
      const root = node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
      return { node, name: node.name?.value ?? null, ...walk(node.selectionSet, root, 0, new Set()) };
    });
}

/** Directives used anywhere in the document (operations and fragments). */
export function countDirectives(document: DocumentNode): number {
  let n = 0;
  visit(document, {
    [Kind.DIRECTIVE]() {
      n++;
    },
  });
  return n;
}

/**
 * One validation rule for depth, alias, directive and cost limits, so abusive queries are rejected
 * before any resolver runs.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fail = (msg: string, node: ASTNode) => context.reportError(new GraphQLError(msg, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX' } }));
    return {
      Document(doc) {
        const directives = countDirectives(doc);
        if (directives > limits.maxDirectives) fail(`Query uses ${directives} directives; the limit is ${limits.maxDirectives}.`, doc);
        for (const r of measureOperations(context.getSchema(), doc, limits.defaultListSize)) {
          if (r.depth > limits.maxDepth) fail(`Query is nested ${r.depth} levels deep; the limit is ${limits.maxDepth}.`, r.node);
          if (r.aliases > limits.maxAliases) fail(`Query uses ${r.aliases} aliases; the limit is ${limits.maxAliases}.`, r.node);
          if (r.cost > limits.maxCost) fail(`Query cost ${r.cost} exceeds the limit of ${limits.maxCost}.`, r.node);
        }
      },
    };
  };
}
