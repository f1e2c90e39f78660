import type { FastifyRequest } from 'fastify';
import { matchWorkshopLanguage, type WorkshopLanguage } from '../../domain/index.js';

/** The first language the visitor's browser asks for (Accept-Language, in its order) that we speak; null when none. */
export function browserLanguage(request: FastifyRequest): WorkshopLanguage | null {
  return matchWorkshopLanguage((request.headers['accept-language'] ?? '').split(','));
}
