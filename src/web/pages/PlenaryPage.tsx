import { Link } from 'wouter';
import { isApiError } from '../api.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { plenaryPlace } from '../collab/index.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';
import { NotSignedIn } from '../components/NotSignedIn.js';
import { RequireSession } from '../components/RequireSession.js';
import { FacilitatorControls } from '../facilitation/FacilitatorControls.js';
import { useLive, useLivePlace } from '../facilitation/liveContext.js';
import { LiveBarPart } from '../facilitation/LiveBarPart.js';
import { PlenaryView } from '../plenary/PlenaryView.js';
import { workshopPath } from '../facilitation/places.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useResource } from '../hooks/useResource.js';
import plenaryMessages from 'virtual:messages/en/plenary';
import { addEnglish, useI18n, useWorkshopLanguage } from '../i18n/index.js';

addEnglish(plenaryMessages);

function PlenaryContent({ workshopId }: { workshopId: string }) {
  const detail = useResource<WorkshopDetail>(`/api/workshops/${encodeURIComponent(workshopId)}`);
  useLivePlace(workshopId, plenaryPlace);
  useWorkshopLanguage(detail.status === 'ok' ? detail.data.workshop.language : null); // SPEC F6
  const live = useLive();
  const { t } = useI18n();
  useDocumentTitle(detail.status === 'ok' ? t('plenary.docTitle', { workshop: detail.data.workshop.title }) : t('plenary.docTitleBare'));

  if (detail.status === 'loading') return <Loading what="the workshop" />;
  if (detail.status === 'error') {
    if (isApiError(detail.error) && detail.error.status === 401) return <NotSignedIn />;
    return (
      <section className="panel narrow">
        <h1 id="plenary-error">{t('plenary.error.title')}</h1>
        <ErrorNotice error={detail.error} />
        <p>
          <Link href="/">{t('plenary.error.startPage')}</Link>
        </p>
      </section>
    );
  }
  // The live connection's copy is refetched as the workshop moves on; the page's own is the fallback.
  const current = live?.workshopId === workshopId ? live.detail : detail.data;
  // While a board is presented the projector shows it alone (PresenterView steps and ends the
  // spotlight); the facilitator's bar comes back with the plenary.
  const spotlit = live?.workshopId === workshopId ? live.connection.state.spotlight : null;
  const presenting = spotlit !== null && current.boards.some((b) => b.id === spotlit.boardId);
  return (
    <div className="plenary-page">
      <LiveBarPart />
      <p className="back-link">
        <Link href={workshopPath(workshopId)}>{t('plenary.back')}</Link>
      </p>
      <PlenaryView live={live?.workshopId === workshopId ? live : null} detail={current} />
      {!presenting && <FacilitatorControls mode="dock" />}
    </div>
  );
}

/** `/w/:id/plenary`: what everyone sees together, and what the projector shows. */
export function PlenaryPage({ workshopId }: { workshopId: string }) {
  return (
    <RequireSession>
      <PlenaryContent workshopId={workshopId} />
    </RequireSession>
  );
}
