import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KeptJson } from '../services/keptJson.js';

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  const accepted = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase();
  return accepted.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Sends a kept answer as its gzip to a browser that takes it (a big map or atlas is about a
 * tenth of its size over the network), else as it is; nothing is compressed per request.
 */
export function sendKeptJson(request: FastifyRequest, reply: FastifyReply, kept: KeptJson): FastifyReply {
  void reply.header('vary', 'accept-encoding').type('application/json; charset=utf-8');
  if (!acceptsGzip(request)) return reply.send(kept.json);
  return reply.header('content-encoding', 'gzip').send(Buffer.from(kept.gzip.buffer, kept.gzip.byteOffset, kept.gzip.byteLength));
}
