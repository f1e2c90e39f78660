import type { Rect } from './layout.js';
import type { TypeStyle } from './pictureStyle.js';
import { attrs, num } from './xml.js';

/**
 * The outline of an actor's card in its type's shape: square corners for the public sector,
 * rounded for private, a hexagon for the third sector, an octagon for academia, a capsule for
 * individuals, a dashed box when no type is set. The same shapes as the editor, so the shape
 * alone tells the type even in black and white.
 */
export function actorOutline(r: Rect, style: TypeStyle, strokeWidth = 2.5): string {
  const paint = { fill: style.tint, stroke: style.colour, 'stroke-width': strokeWidth };
  const polygon = (cut: number, sides: 6 | 8) => {
    const { x, y, width: w, height: h } = r;
    const c = Math.min(cut, w / 4, h / 2);
    const points =
      sides === 6
        ? [
            [x + c, y],
            [x + w - c, y],
            [x + w, y + h / 2],
            [x + w - c, y + h],
            [x + c, y + h],
            [x, y + h / 2],
          ]
        : [
            [x + c, y],
            [x + w - c, y],
            [x + w, y + c],
            [x + w, y + h - c],
            [x + w - c, y + h],
            [x + c, y + h],
            [x, y + h - c],
            [x, y + c],
          ];
    return `<polygon ${attrs({ points: points.map(([px = 0, py = 0]) => `${num(px)},${num(py)}`).join(' '), ...paint })}/>`;
  };
  const rect = (rx: number, dash?: string) =>
    `<rect ${attrs({ x: r.x, y: r.y, width: r.width, height: r.height, rx, ...paint, 'stroke-dasharray': dash })}/>`;
  switch (style.shape) {
    case 'rectangle':
      return rect(2);
    case 'rounded':
      return rect(Math.min(14, r.height / 3));
    case 'hexagon':
      return polygon(16, 6);
    case 'octagon':
      return polygon(12, 8);
    case 'capsule':
      return rect(Math.min(r.height / 2, 30));
    case 'dashed':
      return rect(4, '7 5');
  }
}
