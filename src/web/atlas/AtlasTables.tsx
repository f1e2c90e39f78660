import { plural } from '../../shared/index.js';
import type { AtlasActor, AtlasAnswer, SizeMetric } from './atlasData.js';

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
  const m = (a: AtlasActor) => answer.metrics[a.id] ?? { degree: 0, betweenness: 0, projects: 0 };
  const rows = [...actors].sort((x, y) => m(y)[metric] - m(x)[metric] || x.name.localeCompare(y.name)).slice(0, shownRows);
  return (
    <section aria-labelledby="atlas-actors" className="atlas-section">
      <h2 id="atlas-actors">Actors</h2>
      <p className="muted">
        {actors.length > shownRows
          ? `The ${shownRows} with the highest ${metric} of ${plural(actors.length, 'actor')} shown; search to find others.`
          : `${plural(actors.length, 'actor')} shown.`}
      </p>
      <div className="table-scroll">
        <table className="atlas-table">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Degree</th>
              <th scope="col">Betweenness</th>
              <th scope="col">Projects</th>
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
                <td>{m(a).betweenness.toFixed(3)}</td>
                <td>{m(a).projects}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The city's dataset register (the same as the CSV and DCAT downloads), each dataset traceable. */
export function RegisterTable({ answer, onTrace }: { answer: AtlasAnswer; onTrace: (dataset: string) => void }) {
  const names = new Map(answer.map.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <section aria-labelledby="atlas-register" className="atlas-section">
      <h2 id="atlas-register">Dataset register</h2>
      {answer.register.length === 0 ? (
        <p>No datasets on the city's maps yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="atlas-table">
            <thead>
              <tr>
                <th scope="col">Dataset</th>
                <th scope="col">Steward</th>
                <th scope="col">Holders</th>
                <th scope="col">Projects</th>
                <th scope="col">Sensitivity</th>
                <th scope="col">De-identification</th>
                <th scope="col">Access</th>
                <th scope="col">Standard</th>
                <th scope="col">Licence</th>
              </tr>
            </thead>
            <tbody>
              {answer.register.slice(0, 200).map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onTrace(d.id)} aria-label={`Trace ${d.name}`}>
                      {d.name}
                    </button>
                  </th>
                  <td>{d.steward && name(d.steward)}</td>
                  <td>{d.holders.map(name).join(', ')}</td>
                  <td>{d.projects.join(', ')}</td>
                  <td>{d.sensitivity}</td>
                  <td>{d.deidentification}</td>
                  <td>{d.access}</td>
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
  return (
    <section aria-labelledby="atlas-findings" className="atlas-section">
      <h2 id="atlas-findings">City findings</h2>
      {answer.findings.length === 0 ? (
        <p>No city-wide findings: no focal organisation, repeated dataset, widely shared personal data or silo.</p>
      ) : (
        <ul className="atlas-findings">
          {answer.findings.map((f, i) => (
            <li key={`${f.rule}-${i}`}>
              <span className={`badge ${f.severity === 'info' ? 'badge-neutral' : 'badge-warning'}`}>{f.severity}</span> {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
