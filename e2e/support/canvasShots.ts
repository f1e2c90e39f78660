import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const screenshotDir = join(process.cwd(), 'test-results', 'e2e');

/**
 * Saves what the screen shows now (not the whole scrolled page) to
 * test-results/e2e/<name>.png: for "does the canvas fit a laptop or a projector".
 */
export async function viewportScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The local calendar date `days` from today, `YYYY-MM-DD`: the browser in the test uses the same clock. */
export function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
