import { useState } from 'react';
import { Link } from 'wouter';
import { bookingStatuses, type Booking, type BookingKind, type BookingStatus } from '../../domain/bookings/index.js';
import { api } from '../api.js';
import { formatDay } from '../ui/dates.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';
import { NewWorkshopForm } from '../components/NewWorkshopForm.js';
import { RequireSession } from '../components/RequireSession.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import { useSession } from '../session/session.js';
import { retentionInWords } from './bookingFields.js';
import inboxMessages from 'virtual:messages/en/inbox';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import './bookings.css';

addEnglish(inboxMessages);

/** A request as the inbox gets it: with the workshop made from it (its title null once that workshop is deleted). */
type InboxBooking = Booking & { workshop: { id: string; title: string | null } | null };

const statusKeys: Record<BookingStatus, MessageKey> = {
  new: msg('inbox.status.new'),
  replied: msg('inbox.status.replied'),
  scheduled: msg('inbox.status.scheduled'),
  declined: msg('inbox.status.declined'),
  archived: msg('inbox.status.archived'),
};

/** What a request asks for, as its card's heading names it. */
const kindKeys: Record<BookingKind, MessageKey> = {
  'cities-workshop': msg('inbox.kind.citiesWorkshop'),
  'ecosystem-mapping': msg('inbox.kind.ecosystemMapping'),
  'ethics-training': msg('inbox.kind.ethicsTraining'),
  other: msg('inbox.kind.other'),
};

/** The title "Make a workshop" fills in: "Riverside Council: a cities workshop", worded as each language says it. */
const workshopTitleKeys: Record<BookingKind, MessageKey> = {
  'cities-workshop': msg('inbox.workshopTitle.citiesWorkshop'),
  'ecosystem-mapping': msg('inbox.workshopTitle.ecosystemMapping'),
  'ethics-training': msg('inbox.workshopTitle.ethicsTraining'),
  other: msg('inbox.workshopTitle.other'),
};

/** Requests still to deal with: neither declined nor archived. */
const isOpen = (b: Booking) => b.status !== 'archived' && b.status !== 'declined';

/** One request: what was asked, and what the facilitators do with it (SPEC B3). */
function BookingCard({ booking, changed }: { booking: InboxBooking; changed: () => void }) {
  const { t, locale } = useI18n();
  const [notes, setNotes] = useState(booking.notes);
  const [date, setDate] = useState(booking.agreedDate ?? '');
  const [error, setError] = useState<unknown>(null);
  const [making, setMaking] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const heading = `bk-${booking.id}-title`;

  async function change(body: Partial<Pick<Booking, 'status' | 'notes' | 'agreedDate'>>) {
    setError(null);
    try {
      await api.patch(`/api/bookings/${encodeURIComponent(booking.id)}`, body);
      changed();
    } catch (e) {
      setError(e);
    }
  }

  async function remove() {
    setError(null);
    try {
      await api.delete(`/api/bookings/${encodeURIComponent(booking.id)}`);
      changed();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <li className="panel booking-card" aria-labelledby={heading}>
      <h2 id={heading}>{t('inbox.card.title', { kind: t(kindKeys[booking.kind]), organisation: booking.organisation })}</h2>
      <dl>
        <dt>{t('inbox.from')}</dt>
        <dd>
          {booking.name}, <a href={`mailto:${booking.email}`}>{booking.email}</a>
        </dd>
        {booking.city && (
          <>
            <dt>{t('inbox.city')}</dt>
            <dd>{booking.city}</dd>
          </>
        )}
        {booking.teamSize !== null && (
          <>
            <dt>{t('inbox.teamSize')}</dt>
            <dd>{booking.teamSize}</dd>
          </>
        )}
        {booking.preferredDates && (
          <>
            <dt>{t('inbox.dates')}</dt>
            <dd>{booking.preferredDates}</dd>
          </>
        )}
        <dt>{t('inbox.received')}</dt>
        <dd>{formatDay(booking.createdAt, locale)}</dd>
        {booking.workshop && (
          <>
            <dt>{t('inbox.workshop')}</dt>
            <dd>
              {booking.workshop.title === null ? (
                t('inbox.workshop.deleted')
              ) : (
                <Link href={`/w/${encodeURIComponent(booking.workshop.id)}`}>{booking.workshop.title}</Link>
              )}
            </dd>
          </>
        )}
      </dl>
      <p className="booking-message">{booking.message}</p>
      <div className="booking-actions">
        <div className="field">
          <label htmlFor={`${heading}-status`}>{t('inbox.status')}</label>
          <select
            id={`${heading}-status`}
            value={booking.status}
            onChange={(e) => void change({ status: e.target.value as BookingStatus })}
          >
            {bookingStatuses.map((s) => (
              <option key={s} value={s}>
                {t(statusKeys[s])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${heading}-date`}>{t('inbox.agreedDate')}</label>
          <input id={`${heading}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <button
          type="button"
          className="button"
          onClick={() => void change({ agreedDate: date || null })}
          disabled={date === (booking.agreedDate ?? '')}
        >
          {t('inbox.agreedDate.save')}
        </button>
        {booking.agreedDate && (
          <a className="button" href={`/api/bookings/${encodeURIComponent(booking.id)}/calendar.ics`} download>
            {t('inbox.calendar')}
          </a>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${heading}-notes`}>{t('inbox.notes')}</label>
        <textarea id={`${heading}-notes`} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={4000} />
      </div>
      <div className="booking-actions">
        <button type="button" className="button" onClick={() => void change({ notes })} disabled={notes === booking.notes}>
          {t('inbox.notes.save')}
        </button>
        {!booking.workshop?.title && (
          <button type="button" className="button" onClick={() => setMaking((m) => !m)} aria-expanded={making}>
            {t('inbox.makeWorkshop')}
          </button>
        )}
        {confirmDelete ? (
          <>
            <span role="alert">{t('inbox.delete.question')}</span>
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              {t('inbox.delete.yes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              {t('inbox.delete.keep')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmDelete(true)}>
            {t('inbox.delete')}
          </button>
        )}
      </div>
      {error !== null && <ErrorNotice error={apiErrorText(error)} />}
      {making && (
        <div className="panel">
          <NewWorkshopForm
            initialTitle={t(workshopTitleKeys[booking.kind], { organisation: booking.organisation })}
            initialCity={booking.city ?? ''}
            booking={booking.id}
          />
        </div>
      )}
    </li>
  );
}

function Inbox() {
  const { t } = useI18n();
  const { session } = useSession();
  const bookings = useResource<{ bookings: InboxBooking[]; retentionDays: number }>(session.state === 'account' ? '/api/bookings' : null);
  const [shown, setShown] = useState<'open' | 'all'>('open');
  if (session.state !== 'account')
    return (
      <section className="panel narrow">
        <h1 id="bookings-title">{t('inbox.title')}</h1>
        <p>{t('inbox.accountsOnly')}</p>
      </section>
    );
  if (bookings.status === 'loading') return <Loading what="booking requests" />;
  if (bookings.status === 'error') return <ErrorNotice error={apiErrorText(bookings.error)} title={t('inbox.loadFailed')} />;
  const all = bookings.data.bookings;
  const open = all.filter(isOpen);
  const list = shown === 'all' ? all : open;
  return (
    <section>
      <p>
        <Link href="/facilitator">{t('inbox.back')}</Link>
      </p>
      <h1 id="bookings-title">{t('inbox.title')}</h1>
      <p>{t('inbox.intro', { kept: retentionInWords(bookings.data.retentionDays, t) })}</p>
      <div className="field">
        <label htmlFor="bookings-shown">{t('inbox.show')}</label>
        <select id="bookings-shown" value={shown} onChange={(e) => setShown(e.target.value as 'open' | 'all')}>
          <option value="open">{t('inbox.show.open', { count: open.length })}</option>
          <option value="all">{t('inbox.show.all', { count: all.length })}</option>
        </select>
      </div>
      {list.length === 0 ? (
        <p>{t('inbox.none')}</p>
      ) : (
        <ul className="booking-list">
          {list.map((b) => (
            // Keyed by id alone: a reload after one change (the status) keeps what is being typed in another (the date).
            <BookingCard key={b.id} booking={b} changed={bookings.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/facilitator/bookings`: the facilitators' inbox of booking requests. */
export function BookingsInbox() {
  const { t } = useI18n();
  useDocumentTitle(t('inbox.title'));
  return (
    <RequireSession>
      <Inbox />
    </RequireSession>
  );
}
