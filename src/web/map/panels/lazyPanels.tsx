import { useStore, type ReactFlowState } from '@xyflow/react';
import { lazy, Suspense, useEffect, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import editorMessages from 'virtual:messages/en/map.editor';
import { addEnglish, messagesFor, useI18n } from '../../i18n/index.js';
import type { AudiencePanel as AudiencePanelView } from '../audience/AudiencePanel.js';
import type { ConfirmDelete as ConfirmDeleteView } from '../ConfirmDelete.js';
import type { FindingsPanel as FindingsPanelView } from '../findings/FindingsPanel.js';
import type { NewActorPrompt as NewActorPromptView } from '../NewActorPrompt.js';
import type { VersionsPanel as VersionsPanelView } from '../versions/VersionsPanel.js';
import type { MapQuickNotes as MapQuickNotesView } from './MapQuickNotes.js';
import type { SidePanel as SidePanelView } from './SidePanel.js';

addEnglish(editorMessages);

/**
 * The map's side panel tabs (details, findings, legend, notes with the quick notes, versions, audience)
 * and its two dialogs (delete, new actor), loaded after the board is drawn: none of their
 * code is needed for the first picture of the map (docs/benchmarks.md, page weight). Their
 * chunks are asked for once the board is drawn (React Flow has its pane and the map's nodes,
 * or has had its pane for `emptyBoardMs`: an empty board) and the page is then idle, all at
 * once, so switching tabs later waits for nothing; a panel open at the start shows "Loading…"
 * until then, a moment after the board. A dialog asked for before that (a key pressed in the
 * first moment) fetches its code then and appears when it has it.
 */
const loaders = {
  side: () => messagesFor(import('./SidePanel.js')),
  findings: () => messagesFor(import('../findings/FindingsPanel.js')),
  legend: () => messagesFor(import('../Legend.js')),
  notes: () => messagesFor(import('./MapNotesList.js')),
  quickNotes: () => messagesFor(import('./MapQuickNotes.js')),
  versions: () => messagesFor(import('../versions/VersionsPanel.js')),
  audience: () => messagesFor(import('../audience/AudiencePanel.js')),
  confirmDelete: () => messagesFor(import('../ConfirmDelete.js')),
  newActor: () => messagesFor(import('../NewActorPrompt.js')),
};

const LazySidePanel = lazy(() => loaders.side().then((m) => ({ default: m.SidePanel })));
const LazyFindingsPanel = lazy(() => loaders.findings().then((m) => ({ default: m.FindingsPanel })));
const LazyLegend = lazy(() => loaders.legend().then((m) => ({ default: m.Legend })));
const LazyMapNotesList = lazy(() => loaders.notes().then((m) => ({ default: m.MapNotesList })));
const LazyMapQuickNotes = lazy(() => loaders.quickNotes().then((m) => ({ default: m.MapQuickNotes })));
const LazyVersionsPanel = lazy(() => loaders.versions().then((m) => ({ default: m.VersionsPanel })));
const LazyAudiencePanel = lazy(() => loaders.audience().then((m) => ({ default: m.AudiencePanel })));
const LazyConfirmDelete = lazy(() => loaders.confirmDelete().then((m) => ({ default: m.ConfirmDelete })));
const LazyNewActorPrompt = lazy(() => loaders.newActor().then((m) => ({ default: m.NewActorPrompt })));

/** True once the panels' code has been asked for (kept for the page's life). */
let idleSeen = false;

/** How long a board with no nodes waits before its panels load: its first picture is the empty pane. */
const emptyBoardMs = 1000;

const paneSized = (s: ReactFlowState) => s.width > 0 && s.height > 0;
const hasNodes = (s: ReactFlowState) => s.nodeLookup.size > 0;

function useBoardDrawn(): boolean {
  const sized = useStore(paneSized);
  const nodes = useStore(hasNodes);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (!sized || nodes) return;
    const handle = window.setTimeout(() => setWaited(true), emptyBoardMs);
    return () => window.clearTimeout(handle);
  }, [sized, nodes]);
  return sized && (nodes || waited);
}

function useAfterIdle(): boolean {
  const [idle, setIdle] = useState(idleSeen);
  const drawn = useBoardDrawn();
  useEffect(() => {
    if (idle || !drawn) return;
    const done = () => {
      idleSeen = true;
      for (const load of Object.values(loaders)) void load().catch(() => {}); // a failure shows when the tab renders
      setIdle(true);
    };
    // Safari has no requestIdleCallback: a short timeout after the first paint stands in.
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(done, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(done, 300);
    return () => window.clearTimeout(handle);
  }, [idle, drawn]);
  return idle;
}

function AfterIdle({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const loading = <p className="loading">{t('map.editor.loading')}</p>;
  return useAfterIdle() ? <Suspense fallback={loading}>{children}</Suspense> : loading;
}

function deferred<P extends object>(Component: ComponentType<P>) {
  return function Deferred(props: P) {
    return (
      <AfterIdle>
        <Component {...props} />
      </AfterIdle>
    );
  };
}

export const SidePanel = deferred<ComponentProps<typeof SidePanelView>>(LazySidePanel);
export const FindingsPanel = deferred<ComponentProps<typeof FindingsPanelView>>(LazyFindingsPanel);
export const Legend = deferred<object>(LazyLegend);
export const MapNotesList = deferred<object>(LazyMapNotesList);
export const MapQuickNotes = deferred<ComponentProps<typeof MapQuickNotesView>>(LazyMapQuickNotes);
export const VersionsPanel = deferred<ComponentProps<typeof VersionsPanelView>>(LazyVersionsPanel);
export const AudiencePanel = deferred<ComponentProps<typeof AudiencePanelView>>(LazyAudiencePanel);

/** A dialog: nothing shows until its code is there (prefetched with the panels once the board is idle). */
function onDemand<P extends object>(Component: ComponentType<P>) {
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  };
}

export const ConfirmDelete = onDemand<ComponentProps<typeof ConfirmDeleteView>>(LazyConfirmDelete);
export const NewActorPrompt = onDemand<ComponentProps<typeof NewActorPromptView>>(LazyNewActorPrompt);
