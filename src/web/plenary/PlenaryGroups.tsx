import plenaryMessages from 'virtual:messages/en/plenary';
import type { WorkshopDetail } from '../apiTypes.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(plenaryMessages);

/** Who is in which group, for the room to see while the groups work apart. */
export function PlenaryGroups({ detail }: { detail: WorkshopDetail }) {
  const { t } = useI18n();
  const people = detail.participants.filter((p) => p.role === 'participant');
  if (detail.groups.length === 0) return null;
  return (
    <section className="plenary-groups" aria-labelledby="plenary-groups-title">
      <h2 id="plenary-groups-title">{t('plenary.groups.title')}</h2>
      <ul className="plenary-group-list">
        {detail.groups.map((g) => {
          const members = people.filter((p) => p.groupId === g.id);
          return (
            <li key={g.id}>
              <p className="plenary-group-name">{g.name}</p>
              <p className="plenary-group-members">
                {members.length > 0 ? members.map((m) => m.name).join(', ') : t('plenary.groups.nobody')}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
