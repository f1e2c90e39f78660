import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { newPerson, pageErrors } from '../../e2e/support/browser.js';
import { layoutProblems } from './checks.js';

/** One person of the day: a browser context of their own at their screen's size. */
export interface Person {
  /** Short and file-name safe: "facilitator", "amira". */
  key: string;
  name: string;
  organisation: string;
  page: Page;
}

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };

export async function person(browser: Browser, key: string, name: string, organisation: string, size = desktop): Promise<Person> {
  const { page } = await newPerson(browser);
  await prepare(page, size);
  return { key, name, organisation, page };
}

/** The same person in a second tab of their browser, at another size (a projector, a phone). */
export async function secondScreen(who: Person, key: string, size: { width: number; height: number }): Promise<Person> {
  const page = await who.page.context().newPage();
  await prepare(page, size);
  return { ...who, key, page };
}

async function prepare(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  // tsx (esbuild) names the functions it compiles with a __name helper that the page lacks:
  // e2e helpers pass such functions to evaluate(). Vitest does the same for the tests.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
}

/** What a step needs on one person's screen, for the "inside the window" check. */
export type Needs = (p: Person) => { locator: Locator; what: string } | null;

/**
 * The day's record: each step's screenshots (NN-step-person.png) and one line per person,
 * "OK step person" or "FAIL step person: why".
 */
export class Day {
  private count = 0;
  ok = 0;
  failed = 0;
  /** What went wrong for one person during the step now running (see `attempt`). */
  private readonly troubles = new Map<string, string[]>();

  constructor(private readonly shots: string) {
    mkdirSync(shots, { recursive: true });
  }

  /** Runs one person's part of a step; a failure is reported for them alone, and the step goes on. */
  async attempt(who: Person, part: () => Promise<void>): Promise<void> {
    try {
      await part();
    } catch (e) {
      this.troubles.set(who.key, [...(this.troubles.get(who.key) ?? []), (e as Error).message.split('\n')[0] ?? String(e)]);
    }
  }

  /** Runs `act` (what the people do); then a screenshot and the checks for each of `people`. */
  async step(name: string, people: Person[], act: () => Promise<void>, needs: Needs = () => null): Promise<void> {
    const number = String(++this.count).padStart(2, '0');
    let actError: string | null = null;
    try {
      await act();
    } catch (e) {
      actError = (e as Error).message.split('\n')[0] ?? String(e);
    }
    for (const p of people) {
      await p.page.waitForTimeout(400); // animations (zoom, panels) end
      await p.page.screenshot({ path: join(this.shots, `${number}-${name}-${p.key}.png`) }).catch(() => undefined);
      const problems = actError ? [`the step failed: ${actError}`] : [];
      problems.push(...(this.troubles.get(p.key) ?? []).map((t) => `their part failed: ${t}`));
      problems.push(...(await layoutProblems(p.page, needs(p)).catch((e: Error) => [`checks failed: ${e.message.split('\n')[0]}`])));
      problems.push(...pageErrors(p.page).map((e) => `uncaught in the page: ${e.split('\n')[0]}`));
      pageErrors(p.page).length = 0;
      this.report(name, p.key, problems);
    }
    this.troubles.clear();
  }

  private report(step: string, who: string, problems: string[]): void {
    if (problems.length === 0) {
      this.ok++;
      console.log(`OK ${step} ${who}`);
    } else {
      this.failed++;
      console.log(`FAIL ${step} ${who}: ${problems.join('; ')}`);
    }
  }
}
