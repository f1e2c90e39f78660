import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, routeDoc } from './apiDoc/routeDoc.js';
import { accountResponse, okResponse } from './apiDoc/responses.js';
import { signInRequest } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { verifyNoAccount, verifyPassword } from '../auth/password.js';
import { hashSessionValue, newSessionValue, sessionCookieName } from '../auth/sessionCookie.js';
import type { AppContext } from '../context.js';
import { noPassword } from '../services/ssoAccount.js';
import { hashedEmail, perAddress, perKey } from './throttles.js';

const signInDoc = routeDoc({
  tag: 'Session',
  summary: 'Signs a facilitator in with e-mail and password; sets the session cookie. Throttled.',
  who: 'a facilitator',
  auth: 'anyone',
  body: signInRequest,
  responses: { 200: { description: 'The account', schema: z.strictObject({ account: accountResponse }) } },
});
const signOutDoc = routeDoc({
  tag: 'Session',
  summary: 'Signs out: ends the session and clears the cookie.',
  who: 'anyone (without a session there is nothing to end)',
  auth: 'anyone',
  responses: { 200: { description: 'Signed out', schema: okResponse } },
});

/** Starts a session for an account or a participant and sets the cookie. */
export async function startSession(
  ctx: AppContext,
  reply: FastifyReply,
  who: { accountId?: string; participantId?: string },
): Promise<void> {
  const value = newSessionValue();
  const ttlMs = ctx.config.sessionTtlDays * 24 * 3600 * 1000;
  const expiresAt = new Date(ctx.config.now().getTime() + ttlMs);
  await ctx.store.createSession({
    idHash: hashSessionValue(value),
    accountId: who.accountId ?? null,
    participantId: who.participantId ?? null,
    expiresAt: expiresAt.toISOString(),
  });
  reply.setCookie(sessionCookieName, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Secure behind HTTPS: PUBLIC_URL says so, or the request came over TLS (or, with
    // TRUST_PROXY, a proxy says it did).
    secure: ctx.config.secureCookies || reply.request.protocol === 'https',
    expires: expiresAt,
  });
}

/** Facilitator sign-in and sign-out. */
export function registerSession(app: FastifyInstance, ctx: AppContext): void {
  const { signInPerAddress, signInPerAccount } = ctx.config.rateLimits;
  const accountAttempt = perKey(app, signInPerAccount, (request) => `sign-in:${hashedEmail(request.body)}`);
  app.post('/api/session', documented(signInDoc, { config: perAddress(signInPerAddress) }), async (request, reply) => {
    if (!ctx.config.passwordSignIn) throw new AppError('PASSWORD_SIGN_IN_OFF');
    const body = bodyOf(signInDoc, request);
    await accountAttempt(request, reply);
    const account = await ctx.store.getAccountByEmail(body.email);
    // An unknown e-mail, or an account made by single sign-on (no password, SPEC I4), costs the
    // same scrypt as a wrong password: no telling which exist.
    const valid =
      account && account.passwordHash !== noPassword
        ? await verifyPassword(body.password, account.passwordHash)
        : await verifyNoAccount(body.password);
    if (!account || !valid) throw new AppError('SIGN_IN_FAILED');
    await startSession(ctx, reply, { accountId: account.id });
    return { account: { id: account.id, name: account.name, email: account.email, isAdmin: account.isAdmin } };
  });

  app.delete('/api/session', documented(signOutDoc), async (request, reply) => {
    const value = request.cookies[sessionCookieName];
    if (value) await ctx.store.deleteSession(hashSessionValue(value));
    reply.clearCookie(sessionCookieName, { path: '/' });
    return { ok: true };
  });
}
