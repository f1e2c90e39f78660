import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api, isApiError } from '../../api.js';
import type { WorkshopDetail } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

/** The same limit as a new workshop's title (src/domain/validation.ts). */
const maxTitle = 120;

/** What is wrong with the title as typed, or null; the server checks the same. */
function titleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (!trimmed) return 'Give the new workshop a title.';
  if (trimmed.length > maxTitle) return `The title is longer than ${maxTitle} characters: shorten it.`;
  return null;
}

/**
 * "Duplicate workshop…" (POST /api/workshops/:id/duplicate): a new workshop the signed-in
 * facilitator owns, with this one's agenda, projects, groups and boards, as the start of the
 * next city's; the boards' contents only when asked, and never the reflections.
 */
export function DuplicateWorkshop({ workshop }: { workshop: { id: string; title: string } }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(`${workshop.title} (copy)`);
  const [withContents, setWithContents] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ id: string; title: string } | null>(null);

  async function duplicate(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const local = titleProblem(title);
    setProblem(local);
    if (local) {
      document.getElementById('duplicate-title')?.focus();
      return;
    }
    setBusy(true);
    try {
      const detail = await api.post<WorkshopDetail>(`/api/workshops/${encodeURIComponent(workshop.id)}/duplicate`, {
        title: title.trim(),
        includeBoardContents: withContents,
      });
      setMade({ id: detail.workshop.id, title: detail.workshop.title });
    } catch (e) {
      if (isApiError(e) && e.code === 'VALIDATION_FAILED') setProblem(e.message);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tool duplicate-workshop" aria-labelledby="duplicate-workshop-title">
      <h3 id="duplicate-workshop-title">Duplicate this workshop</h3>
      <p>
        Starts a new workshop for the next city from this one: its agenda, projects, groups and boards, with new invite links. Nobody who
        joined this one comes along.
      </p>
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Duplicate workshop…
        </button>
      ) : (
        <form onSubmit={(e) => void duplicate(e)} noValidate>
          <div className="field">
            <label htmlFor="duplicate-title">Title of the new workshop</label>
            <input
              id="duplicate-title"
              type="text"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'duplicate-title-problem' : undefined}
            />
            {problem && (
              <p id="duplicate-title-problem" className="field-error">
                {problem}
              </p>
            )}
          </div>
          <div className="field">
            <label>
              <input type="checkbox" checked={withContents} onChange={(e) => setWithContents(e.target.checked)} /> Copy what is on the
              boards (maps, canvases; never reflections)
            </label>
            <p className="muted">Reflections stay private to this workshop’s groups: the new workshop’s reflection boards start empty.</p>
          </div>
          <p>
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Duplicating…' : 'Duplicate workshop'}
            </button>{' '}
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => setOpen(false)}>
              Cancel
            </button>
          </p>
        </form>
      )}
      <p role="status">
        {made && (
          <>
            Made “{made.title}”. <Link href={`/w/${encodeURIComponent(made.id)}`}>Open the new workshop</Link>
          </>
        )}
      </p>
      {error !== null && <ErrorNotice error={error} title="The workshop was not duplicated" />}
    </section>
  );
}
