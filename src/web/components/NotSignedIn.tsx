import { Link } from 'wouter';
import sessionMessages from 'virtual:messages/en/session';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(sessionMessages);

/** What a page that needs a session shows to someone without one. */
export function NotSignedIn() {
  const { t } = useI18n();
  useDocumentTitle(t('session.notSignedIn.title'));
  return (
    <section className="panel narrow">
      <h1 id="not-signed-in">{t('session.notSignedIn.title')}</h1>
      <p>{t('session.notSignedIn.text')}</p>
      <ul className="link-list">
        <li>
          <Link href="/">{t('session.notSignedIn.paste')}</Link>
        </li>
        <li>
          <Link href="/signin">{t('header.facilitatorSignIn')}</Link>
        </li>
      </ul>
    </section>
  );
}
