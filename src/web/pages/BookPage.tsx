import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import { bookingKindLabels, bookingKinds, bookingLimits, type BookingKind } from '../../domain/bookings/index.js';
import { api } from '../api.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import { fieldProblems, retentionInWords, type BookingField } from './bookingFields.js';
import './bookings.css';

interface Policy {
  retentionDays: number;
  receiptByEmail: boolean;
}

const empty = { organisation: '', city: '', name: '', email: '', teamSize: '', preferredDates: '', message: '', website: '' };

/** One labelled field with its problem tied to it (aria-describedby), and an optional hint. */
function Field(props: {
  id: BookingField;
  label: string;
  hint?: string;
  problem?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const ids = [props.hint ? `bk-${props.id}-hint` : null, props.problem ? `bk-${props.id}-problem` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={`bk-${props.id}`}>{props.label}</label>
      {props.hint && (
        <p id={`bk-${props.id}-hint`} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.children(ids || undefined)}
      {props.problem && (
        <p id={`bk-${props.id}-problem`} className="field-error">
          {props.problem}
        </p>
      )}
    </div>
  );
}

/** `/book`: anyone asks the facilitators of this installation for a workshop (SPEC B1–B2). */
export function BookPage() {
  useDocumentTitle('Book a workshop');
  const policy = useResource<Policy>('/api/booking-policy');
  const [kind, setKind] = useState<BookingKind>('cities-workshop');
  const [values, setValues] = useState(empty);
  const [problems, setProblems] = useState<Partial<Record<BookingField, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Policy | null>(null);
  const kept = policy.status === 'ok' ? retentionInWords(policy.data.retentionDays) : null;

  const set = (field: keyof typeof empty) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };

  function missing(): Partial<Record<BookingField, string>> {
    const found: Partial<Record<BookingField, string>> = {};
    if (!values.organisation.trim()) found.organisation = 'Say which organisation the workshop is for.';
    if (!values.name.trim()) found.name = 'Give your name, so the facilitators know whom to answer.';
    if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) found.email = 'Give an e-mail address like name@example.org: the answer goes there.';
    if (values.teamSize && !/^\d+$/.test(values.teamSize.trim()))
      found.teamSize = 'Give the number of people as a whole number, or leave it empty.';
    if (!values.message.trim()) found.message = 'Say in a few words what you would like the workshop to do.';
    return found;
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const found = missing();
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`bk-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const answer = await api.post<{ retentionDays: number }>('/api/bookings', {
        kind,
        organisation: values.organisation,
        city: values.city || undefined,
        name: values.name,
        email: values.email,
        teamSize: values.teamSize ? Number(values.teamSize) : undefined,
        preferredDates: values.preferredDates || undefined,
        message: values.message,
        website: values.website || undefined,
      });
      setSent({ retentionDays: answer.retentionDays, receiptByEmail: policy.status === 'ok' && policy.data.receiptByEmail });
    } catch (e) {
      const byField = fieldProblems(e);
      if (byField) setProblems(byField);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (sent)
    return (
      <section className="panel narrow booking-sent" role="status">
        <h1 id="book-title">Thank you: your request is sent</h1>
        <p>The facilitators will write to you at {values.email.trim()}.</p>
        {sent.receiptByEmail && <p>A copy of your request is on its way to that address.</p>}
        <p>
          We keep your request for {retentionInWords(sent.retentionDays)} to arrange the workshop, then delete it. To have it deleted
          sooner, write to the facilitators.
        </p>
        <p>
          <Link href="/">Back to the start page</Link>
        </p>
      </section>
    );

  const input =
    (field: Exclude<BookingField, 'kind' | 'message'>, type: string, max: number, autoComplete: string) => (describedBy?: string) => (
      <input
        id={`bk-${field}`}
        type={type}
        inputMode={field === 'teamSize' ? 'numeric' : undefined}
        autoComplete={autoComplete}
        maxLength={max}
        value={values[field]}
        onChange={(e) => set(field)(e.target.value)}
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={describedBy}
      />
    );

  return (
    <section className="panel narrow booking">
      <h1 id="book-title">Book a workshop</h1>
      <p>Tell the facilitators what you need; they will answer by e-mail. Fields marked optional can be left empty.</p>
      <form onSubmit={send} noValidate aria-labelledby="book-title">
        <fieldset className="field">
          <legend>What would you like?</legend>
          {bookingKinds.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {bookingKindLabels[k]}
            </label>
          ))}
        </fieldset>
        <Field id="organisation" label="Organisation" problem={problems.organisation}>
          {input('organisation', 'text', bookingLimits.organisation, 'organization')}
        </Field>
        <Field id="city" label="City (optional)" problem={problems.city}>
          {input('city', 'text', bookingLimits.city, 'address-level2')}
        </Field>
        <Field id="name" label="Your name" problem={problems.name}>
          {input('name', 'text', bookingLimits.name, 'name')}
        </Field>
        <Field id="email" label="Your e-mail" problem={problems.email}>
          {input('email', 'email', bookingLimits.email, 'email')}
        </Field>
        <Field id="teamSize" label="How many people would take part? (optional)" problem={problems.teamSize}>
          {input('teamSize', 'text', 5, 'off')}
        </Field>
        <Field
          id="preferredDates"
          label="Preferred dates (optional)"
          hint="For example: any Tuesday in March, or 18 or 25 April."
          problem={problems.preferredDates}
        >
          {input('preferredDates', 'text', bookingLimits.preferredDates, 'off')}
        </Field>
        <Field
          id="message"
          label="What should the workshop do?"
          hint="The project or data you have in mind, and who would come."
          problem={problems.message}
        >
          {(describedBy) => (
            <textarea
              id="bk-message"
              rows={6}
              maxLength={bookingLimits.message}
              value={values.message}
              onChange={(e) => set('message')(e.target.value)}
              aria-invalid={problems.message ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        {/* Hidden from people and screen readers: only a robot fills it in (SPEC B2). */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="bk-website">Leave this empty</label>
          <input
            id="bk-website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(e) => set('website')(e.target.value)}
          />
        </div>
        <p id="bk-consent" className="consent">
          We keep what you send here (your name, e-mail, organisation and what you write) {kept ? `for ${kept}` : 'for a limited time'} to
          arrange the workshop, then delete it. Only this installation&apos;s facilitators see it; nothing goes to anyone else.
        </p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button button-primary" disabled={busy} aria-describedby="bk-consent">
          {busy ? 'Sending…' : 'Send request'}
        </button>
      </form>
    </section>
  );
}
