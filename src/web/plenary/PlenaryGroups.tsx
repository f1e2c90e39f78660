import type { WorkshopDetail } from '../apiTypes.js';

/** Who is in which group, for the room to see while the groups work apart. */
export function PlenaryGroups({ detail }: { detail: WorkshopDetail }) {
  const people = detail.participants.filter((p) => p.role === 'participant');
  if (detail.groups.length === 0) return null;
  return (
    <section className="plenary-groups" aria-labelledby="plenary-groups-title">
      <h2 id="plenary-groups-title">Each group is working on its own board</h2>
      <ul className="plenary-group-list">
        {detail.groups.map((g) => {
          const members = people.filter((p) => p.groupId === g.id);
          return (
            <li key={g.id}>
              <p className="plenary-group-name">{g.name}</p>
              <p className="plenary-group-members">{members.length > 0 ? members.map((m) => m.name).join(', ') : 'Nobody yet'}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
