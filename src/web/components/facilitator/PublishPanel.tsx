import { useId, useState } from 'react';
import { api } from '../../api.js';
import type { ProjectRef } from '../../apiTypes.js';
import { useResource } from '../../hooks/useResource.js';
import { plural } from '../../../shared/index.js';
import { Badge } from '../../ui/Badge.js';
import { formatDay } from '../../ui/dates.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';

interface Publication {
  slug: string;
  publishedAt: string;
  mapBoardId: string;
  canvasBoardId: string | null;
  sectionIds: string[];
  actionIds: string[];
}
interface Comment {
  id: string;
  name: string | null;
  text: string;
  createdAt: string;
  approvedAt: string | null;
}
interface CanvasChoice {
  id: string;
  title: string;
  sections: { id: string; title: string; status: string }[];
  actions: { id: string; section: string; text: string; done: boolean }[];
}
/** One project's line of GET /api/workshops/:id/publications: what the closed panel says of it. */
interface PublicationSummary {
  projectId: string;
  slug: string;
  publishedAt: string;
  waitingComments: number;
}
interface PublicationResponse {
  publication: Publication | null;
  comments: Comment[];
  choices: { maps: { id: string; title: string }[]; canvases: CanvasChoice[] };
}

/** One checkbox in a list of choices. */
function Pick(props: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <li>
      <input type="checkbox" id={id} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />{' '}
      <label htmlFor={id}>{props.label}</label>
    </li>
  );
}

const toggled = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

/** Comments visitors sent (U7): each waits for approval; a facilitator approves or deletes it. */
function Comments({ path, comments, onChanged }: { path: string; comments: Comment[]; onChanged: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const act = (run: () => Promise<unknown>) => run().then(onChanged, setError);
  if (comments.length === 0) return <p className="hint">No questions or comments yet.</p>;
  return (
    <>
      {error !== null && <ErrorNotice error={error} />}
      <ul className="publish-comments">
        {comments.map((c) => (
          <li key={c.id}>
            <p>{c.text}</p>
            <p className="hint">
              {c.name ?? 'A visitor'}, {formatDay(c.createdAt)} · {c.approvedAt ? 'shown on the page' : 'waiting for approval'}
            </p>
            {!c.approvedAt && (
              <button
                type="button"
                className="button button-small"
                onClick={() => act(() => api.patch(`${path}/comments/${c.id}`, { approved: true }))}
              >
                Approve
              </button>
            )}{' '}
            <button type="button" className="button button-small" onClick={() => act(() => api.delete(`${path}/comments/${c.id}`))}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The form for one project: what to publish, its preview, publishing and unpublishing. */
function ProjectPublisher({ path, data, onChanged }: { path: string; data: PublicationResponse; onChanged: () => void }) {
  const { publication, choices } = data;
  const [mapBoardId, setMap] = useState(publication?.mapBoardId ?? choices.maps[0]?.id ?? '');
  const [canvasBoardId, setCanvas] = useState(publication?.canvasBoardId ?? '');
  const [sectionIds, setSections] = useState<string[]>(publication?.sectionIds ?? []);
  const [actionIds, setActions] = useState<string[]>(publication?.actionIds ?? []);
  const [slug, setSlug] = useState(publication?.slug ?? '');
  const [error, setError] = useState<unknown>(null);
  const ids = { map: useId(), canvas: useId(), slug: useId() };
  const canvas = choices.canvases.find((c) => c.id === canvasBoardId);
  if (choices.maps.length === 0) return <p className="hint">This project has no map yet.</p>;

  const query = new URLSearchParams({
    map: mapBoardId,
    canvas: canvasBoardId,
    sections: sectionIds.join(','),
    actions: actionIds.join(','),
  });
  const body = { mapBoardId, canvasBoardId: canvasBoardId || null, sectionIds, actionIds, ...(slug ? { slug } : {}) };
  const run = (call: () => Promise<unknown>) => {
    setError(null);
    call().then(onChanged, setError);
  };
  return (
    <div className="publish-form">
      <label htmlFor={ids.map}>Map</label>
      <select id={ids.map} value={mapBoardId} onChange={(e) => setMap(e.target.value)}>
        {choices.maps.map((m) => (
          <option key={m.id} value={m.id}>
            {m.title}
          </option>
        ))}
      </select>
      <label htmlFor={ids.canvas}>Data ethics canvas</label>
      <select id={ids.canvas} value={canvasBoardId} onChange={(e) => setCanvas(e.target.value)}>
        <option value="">None: publish the map only</option>
        {choices.canvases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      {canvas && (
        <fieldset>
          <legend>What the project decided: sections whose status to show, and actions</legend>
          <ul className="publish-picks">
            {canvas.sections.map((s) => (
              <Pick
                key={s.id}
                id={s.id}
                label={`${s.title} (${s.status})`}
                checked={sectionIds.includes(s.id)}
                onChange={(on) => setSections(toggled(sectionIds, s.id, on))}
              />
            ))}
            {canvas.actions.map((a) => (
              <Pick
                key={a.id}
                id={a.id}
                label={`Action: ${a.text}`}
                checked={actionIds.includes(a.id)}
                onChange={(on) => setActions(toggled(actionIds, a.id, on))}
              />
            ))}
          </ul>
        </fieldset>
      )}
      <label htmlFor={ids.slug}>Address: /p/…</label>
      <input id={ids.slug} value={slug} placeholder="made from the project’s name" onChange={(e) => setSlug(e.target.value.trim())} />
      <p className="hint">Never published: notes, reflections, people’s names, action owners, anything of another project.</p>
      {error !== null && <ErrorNotice error={error} />}
      <p className="report-links">
        <a className="button button-small" href={`${path}/preview?${query.toString()}`} target="_blank" rel="noopener">
          Preview the page<span className="visually-hidden"> (opens in a new tab)</span>
        </a>{' '}
        <button type="button" className="button button-small" onClick={() => run(() => api.put(path, body))}>
          {publication ? 'Publish again' : 'Publish'}
        </button>{' '}
        {publication && (
          <button type="button" className="button button-small" onClick={() => run(() => api.delete(path))}>
            Unpublish
          </button>
        )}
      </p>
    </div>
  );
}

/** Whether a project is published, where and since when, and how many comments wait: shown whether or not its form is open. */
function PublicationStatus({ summary }: { summary: PublicationSummary | null | undefined }) {
  if (summary === undefined) return null; // still loading: say nothing rather than "not published"
  if (summary === null) return <p className="hint publish-status">Not published.</p>;
  return (
    <p className="publish-status">
      <Badge tone="accent">Published</Badge> on {formatDay(summary.publishedAt)} at <a href={`/p/${summary.slug}`}>/p/{summary.slug}</a>
      {summary.waitingComments > 0 && (
        <>
          {' '}
          <Badge tone="warning">{plural(summary.waitingComments, 'comment')} waiting for approval</Badge>
        </>
      )}
    </p>
  );
}

function ProjectPublication(props: {
  workshopId: string;
  project: ProjectRef;
  summary: PublicationSummary | null | undefined;
  onChanged: () => void;
}) {
  const { workshopId, project, summary } = props;
  const [open, setOpen] = useState(false);
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/projects/${encodeURIComponent(project.id)}/publication`;
  const state = useResource<PublicationResponse>(open ? path : null);
  const changed = () => {
    state.reload();
    props.onChanged();
  };
  return (
    <li>
      <h4>{project.title}</h4>
      <PublicationStatus summary={summary} />
      {!open && (
        <button type="button" className="button button-small" onClick={() => setOpen(true)}>
          Publish this project…
        </button>
      )}
      {open && state.status === 'loading' && <Loading what="the project’s page" />}
      {open && state.status === 'error' && <ErrorNotice error={state.error} />}
      {open && state.status === 'ok' && (
        <>
          <ProjectPublisher key={state.data.publication?.publishedAt ?? 'new'} path={path} data={state.data} onChanged={changed} />
          {state.data.publication && <Comments path={path} comments={state.data.comments} onChanged={changed} />}
        </>
      )}
    </li>
  );
}

/**
 * Public pages (SPEC U): a project's map, and what it decided, published at /p/<slug> for
 * anyone to read; the preview shows exactly that page before it is published.
 */
export function PublishPanel({ workshopId, projects }: { workshopId: string; projects: ProjectRef[] }) {
  const summaries = useResource<{ publications: PublicationSummary[] }>(`/api/workshops/${encodeURIComponent(workshopId)}/publications`);
  const summaryOf = (projectId: string) =>
    summaries.status === 'ok' ? (summaries.data.publications.find((p) => p.projectId === projectId) ?? null) : undefined;
  return (
    <section className="tool publish-panel" aria-labelledby="publish-title">
      <h3 id="publish-title">Public pages</h3>
      <p className="hint">
        Publish a project’s map, and if you like what its canvas decided, as a page anyone can read without an account. The page is a copy
        made when you publish: later changes show once you publish again.
      </p>
      {projects.length === 0 ? (
        <p className="hint">Add a project first.</p>
      ) : (
        <ul className="publish-projects">
          {projects.map((p) => (
            <ProjectPublication key={p.id} workshopId={workshopId} project={p} summary={summaryOf(p.id)} onChanged={summaries.reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
