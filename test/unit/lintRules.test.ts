import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js (STYLE.md: shared ← domain ← doc ← {server, web, cli}),
 * run through ESLint's Node API on small fixture texts linted as if they lived in src/.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('lint: layers', () => {
  it('refuses a dynamic import() from src/domain into src/server', async () => {
    const found = await problems('src/domain/lintFixture.ts', "export const load = () => import('../server/buildServer.js');\n");
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/domain is pure/)]);
  });

  it('refuses a dynamic import() from src/web into src/cli, and a static one into src/server', async () => {
    expect(await problems('src/web/lintFixture.ts', "export const load = () => import('../cli/command.js');\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/web runs in the browser/),
    ]);
    expect(await problems('src/web/lintFixture.ts', "export { buildServer } from '../server/buildServer.js';\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: /),
    ]);
  });

  it('lets src/server import src/domain dynamically (the allowed direction)', async () => {
    expect(await problems('src/server/lintFixture.ts', "export const load = () => import('../domain/index.js');\n")).toEqual([]);
  });

  it('refuses Node built-ins in src/domain, src/doc and src/shared, with or without node:, static or dynamic', async () => {
    const cases: [string, string][] = [
      ['src/domain/lintFixture.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
      ['src/doc/lintFixture.ts', "import { join } from 'path';\nexport const joined = join;\n"],
      ['src/shared/lintFixture.ts', "export const load = () => import('node:crypto');\n"],
      ['src/domain/lintFixture.ts', "export const load = () => import('worker_threads');\n"],
    ];
    for (const [filePath, code] of cases)
      expect(await problems(filePath, code), code).toEqual([expect.stringMatching(/^import-x\/no-nodejs-modules: /)]);
  });

  it('refuses Yjs in src/domain, imported statically or dynamically', async () => {
    expect(await problems('src/domain/lintFixture.ts', "import * as Y from 'yjs';\nexport const Doc = Y.Doc;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: /),
    ]);
    expect(await problems('src/domain/lintFixture.ts', "export const load = () => import('yjs');\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: /),
    ]);
  });
});

describe('lint: the board session core has no React', () => {
  it('refuses React in src/web/collab/core, imported statically or dynamically', async () => {
    expect(
      await problems('src/web/collab/core/lintFixture.ts', "import { useState } from 'react';\nexport const use = useState;\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*framework-free/)]);
    expect(await problems('src/web/collab/core/lintFixture.ts', "export const load = () => import('react-dom/client');\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: .*framework-free/),
    ]);
  });

  it('lets the hooks beside it use React', async () => {
    expect(await problems('src/web/collab/lintFixture.ts', "import { useState } from 'react';\nexport const use = useState;\n")).toEqual(
      [],
    );
  });
});

describe('lint: imports inside src/web point one way', () => {
  const refused = /^import-x\/no-restricted-paths: .*imports inside web point one way/;

  it('refuses facilitation/ importing components/, and ui/ importing facilitation/', async () => {
    expect(
      await problems('src/web/facilitation/lintFixture.ts', "export { NewWorkshopForm } from '../components/NewWorkshopForm.js';\n"),
    ).toEqual([expect.stringMatching(refused)]);
    expect(await problems('src/web/ui/lintFixture.ts', "export { VoteButton } from '../facilitation/VoteButton.js';\n")).toEqual([
      expect.stringMatching(refused),
    ]);
  });

  it('refuses a dynamic import() against the direction: facilitation/ loading boards/, collab/ loading a page', async () => {
    expect(
      await problems('src/web/facilitation/lintFixture.ts', "export const load = () => import('../boards/BoardContent.js');\n"),
    ).toEqual([expect.stringMatching(refused)]);
    expect(await problems('src/web/collab/lintFixture.ts', "export const load = () => import('../pages/BoardPage.js');\n")).toEqual([
      expect.stringMatching(refused),
    ]);
  });

  it('lets a board kind take only the props contract from boards/, and the map (not the quick notes) the other kind', async () => {
    expect(
      await problems('src/web/canvas/lintFixture.ts', "export type { BoardContentProps } from '../boards/boardContentProps.js';\n"),
    ).toEqual([]);
    expect(await problems('src/web/canvas/lintFixture.ts', "export { BoardContent } from '../boards/BoardContent.js';\n")).toEqual([
      expect.stringMatching(refused),
    ]);
    expect(await problems('src/web/map/lintFixture.ts', "export { QuickNotesBoard } from '../quicknotes/QuickNotesBoard.js';\n")).toEqual(
      [],
    );
    expect(await problems('src/web/quicknotes/lintFixture.ts', "export { MapEditor } from '../map/MapEditor.js';\n")).toEqual([
      expect.stringMatching(refused),
    ]);
  });

  it('lets each folder import the ones before it', async () => {
    const allowed: [string, string][] = [
      ['src/web/ui/lintFixture.ts', "export type { ConnectionStatus } from '../collab/index.js';\n"],
      ['src/web/facilitation/lintFixture.ts', "export { Badge } from '../ui/Badge.js';\n"],
      ['src/web/workspace/lintFixture.ts', "export { BoardContent } from '../boards/BoardContent.js';\n"],
      ['src/web/pages/lintFixture.ts', "export { PlenaryView } from '../plenary/PlenaryView.js';\n"],
    ];
    for (const [filePath, code] of allowed) expect(await problems(filePath, code), `${filePath}: ${code}`).toEqual([]);
  });
});

describe('lint: import cycles', () => {
  it('refuses a cycle that passes through a type-only import', async () => {
    // boards/BoardContent.tsx loads quicknotes/QuickNotes.tsx with import(); QuickNotes naming
    // the props type from BoardContent (rather than from boardContentProps.ts) closes a cycle
    // (and takes from boards/ more than a board kind may).
    const file = 'src/web/quicknotes/QuickNotes.tsx';
    const code = readFileSync(file, 'utf8').replace("from '../boards/boardContentProps.js'", "from '../boards/BoardContent.js'");
    expect(code).toContain("import type { BoardContentProps } from '../boards/BoardContent.js'");
    expect(await problems(file, code)).toContainEqual(
      expect.stringMatching(
        /^local\/no-type-cycle: .*QuickNotes\.tsx → src\/web\/boards\/BoardContent\.tsx → src\/web\/quicknotes\/QuickNotes\.tsx/,
      ),
    );
  });

  it('accepts the file as it is', async () => {
    const file = 'src/web/quicknotes/QuickNotes.tsx';
    expect(await problems(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('lint: text in converted pages comes from the catalogues (local/no-jsx-text)', () => {
  const page = 'src/web/pages/JoinPage.tsx';
  const textRule = (found: string[]) => found.filter((p) => p.startsWith('local/no-jsx-text'));

  it('refuses words written as JSX text, as a string child, in a ?: and in a read attribute', async () => {
    const code = [
      "import { t } from './fixtureT.js';",
      'export const A = ({ busy }: { busy: boolean }) => (',
      '  <p aria-label="Close" title={busy ? t() : `Later`}>',
      '    Join the workshop {"now"} {busy ? "Joining…" : t()}',
      '  </p>',
      ');',
      '',
    ].join('\n');
    expect(textRule(await problems(page, code))).toHaveLength(5);
  });

  it('lets through messages, punctuation, spaces, numbers and attributes nobody reads', async () => {
    const code = [
      "import { t } from './fixtureT.js';",
      'export const A = () => (',
      '  <p className="hint" id="x-1">',
      "    {t()} · {' '} (2) — {t()}",
      '  </p>',
      ');',
      '',
    ].join('\n');
    expect(textRule(await problems(page, code))).toEqual([]);
  });

  it('applies to every component of the web app, and to no code outside it', async () => {
    for (const file of ['src/web/facilitation/FacilitatorControls.tsx', 'src/web/atlas/AtlasView.tsx', 'src/web/pages/BookingsInbox.tsx'])
      expect(textRule(await problems(file, 'export const A = () => <p>Facilitator controls</p>;\n')), file).toHaveLength(1);
    expect(textRule(await problems('e2e/support/fixture.tsx', 'export const A = () => <p>Facilitator controls</p>;\n'))).toEqual([]);
  });
});
