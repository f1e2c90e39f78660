import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** A person at the test provider: their login is their subject (`sub`). */
export interface ProviderPerson {
  email: string;
  /** Left out: as Microsoft Entra ID, which says `xms_edov` instead. */
  email_verified?: boolean;
  xms_edov?: boolean;
  name: string;
}

export interface TestProvider {
  /** `http://127.0.0.1:<port>`: what OIDC_ISSUER is set to. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the studio (its callback address) and starts answering. */
  register(redirectUri: string): void;
  /**
   * What a browser does at the provider: opens the authorization URL, signs in as `login` on the
   * development login form, and returns where the provider then sends it (the studio's
   * callback, with the code), without going there.
   */
  signIn(authorizationUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 and a free port, with its development
 * login form (any password). Its address is known before the studio starts, and the studio's
 * callback address only after: `register` finishes setting it up.
 */
export async function startTestProvider(people: Record<string, ProviderPerson>): Promise<TestProvider> {
  let handler: RequestListener = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'open-cities-studio';
  const clientSecret = 'a client secret long enough for HS256 keys';
  let callback = '';

  return {
    issuer,
    clientId,
    clientSecret,
    register(redirectUri) {
      callback = redirectUri;
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
        cookies: { keys: ['test provider cookie key'] },
        pkce: { required: () => true },
        findAccount: (_ctx, id) => {
          const person = people[id];
          return person ? { accountId: id, claims: () => ({ sub: id, ...person }) } : undefined;
        },
        // No consent screen: the studio is the organisation's own application.
        loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
          const { oidc } = ctx;
          const clientId = oidc.client?.clientId ?? '';
          const existing = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
          if (existing) return oidc.provider.Grant.find(existing);
          const grant = new oidc.provider.Grant({ clientId, accountId: oidc.session?.accountId ?? '' });
          grant.addOIDCScope('openid email profile');
          await grant.save();
          return grant;
        },
      });
      handler = provider.callback();
    },
    async signIn(authorizationUrl, login) {
      const jar = new Map<string, string>();
      const go = async (url: URL, init: RequestInit = {}) => {
        const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
        const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie } });
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const eq = pair.indexOf('=');
          jar.set(pair.slice(0, eq), pair.slice(eq + 1));
        }
        return response;
      };
      let url = new URL(authorizationUrl);
      for (let step = 0; step < 10; step += 1) {
        let response = await go(url);
        if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
          response = await go(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ prompt: 'login', login, password: 'any password' }).toString(),
          });
        }
        const location = response.headers.get('location');
        if (!location) throw new Error(`the provider stopped at ${url.href} with ${response.status}: ${await response.text()}`);
        url = new URL(location, url);
        if (url.href.startsWith(callback)) return url;
      }
      throw new Error('the provider kept redirecting');
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
