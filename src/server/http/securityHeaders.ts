import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';

/**
 * Nothing loads from or reports to a third party: the policy allows this origin only. 'self'
 * covers the /collab WebSocket of the page's own origin (CSP Level 3; Chromium and Firefox
 * accept ws: and wss: under it); with PUBLIC_URL its wss: (or ws:) form is named as well, for
 * browsers that still need it. Never ws: or wss: to any host (SPEC S3).
 */
export function contentSecurityPolicy(publicUrl: string | null): string {
  const socket = publicUrl ? ` ${publicUrl.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'", // React Flow and React set inline style attributes
    "img-src 'self' data: blob:",
    `connect-src 'self'${socket}`,
    "font-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

export function registerSecurityHeaders(app: FastifyInstance, ctx: AppContext): void {
  const policy = contentSecurityPolicy(ctx.config.publicUrl);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', policy);
    // A route may ask for less (a public page's form, SPEC U7); never for more than same-origin.
    if (reply.getHeader('referrer-policy') !== 'same-origin') reply.header('referrer-policy', 'no-referrer');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    return payload;
  });
}
