import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import bookMessages from 'virtual:messages/en/book';
import { bookingKinds, bookingLimits, type BookingKind } from '../../domain/bookings/index.js';
import { api } from '../api.js';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import { fieldProblems, retentionInWords, type BookingField } from './bookingFields.js';
import './bookings.css';

addEnglish(bookMessages);

const kindKeys: Record<BookingKind, MessageKey> = {
  'cities-workshop': msg('book.kind.citiesWorkshop'),
  'ecosystem-mapping': msg('book.kind.ecosystemMapping'),
  'ethics-training': msg('book.kind.ethicsTraining'),
  other: msg('book.kind.other'),
};

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
  const { t, locale } = useI18n();
  useDocumentTitle(t('book.title'));
  const policy = useResource<Policy>('/api/booking-policy');
  const [kind, setKind] = useState<BookingKind>('cities-workshop');
  const [values, setValues] = useState(empty);
  const [problems, setProblems] = useState<Partial<Record<BookingField, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Policy | null>(null);
  const kept = policy.status === 'ok' ? retentionInWords(policy.data.retentionDays, t) : null;

  const set = (field: keyof typeof empty) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };

  function missing(): Partial<Record<BookingField, string>> {
    const found: Partial<Record<BookingField, string>> = {};
    if (!values.organisation.trim()) found.organisation = t('book.problem.organisation');
    if (!values.name.trim()) found.name = t('book.problem.name');
    if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) found.email = t('book.problem.email');
    if (values.teamSize && !/^\d+$/.test(values.teamSize.trim())) found.teamSize = t('book.problem.teamSize');
    if (!values.message.trim()) found.message = t('book.problem.message');
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
        language: locale,
      });
      setSent({ retentionDays: answer.retentionDays, receiptByEmail: policy.status === 'ok' && policy.data.receiptByEmail });
    } catch (e) {
      const byField = fieldProblems(e, t);
      if (byField) setProblems(byField);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (sent)
    return (
      <section className="panel narrow booking-sent" role="status">
        <h1 id="book-title">{t('book.sent.title')}</h1>
        <p>{t('book.sent.replyTo', { email: values.email.trim() })}</p>
        {sent.receiptByEmail && <p>{t('book.sent.receipt')}</p>}
        <p>{t('book.sent.kept', { kept: retentionInWords(sent.retentionDays, t) })}</p>
        <p>
          <Link href="/">{t('book.sent.back')}</Link>
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
      <h1 id="book-title">{t('book.title')}</h1>
      <p>{t('book.intro')}</p>
      <form onSubmit={send} noValidate aria-labelledby="book-title">
        <fieldset className="field">
          <legend>{t('book.kind.legend')}</legend>
          {bookingKinds.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(kindKeys[k])}
            </label>
          ))}
        </fieldset>
        <Field id="organisation" label={t('book.organisation')} problem={problems.organisation}>
          {input('organisation', 'text', bookingLimits.organisation, 'organization')}
        </Field>
        <Field id="city" label={t('book.city')} problem={problems.city}>
          {input('city', 'text', bookingLimits.city, 'address-level2')}
        </Field>
        <Field id="name" label={t('book.name')} problem={problems.name}>
          {input('name', 'text', bookingLimits.name, 'name')}
        </Field>
        <Field id="email" label={t('book.email')} problem={problems.email}>
          {input('email', 'email', bookingLimits.email, 'email')}
        </Field>
        <Field id="teamSize" label={t('book.teamSize')} problem={problems.teamSize}>
          {input('teamSize', 'text', 5, 'off')}
        </Field>
        <Field id="preferredDates" label={t('book.dates')} hint={t('book.dates.hint')} problem={problems.preferredDates}>
          {input('preferredDates', 'text', bookingLimits.preferredDates, 'off')}
        </Field>
        <Field id="message" label={t('book.message')} hint={t('book.message.hint')} problem={problems.message}>
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
          <label htmlFor="bk-website">{t('book.honeypot')}</label>
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
          {kept ? t('book.consent', { kept }) : t('book.consent.unknown')}
        </p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button button-primary" disabled={busy} aria-describedby="bk-consent">
          {busy ? t('book.sending') : t('book.send')}
        </button>
      </form>
    </section>
  );
}
