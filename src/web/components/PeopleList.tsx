import type { NamedRef, PersonSummary } from '../apiTypes.js';
import { roleLabels } from '../labels.js';

/** Everyone in the workshop, as a table so a screen reader can move by column. */
export function PeopleList({ people, groups }: { people: PersonSummary[]; groups: NamedRef[] }) {
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
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.organisation || <span className="muted">Not given</span>}</td>
              <td>{roleLabels[p.role] ?? p.role}</td>
              <td>{(p.groupId && groupName.get(p.groupId)) || <span className="muted">None</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
