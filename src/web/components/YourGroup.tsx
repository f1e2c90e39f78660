import type { WorkshopDetail } from '../apiTypes.js';

/** Which group the person is in (and the project it works on, when the workshop has several), or why they have none. */
export function YourGroup({ detail }: { detail: WorkshopDetail }) {
  const { me, groups, projects } = detail;
  const group = me.groupId ? groups.find((g) => g.id === me.groupId) : undefined;
  const project = projects.length > 1 ? projects.find((p) => p.id === group?.projectId) : undefined;
  if (group)
    return (
      <>
        <p className="your-group">{group.name}</p>
        {project && <p className="your-project">Your group works on {project.title}.</p>}
      </>
    );
  if (me.role === 'facilitator') return <p>You are a facilitator: you are not in a group and can open every group's boards.</p>;
  if (me.role === 'observer') return <p>You are observing: you are not in a group, and can watch the boards shown below.</p>;
  return <p>You are not in a group yet. The facilitator will put you in one.</p>;
}
