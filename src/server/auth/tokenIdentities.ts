import type { FastifyRequest } from 'fastify';
import type { Identity } from '../identity.js';

/** The account a request's API token stands for, once http/apiTokenAuth.ts has checked it (SPEC N3). */
const byToken = new WeakMap<FastifyRequest, Identity>();

export function setTokenIdentity(request: FastifyRequest, identity: Identity): void {
  byToken.set(request, identity);
}

/** The identity an API token gave this request, if it came with one (requestIdentity reads it first). */
export function tokenIdentity(request: FastifyRequest): Identity | undefined {
  return byToken.get(request);
}
