import atlasMessages from 'virtual:messages/en/atlas';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { addEnglish, msg, translate, useI18n, type MessageKey } from '../i18n/index.js';
import { actorTypeKeys } from '../map/mapVocabulary.js';
import { AtlasActorPanel, type Focus } from './AtlasActorPanel.js';
import { AtlasControls, type Looks } from './AtlasControls.js';
import {
  datasetTrail,
  neighbourhood,
  noFilters,
  searchActors,
  visibleElements,
  type AtlasActor,
  type AtlasAnswer,
  type SizeMetric,
  type Visible,
} from './atlasData.js';
import { DecisionsList, SuggestionsList, useDecide } from './AtlasDecisions.js';
import { AtlasGraph, type GraphView } from './AtlasGraph.js';
import { atlasGraph, paintGraph } from './atlasGraph.js';
import { ActorsTable, FindingsList, RegisterTable } from './AtlasTables.js';
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

/** A colour's meaning: an actor type's name or a project's title. */
function legendLabel(answer: AtlasAnswer, by: Looks['colourBy'], key: string): string {
  if (by === 'type') {
    const type = (actorTypeKeys as Record<string, MessageKey>)[key];
    return type ? translate(type) : translate('atlas.legend.noType');
  }
  return answer.places.projects[key] ?? answer.places.boards[key.replace(/^board:/, '')] ?? translate('atlas.legend.noProject');
}

/** False until the frame after the graph's first picture: the tables wait so the graph shows first. */
function useAfterFirstFrame(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setReady(true))));
    return () => {
      cancelAnimationFrame(frame);
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

/** The atlas of a city: graph, filters, search, focus, dataset trail, tables, suggestions and decisions. */
export function AtlasView({ answer, reload }: { answer: AtlasAnswer; reload: () => void }) {
  const { t } = useI18n();
  const graph = useMemo(() => atlasGraph(answer), [answer]);
  const [filters, setFilters] = useState(noFilters);
  const [looks, setLooks] = useState<Looks>({ colourBy: 'type', metric: 'degree' });
  const [search, setSearch] = useState('');
  const [focus, setFocus] = useState<Focus | null>(null);
  const [trace, setTrace] = useState<string | null>(null);
  const { error, decide, undo } = useDecide(answer.city, reload);
  const lists = useAfterFirstFrame();

  const legend = useMemo(() => paintGraph(graph, answer, looks.colourBy, looks.metric), [graph, answer, looks]);
  const filtered = useMemo(() => visibleElements(answer, filters), [answer, filters]);
  const filtering = Object.values(filters).some((v) => v !== '');
  const matches = useMemo(() => searchActors(answer.map.actors, search), [answer, search]);
  const view: GraphView = useMemo(() => {
    if (focus) {
      const near = neighbourhood(answer, filtered, focus.actor, focus.steps);
      near.add(focus.actor);
      const flows = new Set([...filtered.flows].filter((id) => near.has(graph.source(id)) && near.has(graph.target(id))));
      return { shown: { actors: near, flows }, emphasis: null, selected: focus.actor, paint: legend.size, fit: true };
    }
    if (trace)
      return { shown: narrow(filtered, datasetTrail(answer, trace)), emphasis: null, selected: null, paint: legend.size, fit: true };
    const emphasis = search.trim() ? new Set(matches.map((a) => a.id)) : null;
    // A filter brings what is left into view; clearing every filter shows the whole graph again.
    return { shown: filtered, emphasis, selected: null, paint: legend.size, fit: filtering };
  }, [answer, graph, filtered, filtering, focus, trace, matches, search, legend]);

  const focusOn = useCallback((actor: string) => {
    setTrace(null);
    setFocus((f) => ({ actor, steps: f?.steps ?? 1 }));
  }, []);
  const traceDataset = useCallback((id: string) => {
    setFocus(null);
    setTrace(id);
  }, []);
  const listed = search.trim() ? matches : answer.map.actors.filter((a) => filtered.actors.has(a.id));
  const traced = trace ? answer.map.datasets.find((d) => d.id === trace) : null;

  return (
    <div className="atlas">
      <Downloads city={answer.city} />
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
          <AtlasControls answer={answer} filters={filters} onFilters={setFilters} looks={looks} onLooks={setLooks} />
          <ul className="atlas-legend" aria-label={t('atlas.legend')}>
            {[...legend].map(([key, colour]) => (
              <li key={key}>
                <span className="atlas-swatch" style={{ background: colour }} aria-hidden="true" />
                {legendLabel(answer, looks.colourBy, key)}
              </li>
            ))}
          </ul>
        </div>
        <AtlasGraph graph={graph} view={view} onSelect={focusOn} />
      </div>
      {focus && <AtlasActorPanel answer={answer} focus={focus} onFocus={setFocus} onSplit={(a, b) => void decide('split', a, b)} />}
      {traced && (
        <section className="atlas-section panel" aria-labelledby="atlas-trace">
          <h2 id="atlas-trace">{t('atlas.trace.title', { dataset: traced.name })}</h2>
          <p>{t('atlas.trace.carry', { flows: view.shown.flows.size, actors: actorsCount(view.shown.actors.size) })}</p>
          <button type="button" className="button button-small" onClick={() => setTrace(null)}>
            {t('atlas.trace.clear')}
          </button>
        </section>
      )}
      {lists && (
        <AtlasLists
          answer={answer}
          listed={listed}
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
