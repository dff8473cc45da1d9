import { GraphQLScalarType } from 'graphql';

/** Opaque JSON, output only (audit details). */
const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Arbitrary JSON (output only).',
  serialize: (v) => v,
  parseValue: () => {
    throw new TypeError('JSON is output only');
  },
  parseLiteral: () => {
    throw new TypeError('JSON is output only');
  },
});
export default GraphQLJSON;
