import { setupI18n, type Messages } from '@lingui/core';
// The English catalogue's type only: its messages travel with the code that shows them.
import type english from '../../shared/i18n/catalogues/en.json';
import frame from 'virtual:messages/en/header,layout,language';
import { sourceLocale, type Locale } from './locales.js';

/** A message's key: every key of the English catalogue, so tsc refuses a key it lacks. */
export type MessageKey = keyof typeof english;
/** What a message's placeholders are filled with ({max, number}, {months, plural, …}). */
export type MessageValues = Record<string, string | number>;

/** The interface's language and its messages. */
export const i18n = setupI18n({ locale: sourceLocale, messages: { [sourceLocale]: {} } });
/** English, always: what another language lacks reads in English (never a raw key). */
const fallback = setupI18n({ locale: sourceLocale, messages: { [sourceLocale]: {} } });

/**
 * Adds English messages, compiled, as a page's code brings them: each file that shows
 * messages of an area imports them from `virtual:messages/en/<area>,…` and calls this at the
 * top, so a page downloads its own English and no other page's (docs/i18n.md). The header's
 * and the layout's are here, for every page.
 */
export function addEnglish(messages: Record<string, unknown>): void {
  fallback.load(sourceLocale, { ...(messages as Messages) });
  i18n.load(sourceLocale, { ...(messages as Messages) });
}
addEnglish(frame);

// Each other language is a chunk of its own, fetched the first time it is used: all its
// messages at once (a few kB gzip; split by area like English when that grows).
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: unknown }>> = {
  cy: () => import('../../shared/i18n/catalogues/cy.json'),
  de: () => import('../../shared/i18n/catalogues/de.json'),
  fr: () => import('../../shared/i18n/catalogues/fr.json'),
  es: () => import('../../shared/i18n/catalogues/es.json'),
};

/** The languages other than English whose catalogue has arrived, with its messages. */
const loaded = new Map<Exclude<Locale, 'en'>, Messages>();

/** A language's catalogue, fetched the first time it is asked for and loaded into `i18n`. */
async function loadCatalogue(locale: Exclude<Locale, 'en'>): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = (await loaders[locale]()).default as Messages;
    i18n.load(locale, messages);
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * Loads a language's catalogue if it is not loaded yet, then makes it the interface's
 * language and `<html lang>`. Rejects when the catalogue cannot be fetched; the language then
 * stays as it was.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  if (locale !== 'en') await loadCatalogue(locale);
  i18n.activate(locale);
  document.documentElement.lang = locale;
}

/**
 * Messages of a language without showing the page in it: for words written into something
 * made in that language (a new workshop's group names, SPEC F6), whatever the interface's.
 * English is the English the page's code has added. Rejects when the catalogue cannot be fetched.
 */
export async function messagesIn(locale: Locale): Promise<(key: MessageKey, values?: MessageValues) => string> {
  if (locale === i18n.locale) return translate;
  if (locale === 'en') return (key, values) => fallback._(key, values);
  const other = setupI18n({ locale, messages: { [locale]: await loadCatalogue(locale) } });
  return (key, values) => (other.messages[key] !== undefined ? other._(key, values) : fallback._(key, values));
}

const reported = new Set<string>();

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
 */
export function translate(key: MessageKey, values?: MessageValues): string {
  if (i18n.messages[key] !== undefined) return i18n._(key, values);
  const where = `${i18n.locale}:${key}`;
  if (!reported.has(where)) {
    reported.add(where);
    console.warn(`No ${i18n.locale} message for "${key}": shown in English.`);
    reportMissing(i18n.locale, key);
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
