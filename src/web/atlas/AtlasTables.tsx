import atlasMessages from 'virtual:messages/en/atlas';
import { addEnglish, translate, useI18n, type MessageKey } from '../i18n/index.js';
import { accessLevelKeys } from '../map/mapVocabulary.js';
import { deidentificationKeys, sensitivityKeys } from '../map/mapVocabularyDetails.js';
import type { AtlasActor, AtlasAnswer, SizeMetric } from './atlasData.js';
import { actorsCount, betweennessText, cityFindingMessage } from './atlasWords.js';

addEnglish(atlasMessages);

const shownRows = 100;

/** The actors with their metrics, largest first by the size metric: the way in without the graph. */
export function ActorsTable({
  answer,
  actors,
  metric,
  onFocus,
}: {
  answer: AtlasAnswer;
  actors: AtlasActor[];
  metric: SizeMetric;
  onFocus: (actor: string) => void;
}) {
  const { t } = useI18n();
  const m = (a: AtlasActor) => answer.metrics[a.id] ?? { degree: 0, betweenness: 0, projects: 0 };
  const rows = [...actors].sort((x, y) => m(y)[metric] - m(x)[metric] || x.name.localeCompare(y.name)).slice(0, shownRows);
  return (
    <section aria-labelledby="atlas-actors" className="atlas-section">
      <h2 id="atlas-actors">{t('atlas.actors.title')}</h2>
      <p className="muted">
        {actors.length > shownRows
          ? t('atlas.actors.top', { shown: shownRows, metric, actors: actorsCount(actors.length) })
          : t('atlas.actors.all', { actors: actorsCount(actors.length) })}
      </p>
      <div className="table-scroll">
        <table className="atlas-table">
          <thead>
            <tr>
              <th scope="col">{t('atlas.column.actor')}</th>
              <th scope="col">{t('atlas.metric.degree')}</th>
              <th scope="col">{t('atlas.metric.betweenness')}</th>
              <th scope="col">{t('atlas.metric.projects')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onFocus(a.id)}>
                    {a.name}
                  </button>
                </th>
                <td>{m(a).degree}</td>
                <td>{betweennessText(m(a).betweenness)}</td>
                <td>{m(a).projects}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A register value (sensitivity, de-identification, access) by its name in the current language; one not in the list as it is. */
function valueName<T extends string>(value: string | undefined, keys: Record<T, MessageKey>): string {
  if (!value) return '';
  const key = (keys as Record<string, MessageKey>)[value];
  return key ? translate(key) : value;
}

/** The city's dataset register (the same as the CSV and DCAT downloads), each dataset traceable. */
export function RegisterTable({ answer, onTrace }: { answer: AtlasAnswer; onTrace: (dataset: string) => void }) {
  const { t } = useI18n();
  const names = new Map(answer.map.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <section aria-labelledby="atlas-register" className="atlas-section">
      <h2 id="atlas-register">{t('atlas.register.title')}</h2>
      {answer.register.length === 0 ? (
        <p>{t('atlas.register.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="atlas-table">
            <thead>
              <tr>
                <th scope="col">{t('atlas.column.dataset')}</th>
                <th scope="col">{t('atlas.column.steward')}</th>
                <th scope="col">{t('atlas.column.holders')}</th>
                <th scope="col">{t('atlas.metric.projects')}</th>
                <th scope="col">{t('atlas.column.sensitivity')}</th>
                <th scope="col">{t('atlas.column.deidentification')}</th>
                <th scope="col">{t('atlas.column.access')}</th>
                <th scope="col">{t('atlas.column.standard')}</th>
                <th scope="col">{t('atlas.column.licence')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.register.slice(0, 200).map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onTrace(d.id)}
                      aria-label={t('atlas.register.trace', { dataset: d.name })}
                    >
                      {d.name}
                    </button>
                  </th>
                  <td>{d.steward && name(d.steward)}</td>
                  <td>{d.holders.map(name).join(', ')}</td>
                  <td>{d.projects.join(', ')}</td>
                  <td>{valueName(d.sensitivity, sensitivityKeys)}</td>
                  <td>{valueName(d.deidentification, deidentificationKeys)}</td>
                  <td>{valueName(d.access, accessLevelKeys)}</td>
                  <td>{d.standard}</td>
                  <td>{d.licence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The city-wide findings (SPEC T7–T10), as the analysis lists a map's. */
export function FindingsList({ answer }: { answer: AtlasAnswer }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="atlas-findings" className="atlas-section">
      <h2 id="atlas-findings">{t('atlas.findings.title')}</h2>
      {answer.findings.length === 0 ? (
        <p>{t('atlas.findings.none')}</p>
      ) : (
        <ul className="atlas-findings">
          {answer.findings.map((f, i) => (
            <li key={`${f.rule}-${i}`}>
              <span className={`badge ${f.severity === 'info' ? 'badge-neutral' : 'badge-warning'}`}>
                {f.severity === 'info' ? t('atlas.findings.severity.info') : t('atlas.findings.severity.warning')}
              </span>{' '}
              {cityFindingMessage(f)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
