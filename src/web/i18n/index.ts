// What the rest of the app takes from i18n. Files that bring a page's English with them
// (apiErrorText.ts) are imported by path, not from here: this index is on every page's start.
export { activateLocale, addEnglish, i18n, messagesFor, messagesIn, msg, translate } from './i18n.js';
export type { MessageKey, MessageValues } from './i18n.js';
export { useI18n } from './useI18n.js';
export type { I18n } from './useI18n.js';
export { isLocale, localeNames, locales, matchLocale, sourceLocale } from './locales.js';
export type { Locale } from './locales.js';
export { chooseLocale, chosenLocale, initialLocale, rememberLocale } from './languageChoice.js';
export { inviteCodeOf, inviteLanguage, lookUpInvite, useWorkshopLanguage } from './workshopLanguage.js';
