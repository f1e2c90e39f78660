import { matchWorkshopLanguage, workshopLanguageNames } from '../../domain/workshop.js';
/**
 * The languages the interface speaks (docs/i18n.md). English is the source language: its
 * catalogue is the list of every message, and what another language lacks falls back to it.
 */
export const locales = ['en', 'cy', 'de', 'fr', 'es'] as const;
export type Locale = (typeof locales)[number];

export const sourceLocale: Locale = 'en';

/** Each language's name in itself, as a language menu lists them (never translated). */
export const localeNames: Record<Locale, string> = workshopLanguageNames;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The first of a browser's languages (navigator.languages, in its order of preference) that
 * the interface speaks, by primary subtag: "cy-GB" is Welsh, "de-AT" German. Null when none is.
 */
export const matchLocale: (tags: readonly string[]) => Locale | null = matchWorkshopLanguage;
