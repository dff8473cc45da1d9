import type { ApolloServerPlugin } from '@apollo/server';
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';

const NUL = '\u0000';

export const NUL_MESSAGE = 'Text must not contain the NUL character (\\u0000).';

/** The path of the first string containing NUL inside a variables value (nested objects and lists included). */
export function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // A key is a string input too (JSON scalars, unknown input fields).
      if (k.includes(NUL)) return `${path}.${k.replace(NUL, '\\u0000')}`;
      const hit = findNul(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * The literal half of the rule, as a validation rule: every string literal in the document
 * (arguments, nested input objects, lists, variable defaults, directive arguments).
 */
export function noNulInStringLiteralsRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (node.value.includes(NUL)) {
        context.reportError(new GraphQLError(`${NUL_MESSAGE} Found in a string literal of the query.`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }));
      }
    },
  };
}

function refuse(where: string): GraphQLError {
  return new GraphQLError(`${NUL_MESSAGE} Found in ${where}.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/**
 * One rule for every string input: PostgreSQL cannot store NUL in text, so without this an argument
 * that reaches the database fails as an internal error. Variables are checked once the operation is
 * parsed and validated (literals by noNulInStringLiteralsRule during validation), before any resolver
 * or the permission guard runs.
 */
export function noNulInStringsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const inVariables = findNul(request.variables ?? {}, '$variables');
          if (inVariables) throw refuse(`variable ${inVariables.slice('$variables.'.length)}`);
        },
      };
    },
  };
}
