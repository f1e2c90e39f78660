import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';

// Layers (STYLE.md): shared ← domain ← doc ← {server, web, cli}. Each zone lists what a
// folder may not import; import-x/no-cycle forbids circular imports everywhere.
const zone = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'net', 'child_process', 'url'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'tsconfig.web.json', 'tsconfig.test.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  zone(
    ['src/shared/**'],
    ['**/domain/**', '**/doc/**', '**/server/**', '**/web/**', '**/cli/**', ...nodeBuiltins],
    'src/shared imports nothing of src and no Node built-ins.',
  ),
  zone(
    ['src/domain/**'],
    ['**/doc/**', '**/server/**', '**/web/**', '**/cli/**', 'yjs', ...nodeBuiltins],
    'src/domain is pure: shared only, no Node, no Yjs.',
  ),
  zone(['src/doc/**'], ['**/server/**', '**/web/**', '**/cli/**', ...nodeBuiltins], 'src/doc may import shared, domain and yjs only.'),
  zone(['src/server/**'], ['**/web/**', '**/cli/**'], 'src/server may not import web or cli.'),
  zone(['src/web/**'], ['**/server/**', '**/cli/**', ...nodeBuiltins], 'src/web runs in the browser: no server, cli or Node built-ins.'),
  zone(['src/cli/**'], ['**/web/**'], 'src/cli may not import web.'),
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Tests read answers whose shape is the thing under test; `any` keeps the assertions readable.
  { files: ['test/**', 'e2e/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
