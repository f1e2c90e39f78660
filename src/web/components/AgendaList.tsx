import type { Activity } from '../../domain/index.js';
import homeMessages from 'virtual:messages/en/home';
import { addEnglish, useI18n } from '../i18n/index.js';
import { activityKindName } from '../labels.js';

addEnglish(homeMessages);

/** The workshop's activities in order, with their planned durations (numbers in the language's own way). */
export function AgendaList({ agenda }: { agenda: Activity[] }) {
  const { t } = useI18n();
  if (agenda.length === 0) return <p className="muted">{t('home.agenda.empty')}</p>;
  const total = agenda.reduce((sum, a) => sum + a.minutes, 0);
  return (
    <>
      <ol className="agenda">
        {agenda.map((activity) => (
          <li key={activity.id}>
            <span className="agenda-title">{activity.title}</span>
            <span className="muted">{t('home.agenda.item', { kind: activityKindName(activity.kind), minutes: activity.minutes })}</span>
          </li>
        ))}
      </ol>
      <p className="muted">{t('home.agenda.total', { count: agenda.length, hours: Math.floor(total / 60), minutes: total % 60 })}</p>
    </>
  );
}
