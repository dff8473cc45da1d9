import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server (HOUSE-STYLE: GraphQL).
// Paths are relative to the repository root, where `npm run codegen` runs.
const config: CodegenConfig = {
  schema: process.env.PULSE_SCHEMA ?? 'apps/api/schema.gql',
  // Operations live in `.graphql` files beside their feature and are imported as `XDocument` from
  // `src/gql/graphql`, which tree-shakes: each lazy area ships only its own operations (the preset's
  // `graphql()` lookup map would put every operation in the initial bundle).
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
    // The sign-in page and the start-up session check run before Apollo Client is loaded (it lives in
    // the signed-in chunk, see docs/adr/0003), so their operations are also generated as plain strings.
    'apps/web/src/gql/boot/': {
      documents: ['apps/web/src/app/session.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
