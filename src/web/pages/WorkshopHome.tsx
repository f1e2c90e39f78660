import { Link } from 'wouter';
import { isApiError } from '../api.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { AgendaList } from '../components/AgendaList.js';
import { BoardList } from '../components/BoardList.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { FacilitatorPanel } from '../components/facilitator/FacilitatorPanel.js';
import { FacilitatorSectionNav } from '../components/facilitator/FacilitatorSectionNav.js';
import { ImportPanel } from '../components/import/ImportPanel.js';
import { Loading } from '../ui/Loading.js';
import { NotSignedIn } from '../components/NotSignedIn.js';
import { PeopleList } from '../components/PeopleList.js';
import { RequireSession } from '../components/RequireSession.js';
import { YourGroup } from '../components/YourGroup.js';
import { RemoveMyName } from '../components/retention/RemoveMyName.js';
import { RetentionNotice } from '../components/retention/RetentionNotice.js';
import { useSession } from '../session/session.js';
import { homePlace } from '../collab/index.js';
import { FacilitatorControls } from '../facilitation/FacilitatorControls.js';
import { useLive, useLivePlace } from '../facilitation/liveContext.js';
import { LiveBarPart } from '../facilitation/LiveBarPart.js';
import { plenaryPath } from '../facilitation/places.js';
import { useRosterSync } from '../facilitation/useRosterSync.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import { useWorkshopLanguage } from '../i18n/index.js';
import { importTarget, type Role } from '../../domain/index.js';
import homeMessages from 'virtual:messages/en/home';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { apiErrorText } from '../i18n/apiErrorText.js';

addEnglish(homeMessages);

const takingPartAs: Record<Role, MessageKey> = {
  facilitator: msg('home.role.facilitator'),
  participant: msg('home.role.participant'),
  observer: msg('home.role.observer'),
};

function WorkshopContent({ workshopId }: { workshopId: string }) {
  const { t } = useI18n();
  const detail = useResource<WorkshopDetail>(`/api/workshops/${encodeURIComponent(workshopId)}`);
  useDocumentTitle(detail.status === 'ok' ? detail.data.workshop.title : t('home.documentTitle'));
  useLivePlace(workshopId, homePlace);
  useWorkshopLanguage(detail.status === 'ok' ? detail.data.workshop.language : null); // SPEC F6
  const live = useLive();
  const { refresh } = useSession();
  const reloadLive = live?.reloadDetail;
  // Groups or projects changed by a facilitator elsewhere: "Your group" and the boards change at once.
  const announce = useRosterSync(detail.reload);
  // A change made here (groups, projects, agenda) changes where people are sent: the live copy is
  // fetched again too, and everyone else's screen is told.
  const changed = () => {
    detail.reload();
    reloadLive?.();
    announce();
  };

  if (detail.status === 'loading') return <Loading what="the workshop" />;
  if (detail.status === 'error') {
    if (isApiError(detail.error) && detail.error.status === 401) return <NotSignedIn />;
    return (
      <section className="panel narrow">
        <h1 id="workshop-error">{t('home.error.title')}</h1>
        <ErrorNotice error={apiErrorText(detail.error)} />
        <p>
          <Link href="/">{t('home.error.startPage')}</Link>
        </p>
      </section>
    );
  }

  const { workshop, me, retention } = detail.data;
  const myName = me.participantId === null ? null : (detail.data.participants.find((p) => p.id === me.participantId)?.name ?? null);
  const mayImport = importTarget({ workshopId: workshop.id, role: me.role, groupId: me.groupId }, undefined).ok;
  // Only web links become a button: a stored `javascript:` or `file:` address must not be one click away.
  const meetingLink = workshop.meetingLink && /^https?:\/\//i.test(workshop.meetingLink) ? workshop.meetingLink : null;
  return (
    <div className="workshop">
      <LiveBarPart />
      <div className="page-heading">
        <h1>{workshop.title}</h1>
        <p className="muted">{t(takingPartAs[me.role])}</p>
        {workshop.description && <p className="lead">{workshop.description}</p>}
        {meetingLink && (
          <p>
            <a href={meetingLink} target="_blank" rel="noopener noreferrer" className="button">
              {t('home.meetingLink')}
              <span className="visually-hidden"> {t('home.meetingLink.newTab')}</span>
            </a>
          </p>
        )}
        <p>
          <Link href={plenaryPath(workshop.id)}>{t('home.plenary.link')}</Link>
          <span className="muted">
            {' · '}
            {t('home.plenary.hint')}
          </span>
        </p>
      </div>

      {me.role === 'facilitator' && retention?.deletionSoon && <RetentionNotice deleteOn={retention.deleteOn} />}
      {me.role === 'facilitator' && <FacilitatorSectionNav />}
      <FacilitatorControls mode="panel" />

      <div className="two-columns wide-first">
        <div className="stack">
          <section className="panel">
            <h2 id="boards-title">{t('home.boards.title')}</h2>
            <BoardList
              boards={detail.data.boards}
              groups={detail.data.groups}
              projects={detail.data.projects}
              myGroupId={me.groupId}
              onChanged={me.role === 'facilitator' ? changed : undefined}
            />
            {mayImport && <ImportPanel detail={detail.data} onImported={changed} />}
          </section>
          <section className="panel">
            <h2 id="people-title">{t('home.people.title')}</h2>
            <PeopleList
              people={detail.data.participants}
              groups={detail.data.groups}
              removal={me.role === 'facilitator' ? { workshopId: workshop.id, selfId: me.participantId, onRemoved: changed } : undefined}
            />
          </section>
        </div>
        <div className="stack">
          <section className="panel">
            <h2 id="group-title">{t('home.group.title')}</h2>
            <YourGroup detail={detail.data} />
          </section>
          <section className="panel">
            <h2 id="agenda-title">{t('home.agenda.title')}</h2>
            <AgendaList agenda={workshop.agenda} />
          </section>
          {myName !== null && (
            <section className="panel" aria-labelledby="my-name-title">
              <h2 id="my-name-title">{t('home.myName.title')}</h2>
              <RemoveMyName
                name={myName}
                onRemoved={() => {
                  changed();
                  refresh();
                }}
              />
            </section>
          )}
        </div>
      </div>

      {me.role === 'facilitator' && <FacilitatorPanel detail={detail.data} onChanged={changed} />}
    </div>
  );
}

/** `/w/:id`: the workshop home, with the workshop's title as the page's main heading. */
export function WorkshopHome({ workshopId }: { workshopId: string }) {
  return (
    <RequireSession>
      <WorkshopContent workshopId={workshopId} />
    </RequireSession>
  );
}
