import audienceMessages from 'virtual:messages/en/map.audience';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { QrCode } from './QrCode.js';

addEnglish(audienceMessages);

interface AudienceState {
  open: boolean;
  code: string | null;
}

/** The address an audience member opens (the web app's /a/:code page). */
export function audienceUrl(code: string): string {
  return `${window.location.origin}/a/${encodeURIComponent(code)}`;
}

/**
 * For facilitators, in the map's Audience tab: open the board's audience link (shown as an
 * address and a QR code for the room's screen) or close it, which disconnects the audience at
 * once (PUT /api/boards/:id/audience, SPEC W1, W3).
 */
export function AudienceLinkControl({ boardId }: { boardId: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<AudienceState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const linkRef = useRef<HTMLElement>(null);
  const path = `/api/boards/${encodeURIComponent(boardId)}/audience`;

  useEffect(() => {
    let live = true;
    api.get<{ audience: AudienceState }>(path).then(
      (answer) => live && setState(answer.audience),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [path]);

  async function turn(open: boolean) {
    setBusy(true);
    setError(null);
    try {
      setState((await api.put<{ audience: AudienceState }>(path, { open })).audience);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const url = state?.open && state.code ? audienceUrl(state.code) : null;
  return (
    <section className="audience-link" aria-labelledby="audience-link-title">
      <h3 id="audience-link-title">{t('map.audience.link')}</h3>
      {url ? (
        <>
          <p>{t('map.audience.link.open')}</p>
          <p>
            <code ref={linkRef}>{url}</code>
          </p>
          <CopyButton text={url} label={t('map.audience.link.copy')} source={linkRef} />
          <QrCode text={url} label={t('map.audience.link.qr', { url })} />
          <button type="button" className="button button-small" disabled={busy} onClick={() => void turn(false)}>
            {t('map.audience.link.close')}
          </button>
        </>
      ) : (
        <>
          <p>{t('map.audience.link.about')}</p>
          <button type="button" className="button button-small" disabled={busy || state === null} onClick={() => void turn(true)}>
            {t('map.audience.link.start')}
          </button>
        </>
      )}
      {error !== null && <ErrorNotice error={error} title={t('map.audience.link.failed')} />}
    </section>
  );
}
