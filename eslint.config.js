import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';

import localRules from './eslint-rules/index.js';

// Layers (STYLE.md): shared ← domain ← doc ← {server, web, cli}. Each zone names what a folder
// may not import. import-x/no-restricted-paths works on resolved paths, so it sees static
// imports, re-exports and dynamic import() alike (no-restricted-imports sees only the first
// two). import-x/no-cycle forbids circular imports everywhere; local/no-type-cycle adds the
// cycles that pass through a type-only import, which no-cycle skips.
const layer = (target, from, message) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message });
const layers = [
  layer('shared', ['domain', 'doc', 'server', 'web', 'cli'], 'src/shared imports nothing of src.'),
  layer('domain', ['doc', 'server', 'web', 'cli'], 'src/domain is pure: shared only.'),
  layer('doc', ['server', 'web', 'cli'], 'src/doc may import shared, domain and yjs only.'),
  layer('server', ['web', 'cli'], 'src/server may not import web or cli.'),
  layer('web', ['server', 'cli'], 'src/web runs in the browser: no server or cli.'),
  layer('cli', ['web'], 'src/cli may not import web.'),
];
const noReact = 'src/web/collab/core is framework-free: no React (collab/useBoard is its React wrapper).';
// Inside src/web, imports point one way (src/web/README.md, "Layers inside web"): each folder
// may import the ones before it, never one after it. api.ts, apiTypes.ts, labels.ts, hooks/,
// session/ and i18n/ sit under all of them. A board kind may take from boards/ only the props
// contract it is given (boardContentProps.ts); the map shows the quick notes, never the
// other way round.
const webOrder = ['collab', 'ui', 'facilitation', 'kinds', 'boards', ['workspace', 'plenary', 'components', 'atlas'], 'pages'];
const kinds = ['map', 'canvas', 'reflection', 'quicknotes'];
const webFolders = (step) => (step === 'kinds' ? kinds : [step].flat());
const webZone = (target, from, extra = {}) => ({
  target: `./src/web/${target}`,
  from: from.map((f) => `./src/web/${f}`),
  message: `src/web/${target} may not import this: imports inside web point one way (src/web/README.md).`,
  ...extra,
});
const webLayers = [
  ...['hooks', 'session', 'i18n'].map((folder) => webZone(folder, webOrder.flatMap(webFolders))),
  ...webOrder.flatMap((step, i) => {
    const above = webOrder.slice(i + 1).flatMap(webFolders);
    const beside = Array.isArray(step) ? step : [];
    return webFolders(step).flatMap((folder) => {
      const others = beside.filter((f) => f !== folder);
      const from = [...above, ...others];
      if (step !== 'kinds') return from.length ? [webZone(folder, from)] : [];
      return [
        webZone(
          folder,
          from.filter((f) => f !== 'boards'),
        ),
        webZone(folder, ['boards'], { except: ['./boardContentProps.ts'] }),
      ];
    });
  }),
  webZone('quicknotes', ['map', 'canvas', 'reflection']),
];
// No Node built-ins (node:* or bare, static or dynamic) where code must run anywhere.
const noNode = (files) => ({ files, rules: { 'import-x/no-nodejs-modules': 'error' } });

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
      'import-x/no-restricted-paths': ['error', { zones: [...layers, ...webLayers] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**'],
    plugins: { local: localRules },
    rules: { 'local/no-type-cycle': 'error' },
  },
  noNode(['src/shared/**', 'src/domain/**', 'src/doc/**', 'src/web/**']),
  {
    // src/domain is pure (no Yjs): Yjs documents are src/doc's.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'yjs', message: 'src/domain is pure: no Yjs (src/doc holds the documents).' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportExpression[source.value='yjs']", message: 'src/domain is pure: no Yjs (src/doc holds the documents).' },
      ],
    },
  },
  {
    // src/web/collab/core is the board session without React (as xyflow keeps `system` apart
    // from `react`): the hooks in collab/ wrap it, nothing in it may import React.
    files: ['src/web/collab/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^react(-dom)?(/|$)', message: noReact }] }],
      'no-restricted-syntax': ['error', { selector: 'ImportExpression[source.value=/^react(-dom)?(\\/|$)/]', message: noReact }],
    },
  },
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Text a person reads comes from the message catalogues (docs/i18n.md): every component of
    // the web app. A word that is the same in every language (the product's name) is a constant.
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { local: localRules },
    rules: { 'local/no-jsx-text': 'error' },
  },
  // Tests read answers whose shape is the thing under test; `any` keeps the assertions readable.
  { files: ['test/**', 'e2e/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
