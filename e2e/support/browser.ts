import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { chromiumPath } from '../../test/setup/optional.js';

/** How long any one wait in a browser test may take before it fails. Generous, never endless. */
export const waitMs = 15_000;

/** Timeout for a whole browser test (several waits, a few page loads). */
export const browserTestMs = 90_000;

/** Chromium's switches for tests and benches: headless, talking to nobody but the test server (no updates, sync or QUIC). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Real Chromium, driven by Playwright, with `chromiumArgs`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * A fresh context: its own cookies, so one context is one person. `bypassCSP` only for the
 * accessibility test, which injects axe-core as an inline script the app's CSP would block.
 */
export async function newPerson(browser: Browser, options: { bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, bypassCSP: options.bypassCSP ?? false });
  context.setDefaultTimeout(waitMs);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  uncaught.set(page, errors);
  return { context, page };
}

const uncaught = new WeakMap<Page, string[]>();

/** Uncaught exceptions in a page made by `newPerson`, so far: a test asserts there were none. */
export function pageErrors(page: Page): string[] {
  return uncaught.get(page) ?? [];
}

/**
 * Waits until `locator` is visible (Playwright's own polling), within `waitMs`. On a timeout
 * the error also says what the page showed instead (its address, headings, alerts and status
 * lines) and its uncaught exceptions: a blank page (e.g. a dist/web built from older sources
 * than the server) or an error page then says why, in a CI log without its screenshots.
 */
export async function visible(locator: Locator): Promise<Locator> {
  try {
    await locator.waitFor({ state: 'visible', timeout: waitMs });
  } catch (e) {
    const shown = await whatPageShows(locator.page());
    const errors = pageErrors(locator.page());
    const uncaughtText = errors.length === 0 ? '' : `\nUncaught in the page:\n${errors.join('\n')}`;
    throw new Error(`${(e as Error).message}\n${shown}${uncaughtText}`, { cause: e });
  }
  return locator;
}

/** The page's address and the texts of its headings, alerts and status lines, one per line. */
async function whatPageShows(page: Page): Promise<string> {
  try {
    const read = page
      .locator('h1, h2, [role="alert"], [role="status"]')
      .evaluateAll((found) =>
        found.map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.getAttribute('role') ? `[${e.getAttribute('role')}]` : ''}: ${(e.textContent ?? '').trim().slice(0, 160)}`,
        ),
      );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error('no answer')), 3_000)));
    const texts = await Promise.race([read, late]).finally(() => clearTimeout(timer));
    return `The page at ${page.url()} showed:\n${texts.filter((t) => !t.endsWith(': ')).join('\n') || '(no heading, alert or status)'}`;
  } catch {
    return `The page at ${page.url()} could not be read (closed or not answering).`;
  }
}

/** Lets `visible` and `pageErrors` report a page's uncaught exceptions (for pages not made by `newPerson`). */
export function watchUncaught(page: Page, errors: string[]): void {
  uncaught.set(page, errors);
}

/** The page's main heading, once it shows `name` exactly. */
export function mainHeading(page: Page, name: string): Promise<Locator> {
  return visible(page.getByRole('heading', { level: 1, name, exact: true }));
}

const screenshotDir = join(process.cwd(), 'test-results', 'e2e');

/** Saves the whole page to test-results/e2e/<name>.png, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let axeSource: string | null = null;
function axe(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core on the page as it is now (or on the part `within` selects) and returns the serious and critical violations,
 * each as readable lines (rule, help, the nodes and why). The context must bypass CSP.
 */
export async function seriousAxeViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe() });
  // `within`: a CSS selector to check one part of the page (e.g. the facilitator bar) rather than all of it.
  const violations = await page.evaluate(async (selector) => {
    const result = await (window as any).axe.run(selector ?? document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  }, within ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n'),
    );
}

/** Roles a person operates or follows: each needs an accessible name. */
const controlRoles = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'checkbox',
  'radio',
  'spinbutton',
  'slider',
  'switch',
]);

/**
 * Every control in Chromium's own accessibility tree (the names a screen reader gets), with
 * the HTML of any that has no name. Independent of axe: the browser computes the names.
 */
export async function controlNames(page: Page): Promise<{ named: string[]; nameless: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named: string[] = [];
    const nameless: string[] = [];
    for (const node of nodes) {
      const role = String(node.role?.value ?? '');
      if (node.ignored || !controlRoles.has(role)) continue;
      const name = String(node.name?.value ?? '').trim();
      if (name) named.push(`${role} "${name}"`);
      else {
        const html =
          node.backendDOMNodeId === undefined
            ? '(no DOM node)'
            : (await cdp.send('DOM.getOuterHTML', { backendNodeId: node.backendDOMNodeId })).outerHTML.slice(0, 200);
        nameless.push(`${role}: ${html}`);
      }
    }
    return { named, nameless };
  } finally {
    await cdp.detach();
  }
}

/**
 * Records every request and WebSocket a page opens that is not the server's own (or data:
 * and blob: URLs, which stay in the page). The app must load nothing from anywhere else.
 */
export function foreignRequests(page: Page, base: string): string[] {
  const foreign: string[] = [];
  const ws = base.replace(/^http/, 'ws');
  const own = (url: string) => url.startsWith(`${base}/`) || url === base || /^(data|blob):/.test(url);
  page.on('request', (request) => {
    if (!own(request.url())) foreign.push(request.url());
  });
  page.on('websocket', (socket) => {
    if (!socket.url().startsWith(`${ws}/`)) foreign.push(socket.url());
  });
  return foreign;
}
