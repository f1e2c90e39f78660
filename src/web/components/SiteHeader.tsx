import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, messageOf } from '../api.js';
import { msg, useI18n, type MessageKey } from '../i18n/index.js';
import type { Role } from '../../domain/index.js';
import { useSession } from '../session/session.js';
import { LanguageMenu } from './LanguageMenu.js';
import { Wordmark } from './Wordmark.js';

const roleKeys: Record<Role, MessageKey> = {
  facilitator: msg('header.role.facilitator'),
  participant: msg('header.role.participant'),
  observer: msg('header.role.observer'),
};

/** The banner on every page: the wordmark, where you can go, and who you are signed in as. */
export function SiteHeader() {
  const { t } = useI18n();
  const { session, refresh } = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setError(null);
    try {
      await api.delete('/api/session');
      refresh();
      navigate('/');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Wordmark />
        <nav aria-label={t('header.nav')}>
          <ul className="nav-list">
            {session.state === 'account' && (
              <li>
                <Link href="/facilitator">{t('header.yourWorkshops')}</Link>
              </li>
            )}
            {session.state === 'participant' && session.workshop && (
              <li>
                <Link href={`/w/${session.workshop.id}`}>{session.workshop.title}</Link>
              </li>
            )}
            {(session.state === 'signed-out' || session.state === 'error') && (
              <li>
                <Link href="/signin">{t('header.facilitatorSignIn')}</Link>
              </li>
            )}
          </ul>
        </nav>
        {/* The live workshop's status and controls for participants and observers go here (facilitation/LiveHeader). */}
        <div id="live-header-slot" className="header-live-slot" />
        {(session.state === 'account' || session.state === 'participant') && (
          <div className="whoami">
            <span>
              {session.state === 'account' ? session.account.name : session.participant.name}
              <span className="muted"> ({t(session.state === 'account' ? roleKeys.facilitator : roleKeys[session.participant.role])})</span>
            </span>
            <button type="button" className="button button-quiet" onClick={() => void signOut()}>
              {t('header.signOut')}
            </button>
          </div>
        )}
        <LanguageMenu />
      </div>
      {error && (
        <p role="alert" className="notice notice-error site-header-error">
          {error}
        </p>
      )}
    </header>
  );
}
