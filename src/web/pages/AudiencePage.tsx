import { useEffect, useState } from 'react';
import { errorRegistry } from '../../shared/index.js';
import { api, ApiError } from '../api.js';
import { SuggestForm } from '../map/audience/SuggestForm.js';
import { useAudienceBoard } from '../collab/useAudienceBoard.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useMapDoc } from '../map/hooks/useMapDoc.js';
import { useMapLive } from '../map/live/useMapLive.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { lazyPart } from '../ui/lazyPart.js';
import '../map/audience/audience.css';
import audienceMessages from 'virtual:messages/en/audience';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(audienceMessages);

const MapEditor = lazyPart(() => import('../map/MapEditor.js').then((m) => m.MapEditor), 'the map');

const audienceMe = { name: 'Audience', role: 'observer' as const };

/** "This audience link is closed", plainly (SPEC W3). */
function Closed() {
  const { t } = useI18n();
  return (
    <section className="panel narrow">
      <h1>{t('audience.closed')}</h1>
      <p>{errorRegistry.AUDIENCE_CLOSED.message}</p>
    </section>
  );
}

/**
 * /a/:code, the audience's page (SPEC W2): the group's map live and read-only, phone first, and
 * a small form to suggest an actor, a flow or a note. No name, no account, nothing kept.
 */
export function AudiencePage({ code }: { code: string }) {
  const [board, setBoard] = useState<{ id: string; title: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { t } = useI18n();
  useDocumentTitle(board ? t('audience.documentTitleBoard', { board: board.title }) : t('audience.documentTitle'));
  useEffect(() => {
    let live = true;
    api.get<{ board: { id: string; title: string } }>(`/api/audience/${encodeURIComponent(code)}`).then(
      (answer) => live && setBoard(answer.board),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [code]);
  const snapshot = useAudienceBoard(code, board?.id ?? null);
  const { map } = useMapDoc(snapshot.doc, useMapLive(snapshot.doc !== null));

  const closedNow =
    (error instanceof ApiError && error.code === 'AUDIENCE_CLOSED') ||
    (snapshot.status.state === 'refused' && snapshot.status.code === 'AUDIENCE_CLOSED');
  if (closedNow) return <Closed />;
  if (error !== null) return <ErrorNotice error={error} title={t('audience.cannotOpen')} />;
  if (!board) return <p className="loading">{t('audience.opening')}</p>;
  return (
    <div className="audience-page">
      <h1>{board.title}</h1>
      <p className="muted">
        {t('audience.watching')} {snapshot.status.state === 'synced' ? '' : t('audience.connecting')}
      </p>
      <div className="audience-map">
        <MapEditor doc={snapshot.doc} awareness={null} readOnly disabled={false} me={audienceMe} presenting />
      </div>
      <SuggestForm code={code} actors={map.actors} />
    </div>
  );
}
