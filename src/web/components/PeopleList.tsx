import type { NamedRef, PersonSummary } from '../apiTypes.js';
import { roleLabels } from '../labels.js';
import { RemovePerson } from './facilitator/RemovePerson.js';

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
  if (people.length === 0) return <p className="muted">Nobody has joined yet.</p>;
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return (
    <div className="table-scroll">
      <table className="people">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Organisation</th>
            <th scope="col">Role</th>
            <th scope="col">Group</th>
            {removal && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td className="people-name">{p.name || <span className="muted">Participant</span>}</td>
              <td data-label="Organisation">{p.organisation || <span className="muted">Not given</span>}</td>
              <td data-label="Role">{roleLabels[p.role] ?? p.role}</td>
              <td data-label="Group">{(p.groupId && groupName.get(p.groupId)) || <span className="muted">None</span>}</td>
              {removal && (
                <td className="people-actions">
                  {p.id === removal.selfId ? (
                    <span className="muted">You</span>
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
