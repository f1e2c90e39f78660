import { useResource } from '../../hooks/useResource.js';
import keptMessages from 'virtual:messages/en/kept';
import { addEnglish, useI18n } from '../../i18n/index.js';

addEnglish(keptMessages);

interface Policy {
  minMonths: number;
  maxMonths: number;
  defaultMonths: number;
}

/**
 * What the join page says is kept (SPEC K5): what, why, for how long, who sees it. The period is
 * the installation's (GET /api/retention-policy); the workshop home then gives the exact date.
 */
export function WhatWeKeep() {
  const { t } = useI18n();
  const policy = useResource<Policy>('/api/retention-policy');
  const months = policy.status === 'ok' ? policy.data : null;
  return (
    <section className="notice notice-info kept-notice" aria-labelledby="kept-title">
      <h2 id="kept-title" className="notice-title">
        {t('kept.title')}
      </h2>
      <ul>
        <li>
          <strong>{t('kept.what.label')}</strong> {t('kept.what')}
        </li>
        <li>
          <strong>{t('kept.why.label')}</strong> {t('kept.why')}
        </li>
        <li>
          <strong>{t('kept.who.label')}</strong> {t('kept.who')}
        </li>
        <li>
          <strong>{t('kept.howLong.label')}</strong>{' '}
          {months
            ? t('kept.howLong', { months: months.defaultMonths, min: months.minMonths, max: months.maxMonths })
            : t('kept.howLong.unknown')}{' '}
          {t('kept.removeName')}
        </li>
      </ul>
    </section>
  );
}
