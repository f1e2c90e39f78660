import retentionMessages from 'virtual:messages/en/facilitator.retention';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { inside, WithInside } from '../../i18n/WithInside.js';
import { deletionDate } from './deletionDate.js';

addEnglish(retentionMessages);

/** The facilitator's notice that a workshop will soon be deleted (SPEC K3), on the workshop list and home. */
export function RetentionNotice({ deleteOn, title }: { deleteOn: string; title?: string }) {
  const { t } = useI18n();
  return (
    <div
      className="notice notice-info"
      role="note"
      aria-label={title ? t('facilitator.retention.labelOf', { title }) : t('facilitator.retention.label')}
    >
      <p>
        <WithInside message={t('facilitator.retention.notice', { date: inside })}>
          <strong>{deletionDate(deleteOn)}</strong>
        </WithInside>
      </p>
    </div>
  );
}
