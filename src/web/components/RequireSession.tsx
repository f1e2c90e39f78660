import type { ReactNode } from 'react';
import { useSession } from '../session/session.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { Loading } from '../ui/Loading.js';
import { NotSignedIn } from './NotSignedIn.js';
import sessionMessages from 'virtual:messages/en/session';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(sessionMessages);

/** Renders `children` only for someone signed in or joined; otherwise says what to do. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, refresh } = useSession();
  const { t } = useI18n();
  if (session.state === 'loading') return <Loading what="your session" />;
  if (session.state === 'signed-out') return <NotSignedIn />;
  if (session.state === 'error') {
    return (
      <ErrorNotice error={session.error} title={t('session.checkFailed')}>
        <button type="button" className="button" onClick={refresh}>
          {t('session.tryAgain')}
        </button>
      </ErrorNotice>
    );
  }
  return <>{children}</>;
}
