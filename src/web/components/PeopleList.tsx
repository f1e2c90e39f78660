import type { NamedRef, PersonSummary } from '../apiTypes.js';
import homeMessages from 'virtual:messages/en/home';
import { addEnglish, useI18n } from '../i18n/index.js';
import { roleName } from '../labels.js';
import { RemovePerson } from './facilitator/RemovePerson.js';

addEnglish(homeMessages);

interface Props {
  people: PersonSummary[];
  groups: NamedRef[];
  /**
   * For facilitators: each person gets a Remove button, except the facilitator themselves
   * (`selfId`, their own participant id when they joined by invite); called after a removal.
   */
  removal?: { workshopId: string; selfId: string | null; onRemoved: () => void };
}

/**
 * Everyone in the workshop, as a table so a screen reader can move by column. On a phone each
 * person is a card (styles.css: the column's name before each value), so nothing is cut off.
 */
export function PeopleList({ people, groups, removal }: Props) {
  const { t } = useI18n();
  if (people.length === 0) return <p className="muted">{t('home.people.none')}</p>;
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return (
    <div className="table-scroll">
      <table className="people">
        <thead>
          <tr>
            <th scope="col">{t('home.people.name')}</th>
            <th scope="col">{t('home.people.organisation')}</th>
            <th scope="col">{t('home.people.role')}</th>
            <th scope="col">{t('home.people.group')}</th>
            {removal && (
              <th scope="col">
                <span className="visually-hidden">{t('home.people.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td className="people-name">{p.name || <span className="muted">{t('home.people.unnamed')}</span>}</td>
              <td data-label={t('home.people.cellLabel', { label: t('home.people.organisation') })}>
                {p.organisation || <span className="muted">{t('home.people.notGiven')}</span>}
              </td>
              <td data-label={t('home.people.cellLabel', { label: t('home.people.role') })}>{roleName(p.role)}</td>
              <td data-label={t('home.people.cellLabel', { label: t('home.people.group') })}>
                {(p.groupId && groupName.get(p.groupId)) || <span className="muted">{t('home.people.noGroup')}</span>}
              </td>
              {removal && (
                <td className="people-actions">
                  {p.id === removal.selfId ? (
                    <span className="muted">{t('home.people.you')}</span>
                  ) : (
                    <RemovePerson workshopId={removal.workshopId} person={p} onRemoved={removal.onRemoved} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
