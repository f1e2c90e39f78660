import type { Group, Workshop } from '../../domain/index.js';
import { assignGroups, matchRegroup, projectForNewGroup, regroupMoves, type RegroupTarget } from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import type { WorkshopRecords } from '../store/Store.js';
import { syncAgendaBoards } from './agendaBoards.js';
import { makeId } from './random.js';

/** A regroup the facilitator is shown before anything changes: the groups to apply, and who would move. */
export interface RegroupPreview {
  groupCount: number;
  /** Send these back to apply exactly this split. A null groupId is a group to be made, named `name`. */
  groups: (RegroupTarget & { name: string })[];
  moves: {
    participantId: string;
    name: string;
    organisation: string;
    from: { id: string; name: string } | null;
    to: { id: string | null; name: string };
  }[];
}

/** Name of the n-th group made by a regroup when the workshop has `existing` groups: "Group 3" and on. */
const newGroupName = (existing: number, n: number) => `Group ${existing + n + 1}`;

/**
 * Splits the workshop's participants into `groupCount` groups (organisations spread), each set
 * matched to the existing group it shares most people with, and says who would move. Changes
 * nothing.
 */
export async function previewRegroup(
  store: WorkshopRecords,
  workshop: Workshop,
  groupCount: number,
  random: () => number,
): Promise<RegroupPreview> {
  const [groups, participants] = await Promise.all([store.listGroups(workshop.id), store.listParticipants(workshop.id)]);
  const people = participants.filter((p) => p.role === 'participant');
  const split = assignGroups(
    people.map((p) => ({ id: p.id, organisation: p.organisation })),
    groupCount,
    random,
  );
  const current = new Map(people.map((p) => [p.id, p.groupId]));
  const targets = matchRegroup(split, groups, current);
  let made = 0;
  const named = targets.map((t) => ({
    ...t,
    name: t.groupId === null ? newGroupName(groups.length, made++) : (groups.find((g) => g.id === t.groupId)?.name ?? ''),
  }));
  const groupRef = (id: string | null) => {
    const group = groups.find((g) => g.id === id);
    return group ? { id: group.id, name: group.name } : null;
  };
  const moves = regroupMoves(targets, current).map((move) => {
    const person = people.find((p) => p.id === move.participantId);
    const to = named.find((t) => t.participantIds.includes(move.participantId));
    return {
      participantId: move.participantId,
      name: person?.name ?? '',
      organisation: person?.organisation ?? '',
      from: groupRef(move.from),
      to: { id: move.to, name: to?.name ?? '' },
    };
  });
  return { groupCount, groups: named, moves };
}

/**
 * Applies a regroup the facilitator confirmed: makes the new groups (each on the project fewest
 * groups work on), puts each person where the plan says, and makes the boards the new groups
 * need. Boards are never moved between groups. Refuses a plan naming someone who is not a
 * participant of this workshop, a person twice, or a group of another workshop.
 */
export async function applyRegroup(store: WorkshopRecords, workshop: Workshop, plan: readonly RegroupTarget[], now: Date): Promise<void> {
  const [groups, participants, projects] = await Promise.all([
    store.listGroups(workshop.id),
    store.listParticipants(workshop.id),
    store.listProjects(workshop.id),
  ]);
  const known = new Set(participants.filter((p) => p.role === 'participant').map((p) => p.id));
  const seen = new Set<string>();
  for (const [index, target] of plan.entries()) {
    if (target.groupId !== null && !groups.some((g) => g.id === target.groupId)) throw new AppError('GROUP_NOT_FOUND');
    for (const id of target.participantIds) {
      if (!known.has(id))
        throw new AppError('VALIDATION_FAILED', `groups.${index}.participantIds: ${id} is not a participant of this workshop`);
      if (seen.has(id)) throw new AppError('VALIDATION_FAILED', `groups.${index}.participantIds: ${id} is in two groups`);
      seen.add(id);
    }
  }
  const all: Group[] = [...groups];
  let made = 0;
  for (const target of plan) {
    let groupId = target.groupId;
    if (groupId === null) {
      const projectId = projectForNewGroup(
        all,
        projects.map((p) => p.id),
      );
      const group: Group = {
        id: makeId('gr'),
        workshopId: workshop.id,
        name: newGroupName(groups.length, made++),
        position: all.length,
        projectId,
      };
      await store.createGroup(group);
      all.push(group);
      groupId = group.id;
    }
    for (const id of target.participantIds) await store.setParticipantGroup(id, groupId);
  }
  await syncAgendaBoards(store, workshop, now);
}
