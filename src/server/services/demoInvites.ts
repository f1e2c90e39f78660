import type { WorkshopRecords } from '../store/Store.js';
import { createDemoWorkshop, demoTitle } from './demoWorkshop.js';

/** Creates the demo workshop if the store has no workshop at all (first start). */
export async function ensureDemoWorkshop(store: WorkshopRecords, now: Date): Promise<void> {
  if ((await store.listWorkshops()).length === 0) await createDemoWorkshop(store, now);
}

/** Lines telling how to join the demo workshop, one per role, if there is a demo. */
export async function demoInviteLinks(store: WorkshopRecords, base: string): Promise<string[]> {
  const demo = (await store.listWorkshops()).find((w) => w.title === demoTitle && w.ownerId === null);
  if (!demo) return [];
  const invites = (await store.listInvites(demo.id)).filter((i) => !i.revokedAt && !i.groupId);
  const lines = [`Demo workshop "${demo.title}" — open an invite link to join:`];
  for (const role of ['facilitator', 'participant', 'observer'] as const) {
    const invite = invites.find((i) => i.role === role);
    if (invite) lines.push(`  ${role.padEnd(12)} ${base}/join/${invite.code}`);
  }
  return lines;
}
