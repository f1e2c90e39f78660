import { setupI18n, type Messages } from '@lingui/core';
// The English catalogue's type only: its messages travel with the code that shows them.
import type english from '../../shared/i18n/catalogues/en.json';
import frame from 'virtual:messages/en/header,layout,language';
import { sourceLocale, type Locale } from './locales.js';
import { messageAreas, type MessageModule } from './messageAreas.js';

/** A message's key: every key of the English catalogue, so tsc refuses a key it lacks. */
export type MessageKey = keyof typeof english;
/** What a message's placeholders are filled with ({max, number}, {months, plural, …}). */
export type MessageValues = Record<string, string | number>;

/** The interface's language and its messages. */
export const i18n = setupI18n({ locale: sourceLocale, messages: { [sourceLocale]: {} } });
/** English, always: what another language lacks reads in English (never a raw key). */
const fallback = setupI18n({ locale: sourceLocale, messages: { [sourceLocale]: {} } });

/** The other languages' messages, fetched by area as the page's code registers them. */
const areas = messageAreas((locale, messages) => {
  i18n.load(locale, { ...(messages as Messages) });
  delivered.set(locale, { ...delivered.get(locale), ...(messages as Messages) });
});
/** What has arrived of each other language, for `messagesIn`. */
const delivered = new Map<string, Messages>();

/**
 * Adds a module's English messages and registers its areas, as a page's code brings them: each
 * file that shows messages of an area imports `virtual:messages/en/<area>,…` and calls this at
 * the top, so a page downloads its own English and no other page's (docs/i18n.md), and in
 * another language only its own areas (`activateLocale`, `messagesFor`). The header's and the
 * layout's are here, for every page, and arrive with the language at start.
 */
export function addEnglish(module: MessageModule): void {
  fallback.load(sourceLocale, { ...(module.messages as Messages) });
  i18n.load(sourceLocale, { ...(module.messages as Messages) });
  areas.register(module);
}
addEnglish(frame);

/** The language last asked for: a slower earlier switch does not undo it. */
let latest: Locale = sourceLocale;

/**
 * Fetches, in `locale`, the messages of every area registered so far (all at once), then makes
 * it the interface's language and `<html lang>`, so the page draws again whole in it. Rejects
 * when an area cannot be fetched; the language then stays as it was.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  const before = latest;
  latest = locale;
  try {
    await areas.loadAll(locale);
  } catch (e) {
    if (latest === locale) latest = before;
    throw e;
  }
  if (latest !== locale) return;
  i18n.activate(locale);
  document.documentElement.lang = locale;
}

/**
 * Resolves with what `loading` (a lazily loaded part's `import()`) gives, once the messages its
 * code registered have arrived in the current language, so the part never draws in English
 * first. A door for every `import()` of src/web code (`ui/lazyPart` uses it): the modules of a
 * chunk register as it runs, and their areas are then fetched together, in one round trip. If
 * they cannot be fetched, the part draws anyway: what is missing reads in English.
 */
export async function messagesFor<T>(loading: Promise<T>): Promise<T> {
  const loaded = await loading;
  await areas.loadAll(i18n.locale).catch(() => undefined);
  return loaded;
}

/** Counts the areas that arrived after a part drew without them (`translate`), so `useI18n` draws again. */
let lateArrivals = 0;
/** What `useI18n` watches: the language, and messages that arrived late. */
export const i18nRevision = (): string => `${i18n.locale} ${lateArrivals}`;

/** Messages a part fetched on its own arrived (serverErrorWords.ts): every `useI18n` draws again. */
export function messagesArrived(): void {
  lateArrivals += 1;
  i18n.emit('change');
}

/**
 * A key whose area is on its way in the current language (a part drew before its messages
 * arrived: an `import()` without `messagesFor`): said once in the console, and the page draws
 * again when they are there. Not a missing translation: not reported to the server.
 */
function drewEarly(locale: string, key: string): void {
  console.warn(`Drew "${key}" before its ${locale} messages arrived: an import() without messagesFor? Shown in English until they do.`);
  areas.loadAll(locale).then(messagesArrived, () => undefined);
}

/**
 * Messages of a language without showing the page in it: for words written into something
 * made in that language (a new workshop's group names, SPEC F6), whatever the interface's.
 * English is the English the page's code has added. Fetches the areas registered so far in that
 * language (as `activateLocale` does); rejects when they cannot be fetched.
 */
export async function messagesIn(locale: Locale): Promise<(key: MessageKey, values?: MessageValues) => string> {
  if (locale === i18n.locale) return translate;
  if (locale === 'en') return (key, values) => fallback._(key, values);
  await areas.loadAll(locale);
  const other = setupI18n({ locale, messages: { [locale]: { ...delivered.get(locale) } } });
  return (key, values) => (other.messages[key] !== undefined ? other._(key, values) : fallback._(key, values));
}

/** `<locale>:<key>` said once: missing from the language, or drawn before its area arrived. */
const reported = new Set<string>();
const early = new Set<string>();

/**
 * Tells the server a message the language lacks (POST /api/client-reports/missing-translation,
 * SPEC F7), for its log: the language and the key, nothing about the person (no cookie). Never
 * waits, never fails the page.
 */
function reportMissing(locale: string, key: string): void {
  if (typeof fetch !== 'function' || typeof window === 'undefined') return;
  fetch('/api/client-reports/missing-translation', {
    method: 'POST',
    credentials: 'omit',
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale, key }),
  }).catch(() => undefined);
}

/**
 * A message in the current language, its placeholders filled. A key the language's catalogue
 * lacks reads in English and is reported once per key and language per page load, in the
 * console and to the server's log (test/unit/i18n/catalogues.test.ts keeps that from shipping).
 * A key whose area has not arrived yet reads in English too, until it has (`drewEarly`).
 */
export function translate(key: MessageKey, values?: MessageValues): string {
  if (i18n.messages[key] !== undefined) return i18n._(key, values);
  const locale = i18n.locale;
  const where = `${locale}:${key}`;
  if (locale !== sourceLocale && areas.stateOf(locale, key) === 'coming') {
    if (!early.has(where)) drewEarly(locale, key);
    early.add(where);
  } else if (!reported.has(where)) {
    reported.add(where);
    console.warn(`No ${locale} message for "${key}": shown in English.`);
    reportMissing(locale, key);
  }
  return fallback._(key, values);
}

/**
 * Marks a key kept in a table rather than passed straight to `t` (an error code's message),
 * so the catalogue test finds it in use. Returns the key.
 */
export function msg<K extends MessageKey>(key: K): K {
  return key;
}
