import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@pulse/domain-people';

/** A calendar date without time or zone, "YYYY-MM-DD"; impossible dates such as 2026-02-30 are rejected. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, "YYYY-MM-DD".',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isIsoDate(value)) throw new GraphQLError('Dates must be real calendar dates written YYYY-MM-DD.');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw new GraphQLError('Dates must be real calendar dates written YYYY-MM-DD.');
    return ast.value;
  },
});
