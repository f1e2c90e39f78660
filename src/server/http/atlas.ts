import type { FastifyInstance } from 'fastify';
import { atlasCityRequest, atlasDecisionRequest, cityKey, restore, type Workshop } from '../../domain/index.js';
import { mapToJson } from '../../domain/map/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import type { Identity } from '../identity.js';
import { exportAtlas, loadCityAtlas } from '../services/cityAtlas.js';
import { makeId } from '../services/random.js';
import { attachment } from '../services/report/fileName.js';

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
  app.get<{ Querystring: { city?: string } }>('/api/atlas', async (request) => {
    const typed = restore(atlasCityRequest, { city: request.query.city ?? '' }).city;
    await requireCityFacilitator(ctx, await requestIdentity(ctx, request), typed);
    const { atlas, leftOut } = await loadCityAtlas(ctx.store, typed, ctx.config.log);
    const decisions = await ctx.store.listAtlasDecisions(atlas.cityKey);
    // The map as its file writes it (`sources` beside the other fields), as the JSON download has it.
    return { ...atlas, map: mapToJson(atlas.map), leftOut, decisions };
  });

  app.get<{ Querystring: { city?: string; format?: string } }>('/api/atlas/export', async (request, reply) => {
    const typed = restore(atlasCityRequest, { city: request.query.city ?? '' }).city;
    await requireCityFacilitator(ctx, await requestIdentity(ctx, request), typed);
    const { atlas } = await loadCityAtlas(ctx.store, typed, ctx.config.log);
    const file = await exportAtlas(atlas, request.query.format ?? 'json');
    const type = typeof file.body === 'string' ? `${file.contentType}; charset=utf-8` : file.contentType;
    return reply
      .type(type)
      .header(
        'content-disposition',
        attachment(atlas.city, request.query.format === 'csv' || request.query.format === 'dcat' ? 'datasets' : 'atlas', file.extension),
      )
      .header('cache-control', 'no-store')
      .send(file.body);
  });

  app.post('/api/atlas/decisions', async (request, reply) => {
    const identity = await requestIdentity(ctx, request);
    const body = restore(atlasDecisionRequest, request.body);
    await requireCityFacilitator(ctx, identity, body.city);
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

  app.delete<{ Params: { id: string }; Querystring: { city?: string } }>('/api/atlas/decisions/:id', async (request) => {
    const typed = restore(atlasCityRequest, { city: request.query.city ?? '' }).city;
    await requireCityFacilitator(ctx, await requestIdentity(ctx, request), typed);
    if (!(await ctx.store.deleteAtlasDecision(cityKey(typed), request.params.id)))
      throw new AppError('NOT_FOUND', 'This city has no such atlas decision');
    return { ok: true };
  });
}
