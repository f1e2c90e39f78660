import boardMessages from 'virtual:messages/en/board';
import { initialsOf, type LivePerson } from '../collab/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { roleName } from '../labels.js';
import type { LiveWorkshop } from './liveContext.js';
import { placeLabel } from './places.js';

addEnglish(boardMessages);

/** One entry per person and place: several tabs of one person in one place show once. */
function distinct(people: LivePerson[]): LivePerson[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = `${p.participantId ?? p.name}|${p.at ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Who is connected now and where: the facilitator's view of the room. */
export function PeopleHere({ live }: { live: LiveWorkshop }) {
  const { t } = useI18n();
  const people = distinct(live.connection.people);
  const { boards, participants, groups } = live.detail;
  const byPlace = new Map<string, LivePerson[]>();
  for (const person of people) {
    const label = placeLabel(person.at, boards);
    byPlace.set(label, [...(byPlace.get(label) ?? []), person]);
  }
  const groupOf = (person: LivePerson) => {
    const groupId = participants.find((p) => p.id === person.participantId)?.groupId;
    return groups.find((g) => g.id === groupId)?.name ?? null;
  };
  if (people.length === 0) return <p className="muted">{t('board.people.nobody')}</p>;
  return (
    <ul className="people-here">
      {[...byPlace].map(([label, here]) => (
        <li key={label}>
          <p className="people-here-place">
            {label} <span className="muted">({here.length})</span>
          </p>
          <ul className="people-here-list">
            {here.map((person) => {
              const group = groupOf(person);
              return (
                <li key={person.clientId} className="presence-person">
                  <span className="avatar avatar-small" style={{ backgroundColor: person.colour }} aria-hidden="true">
                    {initialsOf(person.name)}
                  </span>
                  <span>
                    {person.isMe ? t('board.presence.you', { name: person.name }) : person.name}
                    {person.role !== 'participant' && <span className="muted"> · {roleName(person.role)}</span>}
                    {group && <span className="muted"> · {group}</span>}
                  </span>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
