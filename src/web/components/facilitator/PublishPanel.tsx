import { useId, useState } from 'react';
import { api } from '../../api.js';
import type { ProjectRef } from '../../apiTypes.js';
import { useResource } from '../../hooks/useResource.js';
import { Badge } from '../../ui/Badge.js';
import { formatDay } from '../../ui/dates.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { inside, WithInside } from '../../i18n/WithInside.js';

addEnglish(facilitatorMessages);

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
  const { t, locale } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const act = (run: () => Promise<unknown>) => run().then(onChanged, setError);
  if (comments.length === 0) return <p className="hint">{t('facilitator.publish.noComments')}</p>;
  return (
    <>
      {error !== null && <ErrorNotice error={apiErrorText(error)} />}
      <ul className="publish-comments">
        {comments.map((c) => (
          <li key={c.id}>
            <p>{c.text}</p>
            <p className="hint">
              {c.approvedAt
                ? t('facilitator.publish.comment.shown', {
                    name: c.name ?? t('facilitator.publish.comment.visitor'),
                    date: formatDay(c.createdAt, locale),
                  })
                : t('facilitator.publish.comment.waiting', {
                    name: c.name ?? t('facilitator.publish.comment.visitor'),
                    date: formatDay(c.createdAt, locale),
                  })}
            </p>
            {!c.approvedAt && (
              <button
                type="button"
                className="button button-small"
                onClick={() => act(() => api.patch(`${path}/comments/${c.id}`, { approved: true }))}
              >
                {t('facilitator.publish.comment.approve')}
              </button>
            )}{' '}
            <button type="button" className="button button-small" onClick={() => act(() => api.delete(`${path}/comments/${c.id}`))}>
              {t('facilitator.publish.comment.delete')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The form for one project: what to publish, its preview, publishing and unpublishing. */
function ProjectPublisher({ path, data, onChanged }: { path: string; data: PublicationResponse; onChanged: () => void }) {
  const { t } = useI18n();
  const { publication, choices } = data;
  const [mapBoardId, setMap] = useState(publication?.mapBoardId ?? choices.maps[0]?.id ?? '');
  const [canvasBoardId, setCanvas] = useState(publication?.canvasBoardId ?? '');
  const [sectionIds, setSections] = useState<string[]>(publication?.sectionIds ?? []);
  const [actionIds, setActions] = useState<string[]>(publication?.actionIds ?? []);
  const [slug, setSlug] = useState(publication?.slug ?? '');
  const [error, setError] = useState<unknown>(null);
  const ids = { map: useId(), canvas: useId(), slug: useId() };
  const canvas = choices.canvases.find((c) => c.id === canvasBoardId);
  if (choices.maps.length === 0) return <p className="hint">{t('facilitator.publish.noMap')}</p>;

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
      <label htmlFor={ids.map}>{t('facilitator.publish.map')}</label>
      <select id={ids.map} value={mapBoardId} onChange={(e) => setMap(e.target.value)}>
        {choices.maps.map((m) => (
          <option key={m.id} value={m.id}>
            {m.title}
          </option>
        ))}
      </select>
      <label htmlFor={ids.canvas}>{t('facilitator.publish.canvas')}</label>
      <select id={ids.canvas} value={canvasBoardId} onChange={(e) => setCanvas(e.target.value)}>
        <option value="">{t('facilitator.publish.mapOnly')}</option>
        {choices.canvases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      {canvas && (
        <fieldset>
          <legend>{t('facilitator.publish.decided')}</legend>
          <ul className="publish-picks">
            {canvas.sections.map((s) => (
              <Pick
                key={s.id}
                id={s.id}
                label={t('facilitator.publish.section', { section: s.title, status: s.status })}
                checked={sectionIds.includes(s.id)}
                onChange={(on) => setSections(toggled(sectionIds, s.id, on))}
              />
            ))}
            {canvas.actions.map((a) => (
              <Pick
                key={a.id}
                id={a.id}
                label={t('facilitator.publish.action', { text: a.text })}
                checked={actionIds.includes(a.id)}
                onChange={(on) => setActions(toggled(actionIds, a.id, on))}
              />
            ))}
          </ul>
        </fieldset>
      )}
      <label htmlFor={ids.slug}>{t('facilitator.publish.address')}</label>
      <input
        id={ids.slug}
        value={slug}
        placeholder={t('facilitator.publish.address.placeholder')}
        onChange={(e) => setSlug(e.target.value.trim())}
      />
      <p className="hint">{t('facilitator.publish.never')}</p>
      {error !== null && <ErrorNotice error={apiErrorText(error)} />}
      <p className="report-links">
        <a className="button button-small" href={`${path}/preview?${query.toString()}`} target="_blank" rel="noopener">
          {t('facilitator.publish.preview')}
          <span className="visually-hidden"> {t('facilitator.publish.newTab')}</span>
        </a>{' '}
        <button type="button" className="button button-small" onClick={() => run(() => api.put(path, body))}>
          {publication ? t('facilitator.publish.again') : t('facilitator.publish.publish')}
        </button>{' '}
        {publication && (
          <button type="button" className="button button-small" onClick={() => run(() => api.delete(path))}>
            {t('facilitator.publish.unpublish')}
          </button>
        )}
      </p>
    </div>
  );
}

/** Whether a project is published, where and since when, and how many comments wait: shown whether or not its form is open. */
function PublicationStatus({ summary }: { summary: PublicationSummary | null | undefined }) {
  const { t, locale } = useI18n();
  if (summary === undefined) return null; // still loading: say nothing rather than "not published"
  if (summary === null) return <p className="hint publish-status">{t('facilitator.publish.notPublished')}</p>;
  const address = `/p/${summary.slug}`;
  return (
    <p className="publish-status">
      <Badge tone="accent">{t('facilitator.publish.published')}</Badge>{' '}
      <WithInside message={t('facilitator.publish.publishedOn', { date: formatDay(summary.publishedAt, locale), address: inside })}>
        <a href={address}>{address}</a>
      </WithInside>
      {summary.waitingComments > 0 && (
        <>
          {' '}
          <Badge tone="warning">{t('facilitator.publish.waiting', { count: summary.waitingComments })}</Badge>
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
  const { t } = useI18n();
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
          {t('facilitator.publish.open')}
        </button>
      )}
      {open && state.status === 'loading' && <Loading what="the project’s page" />}
      {open && state.status === 'error' && <ErrorNotice error={apiErrorText(state.error)} />}
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
  const { t } = useI18n();
  const summaries = useResource<{ publications: PublicationSummary[] }>(`/api/workshops/${encodeURIComponent(workshopId)}/publications`);
  const summaryOf = (projectId: string) =>
    summaries.status === 'ok' ? (summaries.data.publications.find((p) => p.projectId === projectId) ?? null) : undefined;
  return (
    <section className="tool publish-panel" aria-labelledby="publish-title">
      <h3 id="publish-title">{t('facilitator.publish.title')}</h3>
      <p className="hint">{t('facilitator.publish.hint')}</p>
      {projects.length === 0 ? (
        <p className="hint">{t('facilitator.publish.noProjects')}</p>
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
