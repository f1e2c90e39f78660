// First, so that the parts' own styles (imported by each part) come after the canvas's base.
import './canvas.css';
import { lazy, Suspense, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import type { Role } from '../../domain/index.js';
import type { CanvasError } from '../../domain/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { canvasLayout, initCanvasDoc, type CanvasOpResult } from '../../doc/canvas/index.js';
import { newId } from '../../shared/index.js';
import { useCurrentBoard } from '../facilitation/currentBoard.js';
import { addEnglish, messagesFor, useI18n, type MessageKey } from '../i18n/index.js';
import { CanvasBar, type PanelId } from './CanvasBar.js';
import { CanvasContext, type CanvasEditor } from './CanvasContext.js';
import { CanvasGrid } from './CanvasGrid.js';
import { keepTabInside } from './focusTrap.js';
import { LinkedMapConnection, type LinkedMapState } from './LinkedMapConnection.js';
import { creditKey } from './canvasText.js';
import { notAllowedMessage, problemText } from './problemText.js';
import { useCanvasDoc } from './useCanvasDoc.js';
import { useRoundVotes } from './useRoundVotes.js';
import { useToday } from './useToday.js';
import { useWorkshopInfo } from './useWorkshopInfo.js';

export interface EthicsCanvasProps {
  doc: Y.Doc | null;
  readOnly: boolean;
  disabled: boolean;
  me: { id: string; name: string; role: Role };
  boardId?: string;
  workshopId?: string;
}

addEnglish(canvasMessages);

// The tool panels (versions and review, export and import, settings) load when first opened:
// none of their code or words is needed to draw the canvas (docs/benchmarks.md, page weight).
const VersionsPanel = lazy(() => messagesFor(import('./VersionsPanel.js')).then((m) => ({ default: m.VersionsPanel })));
const FilesPanel = lazy(() => messagesFor(import('./FilesPanel.js')).then((m) => ({ default: m.FilesPanel })));
const SettingsPanel = lazy(() => messagesFor(import('./SettingsPanel.js')).then((m) => ({ default: m.SettingsPanel })));

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const notAllowed: CanvasOpResult = { ok: false, error: { path: '', message: notAllowedMessage } };

/**
 * The data ethics canvas board (DESIGN.md "Data ethics canvas", formats/ethics-canvas.md):
 * fifteen sections in four themes, sticky notes, their votes (from voting rounds), statuses, actions, dated versions, a
 * review date, a link to the project's ecosystem map, and files in and out. Every change goes
 * through src/doc/canvas on the board's Y.Doc, so everyone on the board sees it live.
 */
export function CanvasView({ doc, readOnly, disabled, me, boardId, workshopId }: EthicsCanvasProps) {
  const { t } = useI18n();
  const today = useToday();
  const info = useWorkshopInfo(workshopId, boardId);
  const roundVotes = useRoundVotes(doc, boardId);
  const live = useCanvasDoc(doc, roundVotes.shown, { id: boardId, title: info.boardTitle });
  // Kept as what failed and why, so it reads in the language shown now, not the one it failed in.
  const [problem, setProblem] = useState<{ what: MessageKey; error: CanvasError } | null>(null);
  const [panel, setPanel] = useState<PanelId | null>(null);
  const [filling, setFilling] = useState(false);
  const [mapState, setMapState] = useState<LinkedMapState | null>(null);

  const newerLayout = (live?.layout ?? 0) > canvasLayout;
  const board = useCurrentBoard();
  // Locked or presented: said elsewhere on the page, and the person is not an observer.
  const notObserving = board?.locked === true || board?.presented === true;
  const canEdit = !readOnly && !disabled && !newerLayout && doc !== null;
  const allowAnonymous = live?.settings.allowAnonymous ?? false;

  const tryEdit = useCallback(
    (op: (d: Y.Doc) => CanvasOpResult): CanvasOpResult => {
      if (!doc || !canEdit) return notAllowed;
      let result = notAllowed;
      // The first edit marks the board with the canvas layout, in the same update.
      doc.transact(() => {
        initCanvasDoc(doc);
        result = op(doc);
      });
      return result;
    },
    [doc, canEdit],
  );

  const editor = useMemo((): CanvasEditor | null => {
    if (!doc) return null;
    return {
      doc,
      canEdit,
      roundVotes,
      participantId: info.participantId,
      myName: me.name,
      isFacilitator: me.role === 'facilitator',
      allowAnonymous,
      today,
      tryEdit,
      edit: (what, op) => {
        const result = tryEdit(op);
        setProblem(result.ok ? null : { what, error: result.error });
        return result;
      },
      newId: (prefix) => newId(randomBytes, prefix),
    };
  }, [doc, canEdit, roundVotes, info.participantId, me.name, me.role, allowAnonymous, today, tryEdit]);

  // A map chosen in Settings, else the group's own map for the canvas's project (linked by itself).
  const linkedMap = live?.settings.map ?? info.defaultMap?.id;
  const mapBoard = info.mapBoards.find((b) => b.id === linkedMap);
  const currentMapState = mapState && mapState.boardId === linkedMap ? mapState : null;

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!filling) return;
    // Escape leaves "fill the screen" unless something inside (a menu, a form) used it first.
    if (event.key === 'Escape' && !event.defaultPrevented) setFilling(false);
    keepTabInside(event, event.currentTarget);
  }

  if (!doc || !live || !editor) return <p className="loading">{t('canvas.opening')}</p>;

  return (
    <CanvasContext.Provider value={editor}>
      <section className={`ethics-canvas${filling ? ' is-filling' : ''}`} aria-label={t('canvas.region')} onKeyDown={onKeyDown}>
        {mapBoard && workshopId && <LinkedMapConnection boardId={mapBoard.id} workshopId={workshopId} me={me} onChange={setMapState} />}
        <CanvasBar
          canvas={live.canvas}
          nextReview={live.settings.nextReview}
          versions={live.versions.length}
          panel={panel}
          onPanel={setPanel}
          filling={filling}
          onFill={setFilling}
        />
        {readOnly && !disabled && !notObserving && (
          <p className="notice notice-info canvas-notice">
            {me.role === 'observer' ? t('canvas.readOnly.observer') : t('canvas.readOnly.other')}
          </p>
        )}
        {newerLayout && <p className="notice notice-info canvas-notice">{t('canvas.newerLayout')}</p>}
        {problem && (
          <div role="alert" className="notice notice-error canvas-notice canvas-problem">
            <p>{t(problem.what, { reason: problemText(problem.error) })}</p>
            <button type="button" className="button button-small" onClick={() => setProblem(null)}>
              {t('canvas.problem.dismiss')}
            </button>
          </div>
        )}
        <Suspense fallback={null}>
          {panel === 'versions' && <VersionsPanel live={live} onClose={() => setPanel(null)} />}
          {panel === 'files' && (
            <FilesPanel canvas={live.canvas} datasets={currentMapState?.datasets ?? []} onClose={() => setPanel(null)} />
          )}
          {panel === 'settings' && (
            <SettingsPanel
              settings={live.settings}
              mapBoards={info.mapBoards}
              defaultMap={info.defaultMap}
              mapError={info.error}
              onClose={() => setPanel(null)}
            />
          )}
        </Suspense>
        <CanvasGrid
          live={live}
          linkedMap={
            linkedMap === undefined
              ? null
              : { id: linkedMap, title: mapBoard?.title, known: mapBoard !== undefined, state: currentMapState }
          }
          mapsLoaded={!info.loading}
        />
        <p className="canvas-credit">{t(creditKey)}.</p>
      </section>
    </CanvasContext.Provider>
  );
}
