import type { Actor } from '../map/index.js';
import { actorOutline } from './actorOutline.js';
import type { ActorBox } from './actorBox.js';
import { roleChip, roleChipWidth } from './actorBox.js';
import { icon, roleMarkPaths, typeIconPaths } from './icons.js';
import type { Rect } from './layout.js';
import { actorTypeStyles, ink, roleColours, sizes } from './pictureStyle.js';
import { englishPictureWords, type PictureWords } from './pictureWords.js';
import { attrs, escapeXml } from './xml.js';

/** One actor's card: outline in its type's shape, the type (icon and words), the name, the roles (mark and words). */
export function drawActor(actor: Actor, r: Rect, box: ActorBox, words: PictureWords = englishPictureWords): string {
  const style = actorTypeStyles[actor.type ?? 'unset'];
  const left = r.x + sizes.actorPadX;
  const top = r.y + sizes.actorPadY;
  const parts = [actorOutline(r, style)];
  parts.push(icon(typeIconPaths[actor.type ?? 'unset'], left, top + 1, 16, style.colour));
  parts.push(
    `<text ${attrs({ x: left + 22, y: top + 13, 'font-size': sizes.typeText, 'font-weight': 700, fill: style.colour })}>${escapeXml(box.typeLabel)}</text>`,
  );
  const nameTop = top + 18 + 6;
  box.nameLines.forEach((line, i) => {
    parts.push(
      `<text ${attrs({ x: left, y: nameTop + 17 + i * sizes.nameLine, 'font-size': sizes.nameText, 'font-weight': 700, fill: ink })}>${escapeXml(line)}</text>`,
    );
  });
  const rolesTop = nameTop + box.nameLines.length * sizes.nameLine + 6;
  box.roleRows.forEach((row, i) => {
    const baseline = rolesTop + 13 + i * sizes.roleLine;
    let x = left;
    for (const role of row) {
      parts.push(icon(roleMarkPaths[role], x, baseline - 10, roleChip.markSize, roleColours[role], 12));
      parts.push(
        `<text ${attrs({ x: x + roleChip.markSize + roleChip.markGap, y: baseline, 'font-size': sizes.roleText, fill: ink })}>${escapeXml(words.role(role))}</text>`,
      );
      x += roleChipWidth(role, words) + roleChip.roleGap;
    }
  });
  return `<g class="actor">${parts.join('')}</g>`;
}
