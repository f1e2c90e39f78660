import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { boardLive, submitJoin } from './app.js';
import { mainHeading, visible, waitMs, watchUncaught } from './browser.js';

/** What the browser tests of the interface's languages (SPEC F1–F8) share. */
type Catalogue = Record<string, string>;
export const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(process.cwd(), 'src', 'shared', 'i18n', 'catalogues', `${locale}.json`), 'utf8')) as Catalogue;
export const english = catalogue('en');

/**
 * The English a page in `locale` must not show: every English message that the language words
 * otherwise, cut at its placeholders (pieces of 12 characters or more), and the English the join
 * page, the workshop home, the live row and the reflection board wrote before the catalogues (pieces of their sentences
 * around what they filled in), which a regression would bring back.
 */
export function knownEnglish(locale: string): string[] {
  const known = knownEnglishOf.get(locale) ?? findKnownEnglish(locale);
  knownEnglishOf.set(locale, known);
  return known;
}

/** Worked out once per language: each check of a page asks for it again. */
const knownEnglishOf = new Map<string, string[]>();

function findKnownEnglish(locale: string): string[] {
  const own = catalogue(locale);
  // The language's messages as one text, a line each: a piece is one of its words when the
  // text holds it as a whole word (looked for first as plain text, which rules most out cheaply).
  const ownText = Object.values(own).join('\n');
  const pieces = Object.entries(english)
    .filter(([key, text]) => own[key] !== text)
    .flatMap(([, text]) =>
      text.includes('{') ? text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/).filter((p) => p.trim().length >= 12) : [text],
    )
    // A word the language itself uses in its own messages is no sign of English: German says
    // "Name" and "Export", French "Note", and every language names "Open Cities".
    .filter((piece) => !(ownText.includes(piece.trim()) && wholeWord(piece).test(ownText)));
  return [
    ...pieces,
    'Join the workshop',
    'Tell the others who you are',
    'What we keep',
    'Skip to content',
    'Facilitator sign in',
    'Loading',
    'You are taking part as',
    'activities',
    'in all',
    'Project:',
    'Others see you as',
    'board is in the spotlight',
    'React:',
    'paused',
    // The reflection board's English before the catalogues (its sentences around what they filled in).
    'Add note to',
    'Move to',
    '(you)',
    'Confirm deleting',
    'Edit note:',
    'Delete note:',
    'Plenary view',
    'minutes planned',
    'Hands up',
    'presents',
    'could not be loaded',
  ];
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` as a whole word (not inside a longer word). */
const wholeWord = (s: string) => new RegExp(`(^|[^\\p{L}])${escaped(s.trim())}($|[^\\p{L}])`, 'u');

/**
 * The known English strings present in the page's text (innerText, visually hidden labels
 * included), its title or its controls' names and hints (aria-label, title), each as a whole word.
 * `content` is what people wrote (the workshop's title, its agenda, boards, groups and people's
 * names): it is in whatever language they wrote it, so it is taken out first. `within` limits
 * the check to a part of the page (the live row on a page not converted yet).
 */
export async function englishLeftOver(page: Page, locale: string, content: string[] = [], within = 'body'): Promise<string[]> {
  let text = await page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector);
    if (!root) return `${selector} is not on the page`;
    return [
      selector === 'body' ? document.title : '',
      root.innerText,
      ...Array.from(root.querySelectorAll('[aria-label], [title]')).flatMap((e) => [
        e.getAttribute('aria-label') ?? '',
        e.getAttribute('title') ?? '',
      ]),
    ].join('\n');
  }, within);
  for (const own of [...content].sort((a, b) => b.length - a.length)) text = text.split(own).join('\n');
  return knownEnglish(locale).filter((s) => wholeWord(s).test(text));
}

/** How far the page reaches past the window's width, in px (0 when it fits). */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

export const phone = { width: 390, height: 844 };

/** A person on a phone whose browser asks for `locale` (navigator.languages), and the page's uncaught errors. */
export async function personIn(browser: Browser, locale: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: phone, locale });
  context.setDefaultTimeout(waitMs);
  const page = await context.newPage();
  const errors: string[] = [];
  watchUncaught(page, errors);
  page.on('pageerror', (e) => errors.push(e.message));
  // A part that drew before its language's messages arrived (an import() without messagesFor,
  // src/web/i18n/i18n.ts) shows English for a moment: an error here.
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Drew "')) errors.push(m.text());
  });
  return { page, errors };
}

/**
 * A participant with an English browser who joins with `inviteUrl`, picks German in the header
 * and then opens `board` from its address (a page that starts afresh): it waits until the board
 * is live in German. For the board tests that check what a person who chose German sees.
 */
export async function germanOnBoard(
  browser: Browser,
  inviteUrl: string,
  workshopTitle: string,
  board: { id: string; title: string },
): Promise<{ page: Page; errors: string[] }> {
  const person = await personIn(browser, 'en-GB');
  const { page } = person;
  await submitJoin(page, inviteUrl, 'Friederike Schwarzenberger-Hohenlohe', 'Stadtentwicklungsgesellschaft');
  await mainHeading(page, workshopTitle);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
  await visible(page.getByRole('heading', { name: 'Arbeitsflächen', exact: true }));
  await page.goto(`${new URL(inviteUrl).origin}/b/${board.id}`);
  await mainHeading(page, board.title);
  await boardLive(page, /^Verbindung: Live: /);
  return person;
}
