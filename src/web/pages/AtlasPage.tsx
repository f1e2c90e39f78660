import { Link, useSearch } from 'wouter';
import { plural } from '../../shared/index.js';
import { AtlasView } from '../atlas/AtlasView.js';
import type { AtlasAnswer } from '../atlas/atlasData.js';
import { atlasCityOf, atlasPath } from '../earlyReads.js';
import { RequireSession } from '../components/RequireSession.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';

function LeftOut({ answer }: { answer: AtlasAnswer }) {
  if (answer.leftOut.length === 0) return null;
  return (
    <div className="notice notice-info">
      <p className="notice-title">Maps left out</p>
      <ul>
        {answer.leftOut.map((m) => (
          <li key={m.board}>
            {m.title}: {m.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The heading: once the atlas answers, the city as it names it (its oldest workshop's spelling), whatever case the address has. */
function AtlasHeading({ city }: { city: string | null }) {
  useDocumentTitle(city ? `${city} — city atlas` : 'City atlas');
  return <h1>{city ? `${city}: city atlas` : 'City atlas'}</h1>;
}

function AtlasContent({ city }: { city: string }) {
  const atlas = useResource<AtlasAnswer>(atlasPath(city));
  // Until the atlas answers, the city as the link spelled it (the workshop list spells it as the atlas does).
  if (atlas.status === 'loading')
    return (
      <>
        <AtlasHeading city={city} />
        <Loading what="the atlas of a city" values={{ city }} />
      </>
    );
  if (atlas.status === 'error')
    return (
      <>
        <AtlasHeading city={null} />
        <ErrorNotice error={atlas.error} title="The atlas could not be loaded" />
      </>
    );
  const answer = atlas.data;
  const { map } = answer;
  return (
    <>
      <AtlasHeading city={answer.city} />
      <p className="lead">
        Every project map of {answer.city}'s workshops, merged: {plural(map.actors.length, 'actor')}, {plural(map.flows.length, 'flow')},{' '}
        {plural(map.datasets.length, 'dataset')} from {plural(Object.keys(answer.places.boards).length, 'map')}. The project maps are not
        changed.
      </p>
      <LeftOut answer={answer} />
      {answer.message ? <p className="notice notice-info">{answer.message}</p> : <AtlasView answer={answer} reload={atlas.reload} />}
    </>
  );
}

/** `/atlas?city=C`: a city's atlas, for the facilitators of its workshops (SPEC T12). */
export function AtlasPage() {
  const city = atlasCityOf(useSearch());
  return (
    <RequireSession>
      <section className="atlas-page">
        <p>
          <Link href="/facilitator">← Your workshops</Link>
        </p>
        {city ? (
          <AtlasContent city={city} />
        ) : (
          <>
            <AtlasHeading city={null} />
            <p>Open a city's atlas from your workshop list: each city with workshops has a "City atlas" link.</p>
          </>
        )}
      </section>
    </RequireSession>
  );
}
