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
    // Text a person reads comes from the message catalogues (docs/i18n.md). The pages converted
    // so far; widen this list as each page is converted, until it is all of src/web.
    files: [
      'src/web/i18n/**/*.tsx',
      'src/web/pages/JoinPage.tsx',
      'src/web/components/Layout.tsx',
      'src/web/components/SiteHeader.tsx',
      'src/web/components/LanguageMenu.tsx',
      'src/web/canvas/{CanvasView,CanvasGrid,SectionCard,SectionGuidance,SectionStatus,ProgressSummary,ReviewBadge,AddNoteForm,NoteCard,NoteEditForm,NoteMoveControls,NoteColourPicker,NoteVotes,NoteOptions,ActionForm,ActionRow,ActionsList,CanvasBar,CanvasPanel,ReviewDateForm,MapDatasets,LinkedMapConnection,SettingsPanel,VersionsPanel,VersionDiff,SaveVersionForm,FilesPanel,ImportCanvas}.tsx',
      'src/web/canvas/{canvasText,datasetWords,priorityLabels,problemText,noteColours,dates}.ts',
      'src/web/components/retention/WhatWeKeep.tsx',
      'src/web/pages/AtlasPage.tsx',
      'src/web/atlas/*.tsx',
      'src/web/atlas/atlasWords.ts',
      'src/web/components/facilitator/WorkshopLanguageField.tsx',
      'src/web/pages/WorkshopHome.tsx',
      'src/web/components/AgendaList.tsx',
      'src/web/components/BoardList.tsx',
      'src/web/components/PeopleList.tsx',
      'src/web/components/YourGroup.tsx',
      'src/web/components/retention/RemoveMyName.tsx',
      'src/web/labels.ts',
      'src/web/facilitation/LiveBar.tsx',
      'src/web/facilitation/LiveHeader.tsx',
      'src/web/facilitation/liveText.ts',
      'src/web/facilitation/TimerDisplay.tsx',
      'src/web/facilitation/FollowToggle.tsx',
      'src/web/facilitation/HandButton.tsx',
      'src/web/facilitation/ReactionMenu.tsx',
      'src/web/facilitation/ReactionButtons.tsx',
      'src/web/facilitation/ReactionLayer.tsx',
      'src/web/facilitation/reactionNames.ts',
      'src/web/facilitation/SoundToggle.tsx',
      'src/web/facilitation/RemovedNotice.tsx',
      'src/web/facilitation/LiveNotice.tsx',
      'src/web/reflection/ReflectionBoard.tsx',
      'src/web/reflection/ReflectionColumnView.tsx',
      'src/web/reflection/ReflectionNoteCard.tsx',
      'src/web/reflection/AddReflectionNote.tsx',
      'src/web/reflection/columnNames.ts',
      'src/web/pages/LandingPage.tsx',
      'src/web/pages/BookPage.tsx',
      'src/web/pages/bookingFields.ts',
      'src/web/pages/NotFoundPage.tsx',
      'src/web/facilitation/FacilitatorBar.tsx',
      'src/web/facilitation/AgendaControl.tsx',
      'src/web/facilitation/GatherButton.tsx',
      'src/web/facilitation/HandsList.tsx',
      'src/web/facilitation/LiveStatusLine.tsx',
      'src/web/facilitation/SpotlightControl.tsx',
      'src/web/facilitation/TimerControls.tsx',
      'src/web/facilitation/VotingControl.tsx',
      'src/web/facilitation/places.ts',
      'src/web/components/NotSignedIn.tsx',
      'src/web/components/RequireSession.tsx',
      'src/web/pages/BoardPage.tsx',
      'src/web/pages/SignInPage.tsx',
      'src/web/pages/AudiencePage.tsx',
      'src/web/quicknotes/QuickNotes.tsx',
      'src/web/quicknotes/QuickNotesBoard.tsx',
      'src/web/pages/PlenaryPage.tsx',
      'src/web/plenary/**/*.tsx',
      'src/web/facilitation/CommentForm.tsx',
      'src/web/facilitation/CommentsList.tsx',
      'src/web/facilitation/SpotlightStepper.tsx',
      'src/web/ui/Loading.tsx',
      'src/web/ui/lazyPart.tsx',
      'src/web/App.tsx',
      'src/web/components/import/**/*.tsx',
      'src/web/ui/ConnectionBadge.tsx',
      'src/web/workspace/WorkspaceHeader.tsx',
      'src/web/workspace/PresenceBar.tsx',
      'src/web/workspace/BoardLockButton.tsx',
      'src/web/facilitation/PeopleHere.tsx',
      'src/web/facilitation/VoteButton.tsx',
      'src/web/facilitation/VoteBanner.tsx',
      'src/web/facilitation/VoteResults.tsx',
      'src/web/facilitation/notVotingReason.ts',
      'src/web/facilitation/useBoardVoting.ts',
      'src/web/facilitation/PrivateRoundPanel.tsx',
      'src/web/ui/WorkspacePanel.tsx',
      'src/web/map/MapEditor.tsx',
      'src/web/map/NewActorPrompt.tsx',
      'src/web/map/ConfirmDelete.tsx',
      'src/web/map/Legend.tsx',
      'src/web/map/toolbar/*.tsx',
      'src/web/map/nodes/*.tsx',
      'src/web/map/canvas/*.tsx',
      'src/web/map/detail/*.tsx',
      'src/web/map/flow/*.tsx',
      'src/web/map/panels/*.tsx',
      'src/web/map/findings/*.tsx',
      'src/web/map/versions/*.tsx',
      'src/web/map/export/*.tsx',
      'src/web/map/audience/AudiencePanel.tsx',
      'src/web/map/audience/AudienceLinkControl.tsx',
      'src/web/components/facilitator/*.tsx',
      'src/web/components/projectNames.ts',
      'src/web/components/retention/RetentionNotice.tsx',
      'src/web/ui/CopyButton.tsx',
      'src/web/pages/FacilitatorHome.tsx',
      'src/web/components/NewWorkshopForm.tsx',
      'src/web/components/TemplatePicker.tsx',
      'src/web/components/BoardPlacementFields.tsx',
      'src/web/pages/BookingsInbox.tsx',
      'src/web/map/audience/SuggestForm.tsx',
    ],
    plugins: { local: localRules },
    rules: { 'local/no-jsx-text': 'error' },
  },
  // Tests read answers whose shape is the thing under test; `any` keeps the assertions readable.
  { files: ['test/**', 'e2e/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
