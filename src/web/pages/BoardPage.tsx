import { Link } from 'wouter';
import { isApiError } from '../api.js';
import type { BoardResponse } from '../apiTypes.js';
import { BoardWorkspace } from '../workspace/BoardWorkspace.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';
import { NotSignedIn } from '../components/NotSignedIn.js';
import { RequireSession } from '../components/RequireSession.js';
import { FacilitatorControls } from '../facilitation/FacilitatorControls.js';
import { useLivePlace } from '../facilitation/liveContext.js';
import { LiveBarPart } from '../facilitation/LiveBarPart.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import boardPageMessages from 'virtual:messages/en/boardPage';
import { addEnglish, useI18n, useWorkshopLanguage } from '../i18n/index.js';
import { boardPath } from '../earlyReads.js';
import { useResource, type Resource } from '../hooks/useResource.js';
import { useSession } from '../session/session.js';

addEnglish(boardPageMessages);

function BoardContent({ boardId, info }: { boardId: string; info: Resource<BoardResponse> }) {
  const { session } = useSession();
  const { t } = useI18n();
  useDocumentTitle(info.status === 'ok' ? info.data.board.title : t('boardPage.documentTitle'));
  useWorkshopLanguage(info.status === 'ok' ? info.data.workshop.language : null); // SPEC F6
  // This board is where this person is now, in the live workshop (who is where, reactions, following).
  useLivePlace(info.status === 'ok' ? info.data.workshop.id : null, info.status === 'ok' ? boardId : null);

  if (info.status === 'loading') return <Loading what="the board" />;
  if (info.status === 'error') {
    if (isApiError(info.error) && info.error.status === 401) return <NotSignedIn />;
    return (
      <section className="panel narrow">
        <h1 id="board-error">{t('boardPage.cannotOpen')}</h1>
        <ErrorNotice error={info.error} />
        <p>
          {session.state === 'participant' && session.workshop ? (
            <Link href={`/w/${encodeURIComponent(session.workshop.id)}`}>
              {t('boardPage.backTo', { workshop: session.workshop.title })}
            </Link>
          ) : (
            <Link href="/">{t('boardPage.startPage')}</Link>
          )}
        </p>
      </section>
    );
  }
  // RequireSession lets only these two through; accounts act as facilitators of their workshops.
  const me =
    session.state === 'participant'
      ? { id: session.participant.id, name: session.participant.name, role: session.participant.role }
      : session.state === 'account'
        ? { id: `account:${session.account.id}`, name: session.account.name, role: 'facilitator' as const }
        : { id: 'someone', name: 'Someone', role: 'facilitator' as const };
  return (
    <>
      <BoardWorkspace info={info.data} me={me} />
      <LiveBarPart />
      <FacilitatorControls mode="float" />
    </>
  );
}

/** `/b/:id`: one board, live. */
export function BoardPage({ boardId }: { boardId: string }) {
  // Asked for at once, alongside the session, not after it: the board opens a round trip sooner.
  const info = useResource<BoardResponse>(boardPath(boardId));
  return (
    <RequireSession>
      <BoardContent boardId={boardId} info={info} />
    </RequireSession>
  );
}
