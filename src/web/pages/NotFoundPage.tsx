import { Link } from 'wouter';
import notFoundMessages from 'virtual:messages/en/notFound';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(notFoundMessages);

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <section className="panel narrow">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.why')}</p>
      <ul className="link-list">
        <li>
          <Link href="/">{t('notFound.home')}</Link>
        </li>
        <li>{t('notFound.invite')}</li>
      </ul>
    </section>
  );
}
