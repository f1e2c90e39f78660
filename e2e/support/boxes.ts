import type { Locator } from 'playwright-core';
import { visible } from './browser.js';

/** Where something is drawn, in CSS pixels from the window's top left (Playwright's bounding box). */
export type Box = { x: number; y: number; width: number; height: number };

export const area = (b: Box) => Math.max(0, b.width) * Math.max(0, b.height);

/** The part two boxes share (a negative width or height: they do not meet). */
export function overlap(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/** The box of something once it is visible. */
export async function boxOf(locator: Locator): Promise<Box> {
  return (await visible(locator)).boundingBox() as Promise<Box>;
}
