import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations typed from the server's schema: `npm run codegen` after `npm run schema`.
const config: CodegenConfig = {
  schema: 'src/schema.gql',
  documents: ['src/web/src/**/*.{ts,vue}', '!src/web/src/gql/**'],
  generates: { 'src/web/src/gql/': { preset: 'client', config: { useTypeImports: true, enumsAsTypes: true } } },
};
export default config;
