import { useEffect } from 'react';
import { api, isApiError, type ApiError } from '../api.js';
import { activateLocale, i18n } from './i18n.js';
import { chosenLocale } from './languageChoice.js';
import { isLocale, type Locale } from './locales.js';

/** The invite code of a join page's address (`/join/<code>`), or null on any other page. */
export function inviteCodeOf(pathname: string): string | null {
  const match = /^\/join\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** What `GET /api/invites/:code/language` said: the workshop's language, or why the code opens nothing. */
export interface InviteLookup {
  language: Locale | null;
  /** The server's refusal when the code opens nothing (INVITE_NOT_FOUND, INVITE_REVOKED); null otherwise. */
  problem: ApiError | null;
}

const lookups = new Map<string, Promise<InviteLookup>>();

/**
 * Asks once per page load what an invite opens (SPEC F6): the start (main.tsx) for the join
 * page's language, the join page for whether the link is dead, from the same answer. A server
 * that cannot be asked gives neither: the page then opens in the browser's language and finds
 * out at "Join".
 */
export function lookUpInvite(code: string): Promise<InviteLookup> {
  let found = lookups.get(code);
  if (!found) {
    found = askInvite(code);
    lookups.set(code, found);
  }
  return found;
}

async function askInvite(code: string): Promise<InviteLookup> {
  try {
    const { language } = await api.get<{ language: unknown }>(`/api/invites/${encodeURIComponent(code)}/language`);
    return { language: isLocale(language) ? language : null, problem: null };
  } catch (e) {
    return { language: null, problem: isApiError(e) && e.status > 0 ? e : null };
  }
}

/**
 * The language the invite's workshop is set to, so the join page opens in it. Null when it is
 * not set, the code opens nothing (the page then says so in the browser's language) or the
 * server cannot be asked.
 */
export async function inviteLanguage(code: string): Promise<Locale | null> {
  return (await lookUpInvite(code)).language;
}

/**
 * On a workshop's pages: switches to the workshop's language once it is known, unless the
 * person chose one in this browser (their choice wins, SPEC F6). Not remembered: another
 * workshop may be set to another language. A catalogue that cannot be fetched leaves the page
 * as it is.
 */
export function useWorkshopLanguage(language: Locale | null | undefined): void {
  useEffect(() => {
    if (!language || chosenLocale() !== null || i18n.locale === language) return;
    activateLocale(language).catch(() => undefined);
  }, [language]);
}
