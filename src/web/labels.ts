import type { ActivityKind, BoardKind, Role } from '../domain/index.js';
import labelMessages from 'virtual:messages/en/labels';
import { addEnglish, msg, translate, type MessageKey } from './i18n/index.js';

addEnglish(labelMessages);

/**
 * Words the interface uses for the code's values (STYLE: the user's language), as message keys
 * (`labels.` in the catalogues, docs/i18n.md). Converted pages call `roleName`, `activityKindName`,
 * `boardKindName` and `boardKindPurpose` while drawing (in a component that uses `useI18n`, so it
 * draws again when the language changes); a value the table lacks reads as itself.
 */

export const roleKeys: Record<Role, MessageKey> = {
  facilitator: msg('labels.role.facilitator'),
  participant: msg('labels.role.participant'),
  observer: msg('labels.role.observer'),
};

export const activityKindKeys: Record<ActivityKind, MessageKey> = {
  plenary: msg('labels.activity.plenary'),
  'ecosystem-mapping': msg('labels.activity.ecosystemMapping'),
  presentations: msg('labels.activity.presentations'),
  'ethics-canvas': msg('labels.activity.ethicsCanvas'),
  reflection: msg('labels.activity.reflection'),
  break: msg('labels.activity.break'),
};

export const boardKindKeys: Record<BoardKind, MessageKey> = {
  'ecosystem-map': msg('labels.board.ecosystemMap'),
  'ethics-canvas': msg('labels.board.ethicsCanvas'),
  reflection: msg('labels.board.reflection'),
};

/** One line saying what a board of each kind is for, shown on the board page. */
export const boardKindPurposeKeys: Record<BoardKind, MessageKey> = {
  'ecosystem-map': msg('labels.boardPurpose.ecosystemMap'),
  'ethics-canvas': msg('labels.boardPurpose.ethicsCanvas'),
  reflection: msg('labels.boardPurpose.reflection'),
};

/** The value's words in the current language; a value the table lacks (a kind newer than this page) reads as itself. */
const named =
  (keys: Record<string, MessageKey>, unknown = (value: string) => value) =>
  (value: string): string => {
    const key = keys[value];
    return key === undefined ? unknown(value) : translate(key);
  };

export const roleName: (role: string) => string = named(roleKeys);
export const activityKindName: (kind: string) => string = named(activityKindKeys);
export const boardKindName: (kind: string) => string = named(boardKindKeys);
export const boardKindPurpose: (kind: string) => string = named(boardKindPurposeKeys, () => '');
