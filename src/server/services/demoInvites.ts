import type { Workshop } from '../../domain/index.js';
import type { WorkshopRecords } from '../store/Store.js';
import { createDemoWorkshop, demoTitle } from './demoWorkshop.js';

/** Creates the demo workshop if the store has no workshop at all (first start). */
export async function ensureDemoWorkshop(store: WorkshopRecords, now: Date): Promise<void> {
  if ((await store.listWorkshops()).length === 0) await createDemoWorkshop(store, now);
}

/** The demo made on first start: the store's oldest workshop, if it is a demo. */
async function firstStartDemo(store: WorkshopRecords): Promise<Workshop | null> {
  const oldest = (await store.listWorkshops()).at(-1); // newest first
  return oldest?.title === demoTitle ? oldest : null;
}

/**
 * Gives the demo made on first start to the installation's first facilitator account, so that
 * it is in their workshop list and they run it as their own (its city, and so its atlas, its
 * co-facilitators). The demo is made before anyone has an account, so it starts with no owner;
 * this runs when an account is created and when the server starts (an account made before this
 * rule existed). A demo that has an owner already is left alone; the workshop changed, or null.
 */
export async function giveDemoToFirstFacilitator(store: WorkshopRecords): Promise<Workshop | null> {
  const [first] = await store.listAccounts(); // oldest first
  const demo = await firstStartDemo(store);
  if (!first || !demo || demo.ownerId !== null) return null;
  const owned = { ...demo, ownerId: first.id };
  await store.updateWorkshop(owned);
  return owned;
}

/** Lines telling how to join the demo workshop, one per role, if there is a demo. */
export async function demoInviteLinks(store: WorkshopRecords, base: string): Promise<string[]> {
  const demo = await firstStartDemo(store);
  if (!demo) return [];
  const invites = (await store.listInvites(demo.id)).filter((i) => !i.revokedAt && !i.groupId);
  const lines = [`Demo workshop "${demo.title}" — open an invite link to join:`];
  for (const role of ['facilitator', 'participant', 'observer'] as const) {
    const invite = invites.find((i) => i.role === role);
    if (invite) lines.push(`  ${role.padEnd(12)} ${base}/join/${invite.code}`);
  }
  return lines;
}
