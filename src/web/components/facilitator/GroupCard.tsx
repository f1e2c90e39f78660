import { useState } from 'react';
import type { NamedRef, PersonSummary } from '../../apiTypes.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, i18n, useI18n } from '../../i18n/index.js';

addEnglish(facilitatorMessages);

interface Props {
  /** Null: the people without a group. */
  group: NamedRef | null;
  members: PersonSummary[];
  groups: NamedRef[];
  busy: boolean;
  onMove: (personId: string, groupId: string | null) => void;
}

const personDragType = 'application/x-ocs-person';

/**
 * One group and who is in it, with organisations, so the facilitator sees the mix. Each person
 * has a "Group" select (keyboard and screen readers); with a mouse, people can also be dragged
 * from one group to another.
 */
export function GroupCard({ group, members, groups, busy, onMove }: Props) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const title = group?.name ?? t('facilitator.groupCard.none');
  return (
    <section
      className={`group-card${over ? ' group-card-drop' : ''}${group ? '' : ' group-card-none'}`}
      aria-label={title}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(personDragType)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(personDragType);
        if (id) {
          e.preventDefault();
          onMove(id, group?.id ?? null);
        }
      }}
    >
      <h4>
        {title} <span className="muted">({i18n.number(members.length)})</span>
      </h4>
      {members.length === 0 ? (
        <p className="muted">{group ? t('facilitator.groupCard.empty') : t('facilitator.groupCard.allPlaced')}</p>
      ) : (
        <ul className="group-members">
          {members.map((person) => (
            <li
              key={person.id}
              draggable={!busy}
              onDragStart={(e) => {
                e.dataTransfer.setData(personDragType, person.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
            >
              <span className="group-member">
                <span className="drag-handle" aria-hidden="true">
                  ⠿
                </span>
                <span>
                  <strong>{person.name}</strong>
                  <span className="muted"> · {person.organisation || t('facilitator.groupCard.noOrganisation')}</span>
                </span>
              </span>
              <select
                aria-label={t('facilitator.groupCard.groupFor', { name: person.name })}
                value={person.groupId ?? ''}
                disabled={busy}
                onChange={(e) => onMove(person.id, e.target.value || null)}
              >
                <option value="">{t('facilitator.groupCard.noGroup')}</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
