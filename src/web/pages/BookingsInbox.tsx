import { useState } from 'react';
import { Link } from 'wouter';
import { bookingKindLabels, bookingStatuses, type Booking, type BookingStatus } from '../../domain/bookings/index.js';
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
import { useI18n } from '../i18n/index.js';
import './bookings.css';

/** A request as the inbox gets it: with the workshop made from it (its title null once that workshop is deleted). */
type InboxBooking = Booking & { workshop: { id: string; title: string | null } | null };

const statusLabels: Record<BookingStatus, string> = {
  new: 'New',
  replied: 'Replied',
  scheduled: 'Scheduled',
  declined: 'Declined',
  archived: 'Archived',
};

/** One request: what was asked, and what the facilitators do with it (SPEC B3). */
function BookingCard({ booking, changed }: { booking: InboxBooking; changed: () => void }) {
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
      <h2 id={heading}>
        {bookingKindLabels[booking.kind]}: {booking.organisation}
      </h2>
      <dl>
        <dt>From</dt>
        <dd>
          {booking.name}, <a href={`mailto:${booking.email}`}>{booking.email}</a>
        </dd>
        {booking.city && (
          <>
            <dt>City</dt>
            <dd>{booking.city}</dd>
          </>
        )}
        {booking.teamSize !== null && (
          <>
            <dt>Team size</dt>
            <dd>{booking.teamSize}</dd>
          </>
        )}
        {booking.preferredDates && (
          <>
            <dt>Preferred dates</dt>
            <dd>{booking.preferredDates}</dd>
          </>
        )}
        <dt>Received</dt>
        <dd>{formatDay(booking.createdAt)}</dd>
        {booking.workshop && (
          <>
            <dt>Workshop</dt>
            <dd>
              {booking.workshop.title === null ? (
                'The workshop made from it was deleted.'
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
          <label htmlFor={`${heading}-status`}>Status</label>
          <select
            id={`${heading}-status`}
            value={booking.status}
            onChange={(e) => void change({ status: e.target.value as BookingStatus })}
          >
            {bookingStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${heading}-date`}>Agreed date</label>
          <input id={`${heading}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <button
          type="button"
          className="button"
          onClick={() => void change({ agreedDate: date || null })}
          disabled={date === (booking.agreedDate ?? '')}
        >
          Save date
        </button>
        {booking.agreedDate && (
          <a className="button" href={`/api/bookings/${encodeURIComponent(booking.id)}/calendar.ics`} download>
            Calendar file (.ics)
          </a>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${heading}-notes`}>Notes (only facilitators see them)</label>
        <textarea id={`${heading}-notes`} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={4000} />
      </div>
      <div className="booking-actions">
        <button type="button" className="button" onClick={() => void change({ notes })} disabled={notes === booking.notes}>
          Save notes
        </button>
        {!booking.workshop?.title && (
          <button type="button" className="button" onClick={() => setMaking((m) => !m)} aria-expanded={making}>
            Make a workshop
          </button>
        )}
        {confirmDelete ? (
          <>
            <span role="alert">Delete this request for good?</span>
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              Yes, delete it
            </button>
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        )}
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {making && (
        <div className="panel">
          <NewWorkshopForm
            initialTitle={`${booking.organisation}: ${bookingKindLabels[booking.kind].toLowerCase()}`}
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
        <h1 id="bookings-title">Booking requests</h1>
        <p>This page is for facilitator accounts.</p>
      </section>
    );
  if (bookings.status === 'loading') return <Loading what="booking requests" />;
  if (bookings.status === 'error') return <ErrorNotice error={bookings.error} title="The booking requests could not be loaded" />;
  const all = bookings.data.bookings;
  const list = shown === 'all' ? all : all.filter((b) => b.status !== 'archived' && b.status !== 'declined');
  return (
    <section>
      <p>
        <Link href="/facilitator">Your workshops</Link>
      </p>
      <h1 id="bookings-title">Booking requests</h1>
      <p>
        Requests people sent with the “Book a workshop” form. Each is deleted {retentionInWords(bookings.data.retentionDays, t)} after it
        arrived.
      </p>
      <div className="field">
        <label htmlFor="bookings-shown">Show</label>
        <select id="bookings-shown" value={shown} onChange={(e) => setShown(e.target.value as 'open' | 'all')}>
          <option value="open">Open requests ({all.filter((b) => b.status !== 'archived' && b.status !== 'declined').length})</option>
          <option value="all">All requests ({all.length})</option>
        </select>
      </div>
      {list.length === 0 ? (
        <p>No requests here.</p>
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
  useDocumentTitle('Booking requests');
  return (
    <RequireSession>
      <Inbox />
    </RequireSession>
  );
}
