import { Link, useSearch } from 'wouter';
import { AtlasView } from '../atlas/AtlasView.js';
import type { AtlasAnswer } from '../atlas/atlasData.js';
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

function AtlasContent({ city }: { city: string }) {
  const atlas = useResource<AtlasAnswer>(`/api/atlas?city=${encodeURIComponent(city)}`);
  if (atlas.status === 'loading') return <Loading what={`the atlas of ${city}`} />;
  if (atlas.status === 'error') return <ErrorNotice error={atlas.error} title="The atlas could not be loaded" />;
  const answer = atlas.data;
  return (
    <>
      <p className="lead">
        Every project map of {answer.city}'s workshops, merged: {answer.map.actors.length} actors, {answer.map.flows.length} flows,{' '}
        {answer.map.datasets.length} datasets from {Object.keys(answer.places.boards).length} maps. The project maps are not changed.
      </p>
      <LeftOut answer={answer} />
      {answer.message ? <p className="notice notice-info">{answer.message}</p> : <AtlasView answer={answer} reload={atlas.reload} />}
    </>
  );
}

/** `/atlas?city=C`: a city's atlas, for the facilitators of its workshops (SPEC T12). */
export function AtlasPage() {
  const city = new URLSearchParams(useSearch()).get('city')?.trim() ?? '';
  useDocumentTitle(city ? `${city} — city atlas` : 'City atlas');
  return (
    <RequireSession>
      <section className="atlas-page">
        <p>
          <Link href="/facilitator">← Your workshops</Link>
        </p>
        <h1>{city ? `${city}: city atlas` : 'City atlas'}</h1>
        {city ? (
          <AtlasContent city={city} />
        ) : (
          <p>Open a city's atlas from your workshop list: each city with workshops has a "City atlas" link.</p>
        )}
      </section>
    </RequireSession>
  );
}
