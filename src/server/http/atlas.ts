import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, queryOf, routeDoc } from './apiDoc/routeDoc.js';
import { okResponse, someObject } from './apiDoc/responses.js';
import { atlasCityRequest, atlasDecisionRequest, cityKey, type Workshop } from '../../domain/index.js';
import { decisionProblem } from '../../domain/atlas/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import type { Identity } from '../identity.js';
import { atlasFormats } from '../services/cityAtlas.js';
import { CityAtlases } from '../services/cityAtlases.js';
import { makeId } from '../services/random.js';
import { sendKeptJson } from './sendKeptJson.js';
import { attachment } from '../services/report/fileName.js';

/** The city named in the query; left out it is empty, and refused as "is required" (SPEC T12). */
const city = z.string().default('').pipe(atlasCityRequest.shape.city);
const tag = 'City atlas';
const who = 'facilitator of a workshop of the city (SPEC T12)';
const atlasDoc = routeDoc({
  tag,
  summary: 'The city’s atlas: every map board of its workshops merged, with metrics, findings, suggestions and decisions (SPEC T).',
  who,
  auth: 'signed-in',
  query: z.object({ city }),
  responses: { 200: { description: 'The atlas (docs/api.md lists its fields)', schema: someObject } },
});
const pictureDoc = routeDoc({
  tag,
  summary: 'The atlas’s first picture: each actor’s name, type, first project and metrics, each flow’s ends (SPEC T15).',
  who,
  auth: 'signed-in',
  query: z.object({ city }),
  responses: { 200: { description: 'The picture (docs/api.md lists its fields)', schema: someObject } },
});
const exportDoc = routeDoc({
  tag,
  summary: 'The atlas as a download (json, graphml, kumu-xlsx, mermaid), or its dataset register (csv, dcat).',
  who,
  auth: 'signed-in',
  query: z.object({ city, format: z.string().default('json').describe('json, graphml, kumu-xlsx, mermaid, csv or dcat') }),
  responses: { 200: { description: 'The file', mediaType: 'application/octet-stream' } },
});
const decisionAnswer = z.strictObject({
  id: z.string(),
  cityKey: z.string(),
  kind: z.string(),
  a: z.string(),
  b: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});
const decideDoc = routeDoc({
  tag,
  summary: 'Accepts or rejects a suggested merge, or splits a source out of an element (SPEC T4).',
  who,
  auth: 'signed-in',
  body: atlasDecisionRequest,
  responses: { 201: { description: 'The decision', schema: z.strictObject({ decision: decisionAnswer }) } },
});
const undecideDoc = routeDoc({
  tag,
  summary: 'Withdraws a decision: it no longer applies.',
  who,
  auth: 'signed-in',
  query: z.object({ city }),
  responses: { 200: { description: 'Withdrawn', schema: okResponse } },
});

/**
 * Whether the caller facilitates a workshop of the city (SPEC T12): an owner or co-facilitator
 * account (A14), or someone who joined one of its workshops with a facilitator invite. Everyone
 * else is refused alike, whether or not the city has workshops, so the answer tells nothing of
 * other facilitators' cities.
 */
async function requireCityFacilitator(ctx: AppContext, identity: Identity | null, typed: string): Promise<void> {
  if (!identity) throw new AppError('NOT_SIGNED_IN');
  const key = cityKey(typed);
  const ofCity = (w: Workshop | null) => w?.city !== undefined && cityKey(w.city) === key;
  const allowed =
    identity.kind === 'account'
      ? (await ctx.store.listWorkshopsFor(identity.account.id)).some(ofCity)
      : identity.participant.role === 'facilitator' && ofCity(await ctx.store.getWorkshop(identity.participant.workshopId));
  if (!allowed) throw new AppError('FORBIDDEN', 'Only facilitators of a workshop of this city can open its atlas');
}

/** The city atlas for the facilitators of the city's workshops: the atlas, its decisions, its files. */
export function registerAtlas(app: FastifyInstance, ctx: AppContext): void {
  // Built on the file worker threads and kept while the city's maps and decisions stay the same (T14).
  const atlases = new CityAtlases(ctx.store, ctx.files);

  app.get('/api/atlas', documented(atlasDoc), async (request, reply) => {
    const typed = queryOf(atlasDoc, request).city;
    await requireCityFacilitator(ctx, await requestIdentity(ctx, request), typed);
    // The map as its file writes it (`sources` beside the other fields), as the JSON download has it.
    return sendKeptJson(request, reply, await atlases.answer(typed));
  });

  app.get('/api/atlas/picture', documented(pictureDoc), async (request, reply) => {
    const typed = queryOf(pictureDoc, request).city;
    await requireCityFacilitator(ctx, await requestIdentity(ctx, request), typed);
    return sendKeptJson(request, reply, await atlases.picture(typed));
  });

  app.get('/api/atlas/export', documented(exportDoc), async (request, reply) => {
    const { city: typed, format } = queryOf(exportDoc, request);
    await requireCityFacilitator(ctx, await requestIdentity(ctx, request), typed);
    if (!atlasFormats.some((f) => f === format))
      throw new AppError('EXPORT_FORMAT_UNKNOWN', `an atlas exports as ${atlasFormats.join(', ')}, not "${format}"`);
    const { city, file } = await atlases.export(typed, format);
    const type = typeof file.body === 'string' ? `${file.contentType}; charset=utf-8` : file.contentType;
    return reply
      .type(type)
      .header('content-disposition', attachment(city, format === 'csv' || format === 'dcat' ? 'datasets' : 'atlas', file.extension))
      .header('cache-control', 'no-store')
      .send(file.body);
  });

  app.post('/api/atlas/decisions', documented(decideDoc), async (request, reply) => {
    const identity = await requestIdentity(ctx, request);
    const body = bodyOf(decideDoc, request);
    await requireCityFacilitator(ctx, identity, body.city);
    const problem = decisionProblem(body.kind, body.a, body.b);
    if (problem) throw new AppError('VALIDATION_FAILED', problem);
    const decision = await ctx.store.putAtlasDecision({
      id: makeId('ad'),
      cityKey: cityKey(body.city),
      kind: body.kind,
      a: body.a,
      b: body.b,
      decidedBy: identity?.kind === 'account' ? identity.account.id : null,
      decidedAt: ctx.config.now().toISOString(),
    });
    reply.code(201);
    return { decision };
  });

  app.delete<{ Params: { id: string } }>('/api/atlas/decisions/:id', documented(undecideDoc), async (request) => {
    const typed = queryOf(undecideDoc, request).city;
    await requireCityFacilitator(ctx, await requestIdentity(ctx, request), typed);
    if (!(await ctx.store.deleteAtlasDecision(cityKey(typed), request.params.id)))
      throw new AppError('NOT_FOUND', 'This city has no such atlas decision');
    return { ok: true };
  });
}
