import { useState, type FormEvent } from 'react';
import { suggestionLengthProblem, suggestionLimits, suggestionTooLarge, type SuggestionRequest } from '../../../domain/index.js';
import type { Actor } from '../../../domain/map/index.js';
import { api, isApiError } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

type Kind = 'actor' | 'flow' | 'note';

const kindLabels: Record<Kind, string> = { actor: 'An actor', flow: 'A flow', note: 'A note' };

/**
 * The audience's small form (SPEC W5): suggest an actor, a flow between two actors on the map,
 * or a note. It goes to the group's queue; nothing about the sender is asked or kept.
 */
export function SuggestForm({ code, actors }: { code: string; actors: Actor[] }) {
  const [kind, setKind] = useState<Kind>('actor');
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
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
    const tooLong = suggestionLengthProblem(body());
    if (tooLong) {
      setError(tooLong);
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
      setError(isApiError(err) && err.code === 'PAYLOAD_TOO_LARGE' ? suggestionTooLarge : err);
    } finally {
      setBusy(false);
    }
  }

  const actorOptions = [
    <option key="" value="">
      Choose an actor
    </option>,
    ...actors.map((a) => (
      <option key={a.id} value={a.id}>
        {a.name}
      </option>
    )),
  ];

  return (
    <form className="suggest-form" onSubmit={(e) => void send(e)} aria-labelledby="suggest-title">
      <h2 id="suggest-title">Suggest something</h2>
      <fieldset className="suggest-kinds">
        <legend>What do you suggest?</legend>
        {(Object.keys(kindLabels) as Kind[]).map((k) => (
          <label key={k}>
            <input type="radio" name="suggest-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {kindLabels[k]}
          </label>
        ))}
      </fieldset>
      {kind === 'actor' && (
        <div className="field">
          <label htmlFor="suggest-name">Actor’s name</label>
          <input id="suggest-name" required aria-describedby="suggest-name-hint" value={name} onChange={(e) => setName(e.target.value)} />
          <p id="suggest-name-hint" className="hint">
            At most {suggestionLimits.name} characters.
          </p>
        </div>
      )}
      {kind === 'flow' && (
        <>
          <div className="field">
            <label htmlFor="suggest-from">From</label>
            <select id="suggest-from" required value={from} onChange={(e) => setFrom(e.target.value)}>
              {actorOptions}
            </select>
          </div>
          <div className="field">
            <label htmlFor="suggest-to">To</label>
            <select id="suggest-to" required value={to} onChange={(e) => setTo(e.target.value)}>
              {actorOptions}
            </select>
          </div>
          <div className="field">
            <label htmlFor="suggest-label">What flows (optional)</label>
            <input id="suggest-label" aria-describedby="suggest-label-hint" value={label} onChange={(e) => setLabel(e.target.value)} />
            <p id="suggest-label-hint" className="hint">
              At most {suggestionLimits.label} characters.
            </p>
          </div>
        </>
      )}
      {kind === 'note' && (
        <div className="field">
          <label htmlFor="suggest-text">Your note</label>
          <textarea
            id="suggest-text"
            required
            aria-describedby="suggest-text-hint"
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <p id="suggest-text-hint" className="hint">
            At most {suggestionLimits.text} characters ({[...text.trim()].length} now).
          </p>
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>
        Send suggestion
      </button>
      <p role="status" className="suggest-sent">
        {sent ? 'Sent. The group will see it and decide.' : ''}
      </p>
      {error !== null && <ErrorNotice error={error} title="Your suggestion was not sent" />}
    </form>
  );
}
