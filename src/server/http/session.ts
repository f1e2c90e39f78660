import type { FastifyInstance, FastifyReply } from 'fastify';
import { restore, signInRequest } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import { verifyPassword } from '../auth/password.js';
import { hashSessionValue, newSessionValue, sessionCookieName } from '../auth/sessionCookie.js';
import type { AppContext } from '../context.js';

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
    secure: ctx.config.secureCookies,
    expires: expiresAt,
  });
}

/** Facilitator sign-in and sign-out. */
export function registerSession(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/session', async (request, reply) => {
    const body = restore(signInRequest, request.body);
    const account = await ctx.store.getAccountByEmail(body.email);
    if (!account || !(await verifyPassword(body.password, account.passwordHash))) throw new AppError('SIGN_IN_FAILED');
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
