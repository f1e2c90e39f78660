/**
 * Single sign-on with OpenID Connect (SPEC I1): the installation's identity provider, and
 * whether e-mail and password sign-in stays on. Read from the environment once, at start; a
 * setting that is wrong stops the start with a message naming it (SPEC I6).
 */
export interface OidcSettings {
  /** OIDC_ISSUER: the provider's issuer identifier, e.g. https://login.microsoftonline.com/<tenant>/v2.0. */
  issuer: string;
  /** OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: this server's registration at the provider. */
  clientId: string;
  clientSecret: string;
  /** OIDC_ALLOWED_DOMAINS: e-mail domains whose people may sign in (lower case, exact match). */
  allowedDomains: string[];
  /** OIDC_NAME: the provider as people know it, on the button ("Sign in with <name>"). */
  name: string;
}

/** What the sign-in page offers (SPEC I1, I5). */
export interface SignInSettings {
  oidc: OidcSettings | null;
  /** LOCAL_SIGN_IN: e-mail and password sign-in; off leaves single sign-on only. */
  passwordSignIn: boolean;
}

const defaultName = 'your organisation’s account';

/** Loopback addresses, where a provider may speak plain http (a provider on the same machine, tests). */
const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseIssuer(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `OIDC_ISSUER must be the identity provider's issuer address, like https://login.example.org/realms/staff, not "${text}"`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback.has(url.hostname)))
    throw new Error(`OIDC_ISSUER must start with https:// (plain http only on this machine), not "${text}"`);
  if (url.search || url.hash) throw new Error(`OIDC_ISSUER must have no ?query or #fragment, not "${text}"`);
  return text;
}

function parseDomains(text: string | undefined): string[] {
  const domains = (text ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  if (domains.length === 0)
    throw new Error(
      'OIDC_ALLOWED_DOMAINS must name the e-mail domains whose people may sign in, separated by commas (e.g. coventry.gov.uk): without it anyone with an account at the provider could',
    );
  for (const d of domains)
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d))
      throw new Error(`OIDC_ALLOWED_DOMAINS: "${d}" is not a domain; give domains like coventry.gov.uk, separated by commas`);
  return domains;
}

function parseOnOff(name: string, text: string | undefined): boolean {
  const value = (text ?? '').trim().toLowerCase();
  if (value === '' || value === 'on' || value === 'true') return true;
  if (value === 'off' || value === 'false') return false;
  throw new Error(`${name} must be on or off, not "${text}"`);
}

/**
 * The sign-in settings from OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET,
 * OIDC_ALLOWED_DOMAINS, OIDC_NAME and LOCAL_SIGN_IN, or an error saying which is wrong.
 * No OIDC_ISSUER: no single sign-on, and the other OIDC_ settings must be unset too.
 */
export function signInSettingsFromEnv(env: Record<string, string | undefined>): SignInSettings {
  const passwordSignIn = parseOnOff('LOCAL_SIGN_IN', env.LOCAL_SIGN_IN);
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) {
    const stray = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_ALLOWED_DOMAINS', 'OIDC_NAME'].filter((n) => env[n]?.trim());
    if (stray.length > 0)
      throw new Error(
        `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but OIDC_ISSUER is not: set OIDC_ISSUER too, or unset them`,
      );
    if (!passwordSignIn) throw new Error('LOCAL_SIGN_IN=off needs single sign-on (OIDC_ISSUER and the rest), or nobody could sign in');
    return { oidc: null, passwordSignIn };
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!clientId)
    throw new Error('OIDC_CLIENT_ID must be set with OIDC_ISSUER: the client id this server was registered with at the provider');
  if (!clientSecret)
    throw new Error('OIDC_CLIENT_SECRET must be set with OIDC_ISSUER: the client secret this server was registered with at the provider');
  return {
    oidc: {
      issuer: parseIssuer(issuer),
      clientId,
      clientSecret,
      allowedDomains: parseDomains(env.OIDC_ALLOWED_DOMAINS),
      name: env.OIDC_NAME?.trim() || defaultName,
    },
    passwordSignIn,
  };
}

/** The domain of an e-mail address, lower case ("" when it has none). */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}
