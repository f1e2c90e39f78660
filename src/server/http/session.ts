import type { FastifyInstance, FastifyReply } from 'fastify';
import { restore, signInRequest } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { verifyNoAccount, verifyPassword } from '../auth/password.js';
import { hashSessionValue, newSessionValue, sessionCookieName } from '../auth/sessionCookie.js';
import type { AppContext } from '../context.js';
import { hashedEmail, perAddress, perKey } from './throttles.js';

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
  app.post('/api/session', { config: perAddress(signInPerAddress) }, async (request, reply) => {
    const body = restore(signInRequest, request.body);
    await accountAttempt(request, reply);
    const account = await ctx.store.getAccountByEmail(body.email);
    // An unknown e-mail costs the same scrypt as a wrong password: no telling which exist.
    const valid = account ? await verifyPassword(body.password, account.passwordHash) : await verifyNoAccount(body.password);
    if (!account || !valid) throw new AppError('SIGN_IN_FAILED');
    await startSession(ctx, reply, { accountId: account.id });
    return { account: { id: account.id, name: account.name, email: account.email, isAdmin: account.isAdmin } };
  });

  app.delete('/api/session', async (request, reply) => {
    const value = request.cookies[sessionCookieName];
    if (value) await ctx.store.deleteSession(hashSessionValue(value));
    reply.clearCookie(sessionCookieName, { path: '/' });
    return { ok: true };
  });
}
