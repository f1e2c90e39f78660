import { Link } from 'wouter';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(liveMessages);

/**
 * What a person sees, on whatever workshop page they are, once a facilitator has removed them
 * (the server closed their live connection with PARTICIPANT_REMOVED): said plainly, with what
 * to do and a way out, rather than a board that silently stops working. The words are the
 * catalogue's for that code (the server's reason says the same, in English).
 */
export function RemovedNotice() {
  const { t } = useI18n();
  return (
    <section role="alert" className="notice notice-error removed-notice" aria-labelledby="removed-title">
      <h2 id="removed-title" className="notice-title">
        {t('live.removed.title')}
      </h2>
      <p>{t('live.removed.advice')}</p>
      <p>
        <Link href="/">{t('live.removed.startPage')}</Link>
      </p>
    </section>
  );
}
