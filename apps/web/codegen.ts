import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server (HOUSE-STYLE: GraphQL).
// Paths are relative to the repository root, where `npm run codegen` runs.
const config: CodegenConfig = {
  schema: process.env.PULSE_SCHEMA ?? 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
