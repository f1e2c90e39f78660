import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KeptJson } from '../services/keptJson.js';

/**
 * Sends a kept answer as its gzip to a client whose Accept-Encoding takes it (q-values and `*`
 * read by the negotiator @fastify/static uses for the app's files; a big map or atlas is about a
 * tenth of its size over the network), else as it is; nothing is compressed per request.
 */
export function sendKeptJson(request: FastifyRequest, reply: FastifyReply, kept: KeptJson): FastifyReply {
  void reply.header('vary', 'accept-encoding').type('application/json; charset=utf-8');
  const accepted = request.headers['accept-encoding'];
  if (!accepted || negotiate(accepted, ['gzip']) !== 'gzip') return reply.send(kept.json);
  return reply.header('content-encoding', 'gzip').send(Buffer.from(kept.gzip.buffer, kept.gzip.byteOffset, kept.gzip.byteLength));
}
