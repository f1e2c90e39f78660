import { useState, type FormEvent } from 'react';
import { suggestionLimits, suggestionOverLimit, type SuggestionOverLimit, type SuggestionRequest } from '../../../domain/index.js';
import type { Actor } from '../../../domain/map/index.js';
import { api, isApiError } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import suggestMessages from 'virtual:messages/en/audience.suggest';
import { addEnglish, msg, translate, useI18n, type MessageKey } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(suggestMessages);

type Kind = 'actor' | 'flow' | 'note';

const kindKeys: Record<Kind, MessageKey> = {
  actor: msg('audience.suggest.kind.actor'),
  flow: msg('audience.suggest.kind.flow'),
  note: msg('audience.suggest.kind.note'),
};

/** "The actor's name is 130 characters long; …", whole per field so each language words it. */
const tooLongKeys: Record<SuggestionOverLimit['field'], MessageKey> = {
  name: msg('audience.suggest.tooLong.name'),
  label: msg('audience.suggest.tooLong.label'),
  text: msg('audience.suggest.tooLong.text'),
};

/** What went wrong, in the page's language: a field over its limit, a suggestion too large to take, or the server's refusal. */
type Problem = { over: SuggestionOverLimit } | { tooLarge: true } | { refused: unknown };

/** Called while drawing SuggestForm, which uses `useI18n`. */
function problemText(problem: Problem): string {
  if ('over' in problem) {
    const { field, length, limit } = problem.over;
    return translate(tooLongKeys[field], { length, limit, over: length - limit });
  }
  if ('tooLarge' in problem) return translate('audience.suggest.tooLarge', { text: suggestionLimits.text, name: suggestionLimits.name });
  return apiErrorText(problem.refused);
}

/**
 * The audience's small form (SPEC W5): suggest an actor, a flow between two actors on the map,
 * or a note. It goes to the group's queue; nothing about the sender is asked or kept.
 */
export function SuggestForm({ code, actors }: { code: string; actors: Actor[] }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('actor');
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);

  const body = (): SuggestionRequest => {
    if (kind === 'actor') return { kind, name };
    if (kind === 'note') return { kind, text };
    return { kind, from, to, ...(label.trim() ? { label } : {}) };
  };

  async function send(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSent(false);
    // Over a limit: said here, with the limit and what to do, rather than the server's refusal.
    const over = suggestionOverLimit(body());
    if (over) {
      setError({ over });
      return;
    }
    setBusy(true);
    try {
      await api.post(`/api/audience/${encodeURIComponent(code)}/suggestions`, body());
      setSent(true);
      setName('');
      setLabel('');
      setText('');
    } catch (err) {
      setError(isApiError(err) && err.code === 'PAYLOAD_TOO_LARGE' ? { tooLarge: true } : { refused: err });
    } finally {
      setBusy(false);
    }
  }

  const actorOptions = [
    <option key="" value="">
      {t('audience.suggest.chooseActor')}
    </option>,
    ...actors.map((a) => (
      <option key={a.id} value={a.id}>
        {a.name}
      </option>
    )),
  ];

  return (
    <form className="suggest-form" onSubmit={(e) => void send(e)} aria-labelledby="suggest-title">
      <h2 id="suggest-title">{t('audience.suggest.title')}</h2>
      <fieldset className="suggest-kinds">
        <legend>{t('audience.suggest.kind.legend')}</legend>
        {(Object.keys(kindKeys) as Kind[]).map((k) => (
          <label key={k}>
            <input type="radio" name="suggest-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(kindKeys[k])}
          </label>
        ))}
      </fieldset>
      {kind === 'actor' && (
        <div className="field">
          <label htmlFor="suggest-name">{t('audience.suggest.name')}</label>
          <input id="suggest-name" required aria-describedby="suggest-name-hint" value={name} onChange={(e) => setName(e.target.value)} />
          <p id="suggest-name-hint" className="hint">
            {t('audience.suggest.atMost', { max: suggestionLimits.name })}
          </p>
        </div>
      )}
      {kind === 'flow' && (
        <>
          <div className="field">
            <label htmlFor="suggest-from">{t('audience.suggest.from')}</label>
            <select id="suggest-from" required value={from} onChange={(e) => setFrom(e.target.value)}>
              {actorOptions}
            </select>
          </div>
          <div className="field">
            <label htmlFor="suggest-to">{t('audience.suggest.to')}</label>
            <select id="suggest-to" required value={to} onChange={(e) => setTo(e.target.value)}>
              {actorOptions}
            </select>
          </div>
          <div className="field">
            <label htmlFor="suggest-label">{t('audience.suggest.label')}</label>
            <input id="suggest-label" aria-describedby="suggest-label-hint" value={label} onChange={(e) => setLabel(e.target.value)} />
            <p id="suggest-label-hint" className="hint">
              {t('audience.suggest.atMost', { max: suggestionLimits.label })}
            </p>
          </div>
        </>
      )}
      {kind === 'note' && (
        <div className="field">
          <label htmlFor="suggest-text">{t('audience.suggest.text')}</label>
          <textarea
            id="suggest-text"
            required
            aria-describedby="suggest-text-hint"
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <p id="suggest-text-hint" className="hint">
            {t('audience.suggest.text.hint', { max: suggestionLimits.text, count: [...text.trim()].length })}
          </p>
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t('audience.suggest.send')}
      </button>
      <p role="status" className="suggest-sent">
        {sent ? t('audience.suggest.sent') : ''}
      </p>
      {error !== null && <ErrorNotice error={problemText(error)} title={t('audience.suggest.failed')} />}
    </form>
  );
}
