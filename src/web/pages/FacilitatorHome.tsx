import { Link } from 'wouter';
import type { Booking } from '../../domain/bookings/index.js';
import { cityKey } from '../../domain/index.js';
import { isApiError } from '../api.js';
import type { WorkshopSummary } from '../apiTypes.js';
import { Badge } from '../ui/Badge.js';
import { formatDay } from '../ui/dates.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';
import { NewWorkshopForm } from '../components/NewWorkshopForm.js';
import { ApiTokens } from '../components/facilitator/ApiTokens.js';
import { NotSignedIn } from '../components/NotSignedIn.js';
import { RequireSession } from '../components/RequireSession.js';
import { RetentionNotice } from '../components/retention/RetentionNotice.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import { useSession } from '../session/session.js';
import workshopsMessages from 'virtual:messages/en/workshops.home';
import { addEnglish, useI18n } from '../i18n/index.js';
import { apiErrorText } from '../i18n/apiErrorText.js';

addEnglish(workshopsMessages);

/** The link to the booking inbox, with how many requests nobody has answered yet. */
function BookingRequestsLink() {
  const { t } = useI18n();
  const bookings = useResource<{ bookings: Booking[] }>('/api/bookings');
  const fresh = bookings.status === 'ok' ? bookings.data.bookings.filter((b) => b.status === 'new').length : 0;
  return (
    <p>
      <Link href="/facilitator/bookings">{t('workshops.home.bookings')}</Link>
      {fresh > 0 && (
        <>
          {' '}
          <Badge tone="accent">{t('workshops.home.newRequests', { count: fresh })}</Badge>
        </>
      )}
    </p>
  );
}

/**
 * One "City atlas" link per city that has workshops (cities compare case and spacing aside, as the server's),
 * named as the atlas names it: as its oldest workshop spells it (the list is newest first).
 */
function CityAtlases({ workshops }: { workshops: WorkshopSummary[] }) {
  const { t } = useI18n();
  const cities = new Map<string, string>();
  for (const w of [...workshops].reverse()) {
    const key = w.city ? cityKey(w.city) : '';
    if (w.city && key && !cities.has(key)) cities.set(key, w.city.trim());
  }
  if (cities.size === 0) return null;
  return (
    <nav aria-label={t('workshops.home.atlases')}>
      <ul className="link-list">
        {[...cities.values()].map((city) => (
          <li key={city}>
            <Link href={`/atlas?city=${encodeURIComponent(city)}`}>{t('workshops.home.atlas', { city })}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function WorkshopList() {
  const { t, locale } = useI18n();
  const workshops = useResource<{ workshops: WorkshopSummary[] }>('/api/workshops');
  if (workshops.status === 'loading') return <Loading what="your workshops" />;
  if (workshops.status === 'error') {
    if (isApiError(workshops.error) && workshops.error.status === 401) return <NotSignedIn />;
    return <ErrorNotice error={apiErrorText(workshops.error)} title={t('workshops.home.loadFailed')} />;
  }
  const list = workshops.data.workshops;
  if (list.length === 0) return <p>{t('workshops.home.none')}</p>;
  return (
    <>
      <CityAtlases workshops={list} />
      <ul className="card-list">
        {list.map((w) => (
          <li key={w.id} className="card">
            <Link href={`/w/${encodeURIComponent(w.id)}`} className="card-title">
              {w.title}
            </Link>
            <p className="muted">
              {t('workshops.home.summary', {
                date: formatDay(w.createdAt, locale),
                groups: w.groups,
                people: w.participants,
                boards: w.boards,
              })}
            </p>
            {w.deletionSoon && w.deleteOn && <RetentionNotice deleteOn={w.deleteOn} title={w.title} />}
          </li>
        ))}
      </ul>
    </>
  );
}

function FacilitatorContent() {
  const { t } = useI18n();
  const { session } = useSession();
  if (session.state === 'participant') {
    return (
      <section className="panel narrow">
        <h1 id="fh-title">{t('workshops.home.title')}</h1>
        <p>{t('workshops.home.participant')}</p>
        {session.workshop && (
          <p>
            <Link href={`/w/${encodeURIComponent(session.workshop.id)}`}>
              {t('workshops.home.goTo', { title: session.workshop.title })}
            </Link>
          </p>
        )}
      </section>
    );
  }
  return (
    <div className="two-columns wide-first">
      <section>
        <h1 id="fh-title">{t('workshops.home.title')}</h1>
        <BookingRequestsLink />
        <WorkshopList />
        <ApiTokens />
      </section>
      <section className="panel">
        <NewWorkshopForm />
      </section>
    </div>
  );
}

/** `/facilitator`: the signed-in facilitator's workshops, and a form for a new one. */
export function FacilitatorHome() {
  const { t } = useI18n();
  useDocumentTitle(t('workshops.home.title'));
  return (
    <RequireSession>
      <FacilitatorContent />
    </RequireSession>
  );
}
