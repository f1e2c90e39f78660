import type { WorkshopDetail } from '../apiTypes.js';

/** Which group the person is in, or why they have none. */
export function YourGroup({ detail }: { detail: WorkshopDetail }) {
  const { me, groups } = detail;
  const group = me.groupId ? groups.find((g) => g.id === me.groupId) : undefined;
  if (group) return <p className="your-group">{group.name}</p>;
  if (me.role === 'facilitator') return <p>You are a facilitator: you are not in a group and can open every group's boards.</p>;
  if (me.role === 'observer') return <p>You are observing: you are not in a group, and can watch the boards shown below.</p>;
  return <p>You are not in a group yet. The facilitator will put you in one.</p>;
}
