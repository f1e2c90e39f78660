import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, isAppError } from '../../shared/index.js';
import { attemptCookieName, attemptSeconds, openAttempt, sealAttempt } from '../auth/oidcAttempt.js';
import { OidcClient } from '../auth/oidcClient.js';
import type { AppContext } from '../context.js';
import { giveDemoToFirstFacilitator } from '../services/demoInvites.js';
import { accountForIdentity } from '../services/ssoAccount.js';
import { documented, routeDoc } from './apiDoc/routeDoc.js';
import { startSession } from './session.js';
import { perAddress } from './throttles.js';

const startPath = '/api/session/oidc';
const callbackPath = '/api/session/oidc/callback';

/** Where the provider sends people back: PUBLIC_URL's, else this request's own origin (tests, a single machine). */
function redirectUri(ctx: AppContext, request: FastifyRequest): string {
  return `${ctx.config.publicUrl ?? `${request.protocol}://${request.host}`}${callbackPath}`;
}

/** A refusal, on the sign-in page: the page shows the code's message (what to do); nobody is signed in. */
function backToSignIn(reply: FastifyReply, e: unknown): FastifyReply {
  if (!isAppError(e)) throw e;
  return reply.redirect(`/signin?error=${e.code}`, 303);
}

const tag = 'Session';
const methodsDoc = routeDoc({
  tag,
  summary: 'Which ways of signing in this server offers: password, and single sign-on with its name (SPEC I1, I5).',
  who: 'anyone',
  auth: 'anyone',
  responses: {
    200: {
      description: 'The ways of signing in',
      schema: z.strictObject({ password: z.boolean(), sso: z.strictObject({ name: z.string(), path: z.string() }).nullable() }),
    },
  },
});
const startDoc = routeDoc({
  tag,
  summary: 'Starts single sign-on: sends the browser to the identity provider (authorization code with PKCE, state and nonce; SPEC I2).',
  who: 'anyone (a browser, not a script)',
  auth: 'anyone',
  responses: { 303: { description: 'To the provider; back to /signin?error=CODE when it cannot start', mediaType: 'text/plain' } },
});
const callbackDoc = routeDoc({
  tag,
  summary: 'Where the identity provider sends the browser back: signs the person in and goes to /facilitator (SPEC I2–I4).',
  who: 'the browser that started the sign-in',
  auth: 'anyone',
  responses: { 303: { description: 'To /facilitator, signed in; or to /signin?error=CODE, nobody signed in', mediaType: 'text/plain' } },
});

/**
 * Single sign-on with OpenID Connect (SPEC I1–I5): which ways of signing in this server offers,
 * the start (a redirect to the provider, with the attempt in a cookie) and the callback (the
 * provider's answer checked, the account found, linked or made, the session cookie set).
 * Both are browser navigations, so a refusal goes back to /signin with its error code.
 */
export function registerSso(app: FastifyInstance, ctx: AppContext): void {
  const settings = ctx.config.oidc;
  const client = settings ? new OidcClient(settings, ctx.config.log) : null;
  const throttle = { config: perAddress(ctx.config.rateLimits.signInPerAddress) };
  const nowSeconds = () => Math.floor(ctx.config.now().getTime() / 1000);
  const cookie = (request: FastifyRequest) => ({
    path: startPath,
    httpOnly: true,
    // Lax: the provider's redirect back is a top-level GET from its site, which Lax lets the cookie ride on.
    sameSite: 'lax' as const,
    secure: ctx.config.secureCookies || request.protocol === 'https',
  });

  app.get('/api/session/methods', documented(methodsDoc), async () => ({
    password: ctx.config.passwordSignIn,
    sso: settings ? { name: settings.name, path: startPath } : null,
  }));

  app.get(startPath, documented(startDoc, throttle), async (request, reply) => {
    if (!client) throw new AppError('SSO_NOT_CONFIGURED');
    try {
      const { url, attempt } = await client.start(redirectUri(ctx, request), nowSeconds());
      reply.setCookie(attemptCookieName, sealAttempt(ctx.tokenSecret, attempt), { ...cookie(request), maxAge: attemptSeconds });
      return reply.redirect(url, 303);
    } catch (e) {
      return backToSignIn(reply, e);
    }
  });

  app.get(callbackPath, documented(callbackDoc, throttle), async (request, reply) => {
    if (!client || !settings) throw new AppError('SSO_NOT_CONFIGURED');
    // One answer per attempt: whatever happens next, this browser's attempt is over.
    reply.clearCookie(attemptCookieName, cookie(request));
    try {
      const attempt = openAttempt(ctx.tokenSecret, request.cookies[attemptCookieName], nowSeconds());
      const answer = new URL(redirectUri(ctx, request));
      answer.search = request.raw.url?.split('?')[1] ?? '';
      if (!attempt || answer.searchParams.get('state') !== attempt.state) throw new AppError('SSO_ATTEMPT_UNKNOWN');
      const who = await client.finish(answer, attempt);
      const { account, created } = await accountForIdentity(ctx.store, settings, who, ctx.config.now());
      // The installation's first account, made here, is given the first-start demo (as admin create-facilitator does).
      if (created) await giveDemoToFirstFacilitator(ctx.store);
      await startSession(ctx, reply, { accountId: account.id });
      ctx.config.log(`single sign-on: account ${account.id} signed in${created ? ' (a new account)' : ''}`);
      return reply.redirect('/facilitator', 303);
    } catch (e) {
      if (isAppError(e)) ctx.config.log(`single sign-on: nobody signed in: ${e.code}`);
      return backToSignIn(reply, e);
    }
  });
}
