import type { Actor, ActorRole } from '../map/index.js';
import { sizes } from './pictureStyle.js';
import { englishPictureWords, type PictureWords } from './pictureWords.js';
import { charsIn, textWidth, wrapText } from './textWrap.js';

/** What an actor's card holds, line by line, and how tall that makes it. */
export interface ActorBox {
  typeLabel: string;
  nameLines: string[];
  /** Roles in rows that fit the card's width. */
  roleRows: ActorRole[][];
  width: number;
  height: number;
}

const markSize = 11;
const markGap = 5;
const roleGap = 12;

/** Width of one role chip: its mark, a gap, its label. */
export function roleChipWidth(role: ActorRole, words: PictureWords = englishPictureWords): number {
  return markSize + markGap + textWidth(words.role(role), sizes.roleText);
}

/** Lays out an actor's card: type line, name (up to three lines), then its roles. */
export function actorBox(actor: Actor, words: PictureWords = englishPictureWords): ActorBox {
  const inner = sizes.actorWidth - 2 * sizes.actorPadX;
  const nameLines = wrapText(
    actor.name.trim() === '' ? words.noName : actor.name,
    charsIn(inner, sizes.nameText, 'bold'),
    sizes.nameMaxLines,
  );
  const roleRows: ActorRole[][] = [];
  let row: ActorRole[] = [];
  let used = 0;
  for (const role of actor.roles) {
    const w = roleChipWidth(role, words);
    if (row.length > 0 && used + roleGap + w > inner) {
      roleRows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? roleGap : 0) + w;
    row.push(role);
  }
  if (row.length > 0) roleRows.push(row);
  const height =
    sizes.actorPadY +
    18 + // the type line
    6 +
    nameLines.length * sizes.nameLine +
    (roleRows.length > 0 ? 6 + roleRows.length * sizes.roleLine : 0) +
    sizes.actorPadY;
  return {
    typeLabel: words.actorType(actor.type),
    nameLines,
    roleRows,
    width: sizes.actorWidth,
    height,
  };
}

export const roleChip = { markSize, markGap, roleGap } as const;
