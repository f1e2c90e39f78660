import atlasMessages from 'virtual:messages/en/atlas';
import { useCallback, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { AtlasView } from '../atlas/AtlasView.js';
import type { AtlasPictureAnswer } from '../atlas/atlasData.js';
import { actorsCount, emptyAtlasText, flowsCount } from '../atlas/atlasWords.js';
import { atlasCityOf, atlasPicturePath } from '../earlyReads.js';
import { RequireSession } from '../components/RequireSession.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';

addEnglish(atlasMessages);

function LeftOut({ answer }: { answer: AtlasPictureAnswer }) {
  const { t } = useI18n();
  if (answer.leftOut.length === 0) return null;
  return (
    <div className="notice notice-info">
      <p className="notice-title">{t('atlas.leftOut.title')}</p>
      <ul>
        {answer.leftOut.map((m) => (
          <li key={m.board}>{t('atlas.leftOut.item', { title: m.title, reason: m.reason })}</li>
        ))}
      </ul>
    </div>
  );
}

/** The heading: once the atlas answers, the city as it names it (its oldest workshop's spelling), whatever case the address has. */
function AtlasHeading({ city }: { city: string | null }) {
  const { t } = useI18n();
  useDocumentTitle(city ? t('atlas.documentTitle.city', { city }) : t('atlas.title'));
  return <h1>{city ? t('atlas.title.city', { city }) : t('atlas.title')}</h1>;
}

/** "Every project map of Coventry's workshops, merged: 12 actors, …". */
function Lead({ answer }: { answer: AtlasPictureAnswer }) {
  const { t } = useI18n();
  return (
    <p className="lead">
      {t('atlas.lead', {
        city: answer.city,
        actors: actorsCount(answer.actors.length),
        flows: flowsCount(answer.flows.length),
        datasets: t('atlas.count.datasets', { count: answer.counts.datasets }),
        maps: t('atlas.count.maps', { count: answer.counts.maps }),
      })}
    </p>
  );
}

function AtlasContent({ city }: { city: string }) {
  const { t } = useI18n();
  // The picture first (SPEC T15); the view asks for the rest once it is drawn.
  const atlas = useResource<AtlasPictureAnswer>(atlasPicturePath(city));
  // A picture the view made from details newer than the one asked for, until another is asked for.
  const [newer, setNewer] = useState<{ after: AtlasPictureAnswer; picture: AtlasPictureAnswer } | null>(null);
  const asked = atlas.status === 'ok' ? atlas.data : null;
  const showNewer = useCallback(
    (picture: AtlasPictureAnswer) => {
      if (asked) setNewer({ after: asked, picture });
    },
    [asked],
  );
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
        <ErrorNotice error={apiErrorText(atlas.error)} title={t('atlas.loadFailed')} />
      </>
    );
  const answer = newer && newer.after === atlas.data ? newer.picture : atlas.data;
  const empty = emptyAtlasText(answer);
  return (
    <>
      <AtlasHeading city={answer.city} />
      {/* An empty atlas's notice says what the city has (its map boards); "0 actors from 0 maps" beside it contradicted it. */}
      {empty ? null : <Lead answer={answer} />}
      <LeftOut answer={answer} />
      {empty ? (
        <p className="notice notice-info">{empty}</p>
      ) : (
        <AtlasView picture={answer} reloadPicture={atlas.reload} onNewer={showNewer} />
      )}
    </>
  );
}

/** `/atlas?city=C`: a city's atlas, for the facilitators of its workshops (SPEC T12). */
export function AtlasPage() {
  const { t } = useI18n();
  const city = atlasCityOf(useSearch());
  return (
    <RequireSession>
      <section className="atlas-page">
        <p>
          <Link href="/facilitator">{t('atlas.back')}</Link>
        </p>
        {city ? (
          <AtlasContent city={city} />
        ) : (
          <>
            <AtlasHeading city={null} />
            <p>{t('atlas.noCity')}</p>
          </>
        )}
      </section>
    </RequireSession>
  );
}
