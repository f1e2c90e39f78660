import type { FacilitatorAccount } from '../../domain/index.js';
import { AppError, isAppError, maxPersonNameLength } from '../../shared/index.js';
import type { VerifiedIdentity } from '../auth/oidcClient.js';
import { emailDomain, type OidcSettings } from '../auth/oidcSettings.js';
import type { WorkshopRecords } from '../store/Store.js';
import { makeId } from './random.js';

/** An account made by single sign-on has no password: password sign-in never matches it (SPEC I4). */
export const noPassword = '';

type Records = Pick<WorkshopRecords, 'getAccountByIdentity' | 'getAccountByEmail' | 'createAccount' | 'linkIdentity'>;

/**
 * The facilitator account a verified identity signs in as (SPEC I3, I4). The e-mail must be
 * verified by the provider and in an allowed domain, at every sign-in. An identity linked
 * before is its account; else the account with that e-mail is the same person and is linked
 * now; else a new account is made (name and e-mail from the provider, no password). Refusals
 * change nothing.
 */
export async function accountForIdentity(
  store: Records,
  settings: Pick<OidcSettings, 'allowedDomains'>,
  who: VerifiedIdentity,
  now: Date,
): Promise<{ account: FacilitatorAccount; created: boolean }> {
  if (!who.email || !who.emailVerified) throw new AppError('SSO_EMAIL_UNVERIFIED');
  if (!settings.allowedDomains.includes(emailDomain(who.email))) throw new AppError('SSO_DOMAIN_NOT_ALLOWED');
  const linked = await store.getAccountByIdentity(who.issuer, who.subject);
  if (linked) return { account: linked, created: false };

  let account = await store.getAccountByEmail(who.email);
  let created = false;
  if (!account) {
    const fresh: FacilitatorAccount = {
      id: makeId('ac'),
      email: who.email,
      name: nameOf(who),
      passwordHash: noPassword,
      isAdmin: false,
      createdAt: now.toISOString(),
    };
    try {
      await store.createAccount(fresh);
      account = fresh;
      created = true;
    } catch (e) {
      // The same person's other sign-in made it a moment ago: that is their account.
      if (!isAppError(e) || e.code !== 'ACCOUNT_EXISTS') throw e;
      account = await store.getAccountByEmail(who.email);
      if (!account) throw e;
    }
  }
  if (await store.linkIdentity({ issuer: who.issuer, subject: who.subject, accountId: account.id, linkedAt: now.toISOString() }))
    return { account, created };
  // Linked meanwhile by the same identity's other sign-in, or the account has another identity at this provider.
  const raced = await store.getAccountByIdentity(who.issuer, who.subject);
  if (raced?.id === account.id) return { account: raced, created };
  throw new AppError('SSO_ACCOUNT_LINKED');
}

/** The name the provider gives, else the e-mail's local part; as long as a person's name may be. */
function nameOf(who: VerifiedIdentity): string {
  const name = who.name || (who.email ?? '').split('@')[0] || 'Facilitator';
  return name.slice(0, maxPersonNameLength);
}
