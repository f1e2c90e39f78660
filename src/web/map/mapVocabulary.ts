import kindMessages from 'virtual:messages/en/map.kind.actorType,map.kind.role,map.kind.flow,map.kind.access,map.kind.note';
import type { AccessLevel, ActorRole, ActorType, FlowKind, NoteKind } from '../../domain/map/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';
import { nameVoteDetails } from '../facilitation/voteDetailNames.js';

addEnglish(kindMessages);

/**
 * The words for the map's closed lists (src/domain/map/vocabulary.ts) as message keys
 * (`map.kind.` in the catalogues): here those the map itself shows, with the editor's start;
 * the roles' meanings, sensitivity, de-identification and "Not set" come with the panels and
 * the legend (mapVocabularyDetails.ts). The domain keeps its English labels for the server's
 * exports and reports; the English catalogue holds the same words
 * (test/unit/i18n/mapVocabulary.test.ts), so they cannot drift apart.
 */

export const actorTypeKeys: Record<ActorType, MessageKey> = {
  public: msg('map.kind.actorType.public'),
  private: msg('map.kind.actorType.private'),
  'third-sector': msg('map.kind.actorType.thirdSector'),
  academia: msg('map.kind.actorType.academia'),
  individuals: msg('map.kind.actorType.individuals'),
};

export const actorRoleKeys: Record<ActorRole, MessageKey> = {
  steward: msg('map.kind.role.steward'),
  contributor: msg('map.kind.role.contributor'),
  reuser: msg('map.kind.role.reuser'),
  beneficiary: msg('map.kind.role.beneficiary'),
  intermediary: msg('map.kind.role.intermediary'),
  user: msg('map.kind.role.user'),
  regulator: msg('map.kind.role.regulator'),
  funder: msg('map.kind.role.funder'),
};

export const flowKindKeys: Record<FlowKind, MessageKey> = {
  data: msg('map.kind.flow.data'),
  money: msg('map.kind.flow.money'),
  service: msg('map.kind.flow.service'),
  value: msg('map.kind.flow.value'),
  oversight: msg('map.kind.flow.oversight'),
};

export const accessLevelKeys: Record<AccessLevel, MessageKey> = {
  closed: msg('map.kind.access.closed'),
  shared: msg('map.kind.access.shared'),
  open: msg('map.kind.access.open'),
};

export const noteKindKeys: Record<NoteKind, MessageKey> = {
  issue: msg('map.kind.note.issue'),
  opportunity: msg('map.kind.note.opportunity'),
  question: msg('map.kind.note.question'),
  insight: msg('map.kind.note.insight'),
  comment: msg('map.kind.note.comment'),
};

/**
 * A list's words in the current language, value by value: call while drawing, in a component
 * that uses `useI18n` (or once per language, as the editor's `MapWords` does).
 */
export function namesOf<T extends string>(keys: Record<T, MessageKey>): Record<T, string> {
  return Object.fromEntries(Object.entries<MessageKey>(keys).map(([value, key]) => [value, translate(key)])) as Record<T, string>;
}

/** A note's kind in words; a note with no kind is a "Note". */
export function noteKindName(kind: NoteKind | undefined): string {
  return kind ? translate(noteKindKeys[kind]) : translate('map.kind.note.unset');
}

// A flow's kind and a map note's kind in the voting results (facilitation/voteDetailNames.ts).
nameVoteDetails({
  flowKind: (kind) => (Object.hasOwn(flowKindKeys, kind) ? translate(flowKindKeys[kind as FlowKind]) : undefined),
  noteKind: (kind) =>
    kind === null ? noteKindName(undefined) : Object.hasOwn(noteKindKeys, kind) ? noteKindName(kind as NoteKind) : undefined,
});
