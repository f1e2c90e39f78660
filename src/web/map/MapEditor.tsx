import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type CSSProperties, type SetStateAction } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Role } from '../../domain/index.js';
import type { Position } from '../../domain/map/index.js';
import editorMessages from 'virtual:messages/en/map.editor';
import { useCurrentBoard } from '../facilitation/currentBoard.js';
import { addEnglish, translate, useI18n } from '../i18n/index.js';
import { useQuietNotice } from '../hooks/useQuietNotice.js';
import { focusTab, PanelOpenButton, WorkspacePanel } from '../ui/WorkspacePanel.js';
import { MapCanvas } from './canvas/MapCanvas.js';
import { useMapFocus } from './canvas/useMapFocus.js';
import { useSharedViewport } from './canvas/useSharedViewport.js';
import { ExportStatus } from './export/ExportStatus.js';
import { useMapExport } from './export/useMapExport.js';
import { useDrawnSignal } from './hooks/useDrawnSignal.js';
import { useEditorCommands, type Pointer } from './hooks/useEditorCommands.js';
import { useFullScreen } from './hooks/useFullScreen.js';
import { useMapDoc } from './hooks/useMapDoc.js';
import { useMapShortcuts } from './hooks/useMapShortcuts.js';
import { useMapUndo } from './hooks/useMapUndo.js';
import { useMapLive } from './live/useMapLive.js';
import { useAutoLayout } from './layout/useAutoLayout.js';
import { MapEditorContext, SelectionContext } from './MapEditorContext.js';
import { PanelContext, type PanelContextValue } from './panels/PanelContext.js';
import {
  AudiencePanel,
  ConfirmDelete,
  FindingsPanel,
  Legend,
  MapNotesList,
  MapQuickNotes,
  NewActorPrompt,
  SidePanel,
  VersionsPanel,
} from './panels/lazyPanels.js';
import type { PanelView } from './panels/SidePanel.js';
import { useLocalPresence } from './presence/useLocalPresence.js';
import { usePeerSelections } from './presence/usePeers.js';
import { consequencesOf, selectionOf } from './selection.js';
import { MapToolbar } from './toolbar/MapToolbar.js';
import { useSuggestions } from './audience/useSuggestions.js';
import type { ReadyMap } from './readyMap.js';
import { mapWords } from './mapWords.js';
import './map.css';
import { overviewSize } from './mapStyle.js';

addEnglish(editorMessages);

export interface MapEditorProps {
  doc: Y.Doc | null;
  /**
   * Whether `doc` holds the board yet (collab's `BoardSnapshot.ready`). Until it does the map
   * is `readyMap`'s and cannot be edited; then the document's, in one render. Default true.
   */
  docReady?: boolean;
  /** The map as the server read it (GET /api/boards/:id/map), drawn until the document holds the board. */
  readyMap?: ReadyMap;
  awareness: Awareness | null;
  readOnly: boolean;
  disabled: boolean;
  me: { name: string; role: Role };
  /** The board's id: its exports and layouts are made by the server. Without one, Export and Layout are not offered. */
  boardId?: string;
  /** Shown to a room (the presenter view): the map alone, no tools, panel or notices. */
  presenting?: boolean;
}

type MapTab = 'details' | 'findings' | 'legend' | 'notes' | 'versions' | 'audience';

/** The panel starts open where it leaves the map most of the window (wide screens), closed on a phone. */
const panelFitsBeside = () => typeof window !== 'undefined' && window.matchMedia?.('(min-width: 64rem)').matches === true;

/** The ecosystem map board (board kind `ecosystem-map`): the live, shared map editor. */
export function MapEditor(props: MapEditorProps) {
  return (
    <ReactFlowProvider>
      <MapEditorInner {...props} />
    </ReactFlowProvider>
  );
}

function MapEditorInner(props: MapEditorProps) {
  const { awareness, readOnly, disabled, me, boardId, presenting = false, readyMap } = props;
  // The document once it holds the board: before, the map is the server's (readyMap).
  const doc = props.docReady === false ? null : props.doc;
  const { t, locale } = useI18n();
  // The map's elements' words, once per language, for every node through MapEditorContext.
  const words = useMemo(() => mapWords(locale), [locale]);
  // A problem is kept as words to say while drawing, so it follows a change of language.
  const [problem, setProblemWords] = useState<{ say: () => string } | null>(null);
  const setProblem = useCallback(
    (words: string | (() => string) | null) =>
      setProblemWords(words === null ? null : { say: typeof words === 'string' ? () => words : words }),
    [],
  );
  // Yjs and src/doc's map code, loaded once there is a document (map/live/): when it could not
  // be fetched, the map stays drawn, not editable.
  const onLiveUnavailable = useCallback(() => setProblem(() => translate('map.editor.liveUnavailable')), [setProblem]);
  const live = useMapLive(doc !== null, onLiveUnavailable);
  const { map, fromDoc, flush } = useMapDoc(doc, live, readyMap?.state === 'ready' ? readyMap.map : null);
  const canEdit = !readOnly && !disabled && doc !== null && fromDoc;
  // This editor's transaction origin: the only changes its UndoManager tracks (useMapUndo).
  const origin = useMemo(() => ({ editor: 'ecosystem-map', doc }), [doc]);
  useDrawnSignal();
  const suggestions = useSuggestions(doc, live);
  // Their view is theirs once they edit or are brought to a view: no zoom to fit replaces it.
  const viewChosen = useRef(false);
  const actions = useMemo(() => {
    if (!canEdit || !doc || !live) return null;
    return live.createMapActions(doc, origin, setProblem, () => {
      viewChosen.current = true;
      flush();
    });
  }, [canEdit, doc, live, origin, flush, setProblem]);
  const undo = useMapUndo(doc, origin, live);
  useSharedViewport(boardId, viewChosen);
  const presence = useLocalPresence(awareness);
  const peers = usePeerSelections(awareness);

  const [selected, setSelectedState] = useState<ReadonlySet<string>>(new Set());
  const [view, setView] = useState<PanelView>({ kind: 'selection' });
  const [tab, setTab] = useState<MapTab | null>(() => (presenting || !panelFitsBeside() ? null : 'details'));
  // Selecting something shows its details, if the panel is open on another tab.
  const [shownSelection, setShownSelection] = useState(selected);
  if (shownSelection !== selected) {
    setShownSelection(selected);
    if (selected.size > 0 && tab !== null && tab !== 'details') setTab('details');
  }
  const [prompt, setPrompt] = useState<{ screen: Position; board: Position } | null>(null);
  const pointer = useRef<Pointer>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const workspaceRef = useRef<HTMLDivElement>(null);
  const fullScreen = useFullScreen(editorRef, workspaceRef);

  // Selecting on the map (or from a panel) shows the selection in the side panel.
  const setSelected = useCallback((update: SetStateAction<ReadonlySet<string>>) => {
    setSelectedState(update);
    setView((v) => (v.kind === 'selection' ? v : { kind: 'selection' }));
  }, []);
  const select = useCallback((ids: string[]) => setSelected(new Set(ids)), [setSelected]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const mapFocus = useMapFocus(canvasRef);
  const commands = useEditorCommands({ map, actions, selected, select, pointer, focus: mapFocus, report: setProblem });
  const layout = useAutoLayout(map, actions, boardId, setProblem);
  const exporter = useMapExport(boardId, setProblem);
  // "Placed 3 actors…", "Downloaded …": gone after a few seconds or at the next action on the board.
  const statusRef = useRef<HTMLDivElement>(null);
  const exportedGone = useQuietNotice(exporter.done, { scope: editorRef, notice: statusRef });
  const laidOutGone = useQuietNotice(layout.status, { scope: editorRef, notice: statusRef, hold: layout.status?.busy === true });

  const compose = (target?: string) => {
    if (!actions) return;
    setView({ kind: 'compose', target });
    setTab('details');
  };
  const selection = selectionOf(map, selected);
  const hasSelection = selection.actors.length + selection.flows.length + selection.notes.length > 0;
  const singleTarget = selection.actors.length + selection.flows.length === 1 && selection.notes.length === 0;
  const openPrompt = (at: { screen: Position; board: Position }) => canEdit && setPrompt(at);

  useMapShortcuts({
    addActor: canEdit ? () => openPrompt(commands.newActorSpot()) : undefined,
    addNote: canEdit ? () => compose(singleTarget ? (selection.actors[0] ?? selection.flows[0]) : undefined) : undefined,
    remove: canEdit ? () => hasSelection && commands.remove(selection) : undefined,
    undo: canEdit ? undo.undo : undefined,
    redo: canEdit ? undo.redo : undefined,
    selectAll: () => select([...map.actors, ...map.notes.filter((n) => !n.target)].map((e) => e.id)),
    clearSelection: () => {
      setPrompt(null);
      select([]);
    },
    fit: commands.fit,
    search: () => searchRef.current?.focus(),
    copy: commands.copy,
    paste: canEdit ? commands.paste : undefined,
  });

  const panel: PanelContextValue = {
    map,
    actions,
    select,
    openDataset: (id) => {
      setView({ kind: 'dataset', id });
      setTab('details');
    },
    compose,
    requestDelete: commands.remove,
    reveal: commands.reveal,
  };
  const editorContext = useMemo(() => ({ readOnly: !canEdit, select, words }), [canEdit, select, words]);
  const board = useCurrentBoard();
  // Locked or presented: said elsewhere on the page, and the person is not an observer.
  const notObserving = board?.locked === true || board?.presented === true;
  // Observers are told once, then the notice leaves the map (the header's "Read only" stays).
  const observing = readOnly && !presenting && !notObserving;
  const observingRef = useRef<HTMLParagraphElement>(null);
  const observingGone = useQuietNotice(observing ? 'observing' : null, { scope: editorRef, notice: observingRef });

  const findings = (
    <FindingsPanel
      map={map}
      onClose={() => {
        setTab('details');
        focusTab('findings');
      }}
      onShow={(finding) => {
        const shown = finding.subjects.filter((id) => map.actors.some((a) => a.id === id) || map.flows.some((f) => f.id === id));
        // The subject, selected on the map, in the Details tab (the Findings tab is one click back).
        if (shown.length > 0) {
          select(shown);
          commands.reveal(shown);
          setTab('details');
        } else if (finding.subjects[0] && map.datasets.some((d) => d.id === finding.subjects[0])) {
          setView({ kind: 'dataset', id: finding.subjects[0] });
          setTab('details');
        }
      }}
    />
  );
  const details = (
    <SidePanel
      view={view}
      selected={selected}
      author={me.name}
      freeSpot={commands.freeNoteSpot}
      onComposed={(id) => (id ? select([id]) : setView({ kind: 'selection' }))}
      onCopy={() => {
        const text = commands.copy();
        if (text) navigator.clipboard?.writeText(text).catch(() => {}); // Ctrl+C works without it
      }}
    />
  );
  // The map's own sticky notes first (what people add on the map); then the board's list of quick notes.
  const notes = (
    <>
      <MapNotesList />
      <MapQuickNotes doc={doc} readOnly={readOnly} disabled={disabled} author={me.name} />
    </>
  );

  return (
    <div className={presenting ? 'map-editor map-presenting' : 'map-editor'} ref={editorRef}>
      <MapEditorContext.Provider value={editorContext}>
        <SelectionContext.Provider value={selected}>
          <>
            <div className={tab ? 'map-workspace map-workspace-panel' : 'map-workspace'} ref={workspaceRef}>
              <div className="map-stage">
                <MapCanvas
                  map={map}
                  flush={flush}
                  actions={actions}
                  selected={selected}
                  setSelected={setSelected}
                  awareness={awareness}
                  presence={presence}
                  peers={peers}
                  pointer={pointer}
                  canvasRef={canvasRef}
                  onCanvasKeyDown={mapFocus.onKeyDown}
                  viewChosen={viewChosen}
                  pictureReady={readyMap?.state !== 'waiting' || fromDoc}
                  onAddActorAt={(screen, board) => openPrompt({ screen, board })}
                  onFlowAdded={(id) => select([id])}
                />
                {!presenting && (
                  <div className="map-float-top">
                    <MapToolbar
                      canEdit={canEdit}
                      actors={map.actors}
                      unplaced={map.actors.filter((a) => !a.position).length}
                      hasSelection={hasSelection}
                      undo={undo}
                      layout={layout.status}
                      searchRef={searchRef}
                      onAddActor={() => openPrompt(commands.newActorSpot())}
                      onAddNote={() => compose(singleTarget ? (selection.actors[0] ?? selection.flows[0]) : undefined)}
                      onDelete={() => commands.remove(selection)}
                      onFound={(actor) => {
                        select([actor.id]);
                        commands.reveal(actor.id);
                      }}
                      onFit={commands.fit}
                      onLayout={boardId ? (mode) => void layout.run(mode) : undefined}
                      onExport={boardId ? (format) => void exporter.exportAs(format) : undefined}
                      exporting={exporter.busy}
                      fullScreen={fullScreen}
                    />
                    {!tab && <PanelOpenButton onOpen={() => setTab('details')} />}
                  </div>
                )}
                <div
                  className="map-float-notices"
                  style={
                    { '--overview-width': `${overviewSize.width}px`, '--overview-height': `${overviewSize.height}px` } as CSSProperties
                  }
                >
                  {observing && !observingGone && (
                    <p className="notice notice-info map-readonly" role="status" ref={observingRef}>
                      <strong>{t('map.editor.observing.title')}</strong> {t('map.editor.observing.body')}
                    </p>
                  )}
                  {/* Drawn from the server's read (readyMap), the map says nothing here while the
                      document loads: the header's connection state says "Connecting…" and the
                      tools wait, disabled, until the map can be edited. */}
                  {!readOnly && !fromDoc && readyMap?.state !== 'ready' && <p className="loading">{t('map.editor.connecting')}</p>}
                  <ExportStatus
                    ref={statusRef}
                    progress={exporter.progress}
                    done={exportedGone ? null : exporter.done}
                    otherwise={laidOutGone ? '' : (layout.status?.text ?? '')}
                  />
                  {problem && (
                    <div className="notice notice-error map-problem" role="alert">
                      <p>{problem.say()}</p>
                      <button type="button" className="button button-small" onClick={() => setProblem(null)}>
                        {t('map.editor.dismiss')}
                      </button>
                    </div>
                  )}
                </div>
                {prompt && (
                  <NewActorPrompt
                    at={prompt.screen}
                    onAdd={(name) => {
                      commands.addActor(name, prompt.board);
                      setPrompt(null);
                    }}
                    onCancel={() => setPrompt(null)}
                  />
                )}
              </div>
              {/* Only the panel reads PanelContext: its value is new on each render, and a provider
                  around the canvas made React search every node and flow for its readers each time. */}
              {tab && !presenting && (
                <PanelContext.Provider value={panel}>
                  <WorkspacePanel<MapTab>
                    active={tab}
                    onSelect={setTab}
                    onClose={() => setTab(null)}
                    tabs={[
                      { id: 'details', label: t('map.editor.tab.details'), content: details },
                      { id: 'findings', label: t('map.editor.tab.findings'), content: findings },
                      { id: 'legend', label: t('map.editor.tab.legend'), content: <Legend /> },
                      { id: 'notes', label: t('map.editor.tab.notes'), content: notes },
                      {
                        id: 'versions',
                        label: t('map.editor.tab.versions'),
                        content: <VersionsPanel doc={doc} map={map} actions={actions} />,
                      },
                      {
                        id: 'audience',
                        label:
                          suggestions.length > 0
                            ? t('map.editor.tab.audienceCount', { count: suggestions.length })
                            : t('map.editor.tab.audience'),
                        content: (
                          <AudiencePanel
                            doc={doc}
                            map={map}
                            suggestions={suggestions}
                            boardId={boardId}
                            canEdit={canEdit}
                            facilitator={me.role === 'facilitator'}
                          />
                        ),
                      },
                    ]}
                  />
                </PanelContext.Provider>
              )}
            </div>
          </>
        </SelectionContext.Provider>
      </MapEditorContext.Provider>
      {commands.pendingDelete && (
        <ConfirmDelete
          removal={commands.pendingDelete}
          consequences={consequencesOf(map, commands.pendingDelete)}
          onConfirm={commands.confirmDelete}
          onCancel={commands.cancelDelete}
        />
      )}
    </div>
  );
}
