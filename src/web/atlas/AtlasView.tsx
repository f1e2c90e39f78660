import atlasMessages from 'virtual:messages/en/atlas';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api.js';
import { atlasPath } from '../earlyReads.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { addEnglish, msg, translate, useI18n, type MessageKey } from '../i18n/index.js';
import { actorTypeKeys } from '../map/mapVocabulary.js';
import { AtlasActorPanel, type Focus } from './AtlasActorPanel.js';
import { AtlasControls, type Looks } from './AtlasControls.js';
import {
  datasetTrail,
  everything,
  neighbourhood,
  noFilters,
  pictureOf,
  searchActors,
  visibleElements,
  type AtlasActor,
  type AtlasAnswer,
  type AtlasPictureAnswer,
  type SizeMetric,
  type Visible,
} from './atlasData.js';
import { DecisionsList, SuggestionsList, useDecide } from './AtlasDecisions.js';
import { AtlasGraph, type GraphView } from './AtlasGraph.js';
import { whenFrameShown } from './frameShown.js';
import { atlasGraph, paintGraph } from './atlasGraph.js';
import { ActorsTable, FindingsList, RegisterTable } from './AtlasTables.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { actorsCount, flowsCount } from './atlasWords.js';
import './atlas.css';

addEnglish(atlasMessages);

/** The downloads: a format's own name (GraphML, Mermaid) is the same in every language. */
const formats: [format: string, label: MessageKey | null, name?: string][] = [
  ['json', msg('atlas.download.json')],
  ['graphml', null, 'GraphML'],
  ['kumu-xlsx', msg('atlas.download.kumu')],
  ['mermaid', null, 'Mermaid'],
  ['csv', msg('atlas.download.csv')],
  ['dcat', msg('atlas.download.dcat')],
];

function Downloads({ city }: { city: string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('atlas.download')} className="atlas-downloads">
      {t('atlas.download.label')}{' '}
      {formats.map(([format, label, name]) => (
        <a
          key={format}
          className="button button-small button-quiet"
          href={`/api/atlas/export?city=${encodeURIComponent(city)}&format=${format}`}
          download
        >
          {label ? t(label) : name}
        </a>
      ))}
    </nav>
  );
}

/** A colour's meaning: an actor type's name or a project's title (the places come with the atlas's details). */
function legendLabel(places: AtlasAnswer['places'] | undefined, by: Looks['colourBy'], key: string): string {
  if (by === 'type') {
    const type = (actorTypeKeys as Record<string, MessageKey>)[key];
    return type ? translate(type) : translate('atlas.legend.noType');
  }
  return places?.projects[key] ?? places?.boards[key.replace(/^board:/, '')] ?? translate('atlas.legend.noProject');
}

/** False until the frame after the graph's first picture: the atlas's details are asked for then, so the graph shows first. */
function useAfterFirstFrame(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const stopWaiting = whenFrameShown(() => (timer = window.setTimeout(() => setReady(true))));
    return () => {
      stopWaiting();
      clearTimeout(timer);
    };
  }, []);
  return ready;
}

function narrow(shown: Visible, to: Visible): Visible {
  return {
    actors: new Set([...to.actors].filter((a) => shown.actors.has(a))),
    flows: new Set([...to.flows].filter((f) => shown.flows.has(f))),
  };
}

/**
 * The atlas's details (GET /api/atlas), asked for once the picture is drawn (SPEC T15) and again
 * whenever the picture's version moves (after a decision, say). `answer` is set only while they
 * were built from what the picture was. Details of another version (a map changed after the
 * picture was built) are newer: the picture is made from them (`onNewer`), with no further
 * request, so edits made meanwhile cannot keep the two apart. `lists` is the last details that
 * came, for the tables, which keep showing them while newer ones are on their way or failed.
 */
function useDetails(picture: AtlasPictureAnswer, onNewer: (picture: AtlasPictureAnswer) => void) {
  const drawn = useAfterFirstFrame();
  const [details, setDetails] = useState<AtlasAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const newer = useRef(onNewer);
  newer.current = onNewer;
  const answer = details?.version === picture.version ? details : null;
  const needed = drawn && answer === null;
  const { city, version } = picture;
  useEffect(() => {
    if (!needed) return;
    const controller = new AbortController();
    api.get<AtlasAnswer>(atlasPath(city), controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setDetails(data);
        setError(null);
        if (data.version !== version) newer.current(pictureOf(data));
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      },
    );
    return () => controller.abort();
  }, [needed, city, version, attempt]);
  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { answer, lists: details, error, loading: answer === null && error === null, retry };
}

/**
 * The atlas of a city: the graph from its picture at once; filters, focus's sources, dataset
 * trail, tables, suggestions and decisions once its details arrive.
 */
export function AtlasView({
  picture,
  reloadPicture,
  onNewer,
}: {
  picture: AtlasPictureAnswer;
  /** After a decision: the atlas changed, its picture is asked for again (the details follow it). */
  reloadPicture: () => void;
  /** A picture made from details newer than `picture`, to show instead. */
  onNewer: (picture: AtlasPictureAnswer) => void;
}) {
  const { t } = useI18n();
  const graph = useMemo(() => atlasGraph(picture), [picture]);
  const all = useMemo(() => everything(picture), [picture]);
  const details = useDetails(picture, onNewer);
  const { answer } = details;
  const [filters, setFilters] = useState(noFilters);
  const [looks, setLooks] = useState<Looks>({ colourBy: 'type', metric: 'degree' });
  const [search, setSearch] = useState('');
  const [focus, setFocus] = useState<Focus | null>(null);
  const [trace, setTrace] = useState<string | null>(null);
  // A decision changes the atlas: its picture is asked for again, and the details follow it.
  const { error, decide, undo } = useDecide(picture.city, reloadPicture);

  const legend = useMemo(() => paintGraph(graph, picture, looks.colourBy, looks.metric), [graph, picture, looks]);
  const filtering = Object.values(filters).some((v) => v !== '');
  // No filter: everything the picture holds, the same set before and after the details arrive (a new one would redraw the graph).
  const filtered = useMemo(() => (filtering && answer ? visibleElements(answer, filters) : all), [answer, filters, filtering, all]);
  const matches = useMemo(() => searchActors(picture.actors, search), [picture, search]);
  const traced = (trace && answer?.map.datasets.find((d) => d.id === trace)) || null;
  const trail = useMemo(() => (traced && answer ? datasetTrail(answer, traced.id) : null), [traced, answer]);
  // A focus on an actor the atlas no longer has (a split, a map changed) shows the whole graph again.
  const focused = focus ? picture.actors.find((a) => a.id === focus.actor) : undefined;
  const view: GraphView = useMemo(() => {
    if (focus && focused) {
      const near = neighbourhood(picture, filtered, focus.actor, focus.steps);
      near.add(focus.actor);
      const flows = new Set([...filtered.flows].filter((id) => near.has(graph.source(id)) && near.has(graph.target(id))));
      return { shown: { actors: near, flows }, emphasis: null, selected: focus.actor, paint: legend.size, fit: true };
    }
    if (trail) return { shown: narrow(filtered, trail), emphasis: null, selected: null, paint: legend.size, fit: true };
    const emphasis = search.trim() ? new Set(matches.map((a) => a.id)) : null;
    // A filter brings what is left into view; clearing every filter shows the whole graph again.
    return { shown: filtered, emphasis, selected: null, paint: legend.size, fit: filtering };
    // Not on the details' arrival: a new view redraws the whole graph (hundreds of ms on a large city).
  }, [picture, graph, filtered, filtering, focus, focused, trail, matches, search, legend]);

  const focusOn = useCallback((actor: string) => {
    setTrace(null);
    setFocus((f) => ({ actor, steps: f?.steps ?? 1 }));
  }, []);
  const traceDataset = useCallback((id: string) => {
    setFocus(null);
    setTrace(id);
  }, []);

  return (
    <div className="atlas">
      <Downloads city={picture.city} />
      {error !== null && (
        <p role="alert" className="notice notice-error">
          {apiErrorText(error)}
        </p>
      )}
      <div className="atlas-top">
        <div className="atlas-side">
          <div className="field atlas-field">
            <label htmlFor="atlas-search">{t('atlas.search')}</label>
            <input id="atlas-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
          </div>
          <p className="muted" aria-live="polite">
            {search.trim()
              ? t('atlas.search.matches', { count: matches.length })
              : t('atlas.shown', { actors: actorsCount(view.shown.actors.size), flows: flowsCount(view.shown.flows.size) })}
          </p>
          {details.loading && (
            <p id="atlas-details-status" className="muted" role="status">
              {t('atlas.details.loading')}
            </p>
          )}
          <AtlasControls
            answer={answer}
            filters={filters}
            onFilters={setFilters}
            looks={looks}
            onLooks={setLooks}
            describedBy={details.loading ? 'atlas-details-status' : undefined}
          />
          <ul className="atlas-legend" aria-label={t('atlas.legend')}>
            {[...legend].map(([key, colour]) => (
              <li key={key}>
                <span className="atlas-swatch" style={{ background: colour }} aria-hidden="true" />
                {legendLabel((answer ?? details.lists)?.places, looks.colourBy, key)}
              </li>
            ))}
          </ul>
        </div>
        <AtlasGraph graph={graph} view={view} onSelect={focusOn} />
      </div>
      {focus && focused && (
        <AtlasActorPanel actor={focused} answer={answer} focus={focus} onFocus={setFocus} onSplit={(a, b) => void decide('split', a, b)} />
      )}
      {traced && (
        <section className="atlas-section panel" aria-labelledby="atlas-trace">
          <h2 id="atlas-trace">{t('atlas.trace.title', { dataset: traced.name })}</h2>
          <p>{t('atlas.trace.carry', { flows: view.shown.flows.size, actors: actorsCount(view.shown.actors.size) })}</p>
          <button type="button" className="button button-small" onClick={() => setTrace(null)}>
            {t('atlas.trace.clear')}
          </button>
        </section>
      )}
      {details.error !== null && (
        <ErrorNotice error={apiErrorText(details.error)} title={t('atlas.details.failed')}>
          <button type="button" className="button button-small" onClick={details.retry}>
            {t('atlas.details.retry')}
          </button>
        </ErrorNotice>
      )}
      {details.lists && (
        <AtlasLists
          answer={details.lists}
          listed={listedActors(details.lists, search, matches, filtered)}
          metric={looks.metric}
          onFocus={focusOn}
          onTrace={traceDataset}
          decide={decide}
          undo={undo}
        />
      )}
    </div>
  );
}

/** The actors the table lists: those the search matches, or else those the filters keep. */
function listedActors(answer: AtlasAnswer, search: string, matches: { id: string }[], shown: Visible): AtlasActor[] {
  const keep = search.trim() ? new Set(matches.map((a) => a.id)) : shown.actors;
  return answer.map.actors.filter((a) => keep.has(a.id));
}

interface ListsProps {
  answer: AtlasAnswer;
  listed: AtlasActor[];
  metric: SizeMetric;
  onFocus: (actor: string) => void;
  onTrace: (dataset: string) => void;
  decide: (kind: 'accept' | 'reject' | 'split', a: string, b: string) => Promise<unknown>;
  undo: (id: string) => Promise<unknown>;
}

/** The ways in without the graph: actors, findings, the register, suggestions and decisions. */
function AtlasLists({ answer, listed, metric, onFocus, onTrace, decide, undo }: ListsProps) {
  return (
    <>
      <div className="atlas-lists">
        <ActorsTable answer={answer} actors={listed} metric={metric} onFocus={onFocus} />
        <FindingsList answer={answer} />
      </div>
      <RegisterTable answer={answer} onTrace={onTrace} />
      <div className="atlas-lists">
        <SuggestionsList answer={answer} decide={(kind, a, b) => void decide(kind, a, b)} />
        <DecisionsList answer={answer} undo={(id) => void undo(id)} />
      </div>
    </>
  );
}
