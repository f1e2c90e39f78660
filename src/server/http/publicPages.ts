import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { restore } from '../../domain/index.js';
import { writeMapFile } from '../../domain/map/index.js';
import {
  commentRequest,
  notPublishedHtml,
  pageText,
  publicPageHtml,
  type PageOptions,
  type PageText,
  type PublicPage,
} from '../../domain/publicPage/index.js';
import { AppError, errorBody } from '../../shared/index.js';
import type { AppContext } from '../context.js';
import { makeId } from '../services/random.js';
import { publicPageCss } from './publicPageStyle.js';
import { browserLanguage } from './browserLanguage.js';
import { perAddress } from './throttles.js';
import { toAppError } from './errors.js';
import { publicPageText } from '../i18n/boardVocabulary.js';

const formType = 'application/x-www-form-urlencoded';
/** A comment's form is small: its fields' limits (U7) with room for encoding. */
const formLimit = 16 * 1024;

/**
 * A page's words (SPEC U11): in the workshop's language when the facilitator set one, else the
 * visitor's browser's, else English.
 */
async function textOf(ctx: AppContext, request: FastifyRequest, page: PublicPage): Promise<PageText> {
  const workshop = await ctx.store.getWorkshop(page.workshopId);
  return publicPageText(workshop?.language ?? browserLanguage(request) ?? 'en');
}

async function sendPage(ctx: AppContext, reply: FastifyReply, page: PublicPage, options: PageOptions, status = 200) {
  const comments = await ctx.store.listPublicComments(page.id, true);
  // same-origin, not the app's no-referrer: under no-referrer Chromium sends a form's POST with
  // `Origin: null`, which the origin check (SPEC S1) refuses; to other sites nothing is sent still.
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'same-origin')
    .send(publicPageHtml(page.snapshot, comments, options));
}

function notPublished(request: FastifyRequest, reply: FastifyReply, json: boolean) {
  void reply.code(404).header('cache-control', 'no-store');
  if (json) return reply.send(errorBody(new AppError('PAGE_NOT_PUBLISHED')));
  return reply.type('text/html; charset=utf-8').send(notPublishedHtml(pageText(browserLanguage(request) ?? 'en')));
}

/**
 * Published project pages (SPEC U): `/p/<slug>` as plain HTML anyone reads without an account
 * or a script, `/p/<slug>.json` as an ecosystem-map file, and visitors' comments sent from the
 * page's form (throttled, with a honeypot), shown once a facilitator approves them.
 */
export function registerPublicPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/p/style.css', (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(publicPageCss),
  );

  app.get<{ Params: { slug: string }; Querystring: { sent?: string } }>('/p/:slug', async (request, reply) => {
    const json = request.params.slug.endsWith('.json');
    const page = await ctx.store.getPublicPageBySlug(json ? request.params.slug.slice(0, -'.json'.length) : request.params.slug);
    if (!page) return notPublished(request, reply, json);
    if (json)
      return reply.type('application/json; charset=utf-8').header('cache-control', 'no-store').send(writeMapFile(page.snapshot.map));
    const text = await textOf(ctx, request, page);
    return sendPage(ctx, reply, page, request.query.sent ? { text, notice: { kind: 'ok', text: text.t('page.sent') } } : { text });
  });

  void app.register(async (scope) => {
    scope.addContentTypeParser(formType, { parseAs: 'string', bodyLimit: formLimit }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.setErrorHandler(async (error: FastifyError, request: FastifyRequest<{ Params: { slug: string } }>, reply) => {
      const refusal = toAppError(error, formLimit);
      const page = await refusedFormPage(ctx, refusal, request);
      if (!page) throw error; // the app's handler answers, as for any API call
      ctx.config.log(`refused POST /p/:slug/comments: ${refusal.code} [${request.id}]`);
      const text = await textOf(ctx, request, page);
      const why = text.t(refusal.code === 'TOO_MANY_ATTEMPTS' ? 'page.notSent.later' : 'page.notSent.check');
      return sendPage(ctx, reply, page, { text, notice: { kind: 'error', text: why } }, refusal.status);
    });
    scope.post<{ Params: { slug: string } }>(
      '/p/:slug/comments',
      { config: perAddress(ctx.config.rateLimits.commentPerAddress), bodyLimit: formLimit },
      async (request, reply) => comment(ctx, request, reply),
    );
  });
}

/**
 * The page a refused form comes back to, when the refusal happened before the handler (the rate
 * limit, a body over the limit): a visitor without a script sees the page and why, not JSON.
 */
async function refusedFormPage(
  ctx: AppContext,
  refusal: AppError,
  request: FastifyRequest<{ Params: { slug: string } }>,
): Promise<PublicPage | null> {
  if (!isFormPost(request)) return null;
  if (refusal.code !== 'TOO_MANY_ATTEMPTS' && refusal.code !== 'PAYLOAD_TOO_LARGE') return null;
  return ctx.store.getPublicPageBySlug(request.params.slug);
}

const isFormPost = (request: FastifyRequest) => (request.headers['content-type'] ?? '').startsWith(formType);

/** A visitor's comment: stored unapproved (U7). The form gets the page again; an API client 201. */
async function comment(ctx: AppContext, request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) {
  const fromForm = isFormPost(request);
  const page = await ctx.store.getPublicPageBySlug(request.params.slug);
  if (!page) return notPublished(request, reply, !fromForm);
  let body;
  try {
    body = restore(commentRequest, request.body);
    if ((body.website ?? '').trim() !== '') {
      ctx.config.log('public comment refused: the form was filled by a robot (honeypot)');
      throw new AppError('COMMENT_REFUSED');
    }
  } catch (e) {
    if (!fromForm || !(e instanceof AppError)) throw e;
    // The server's reasons are English: another language says what a comment needs instead.
    const text = await textOf(ctx, request, page);
    const why = text.language === 'en' ? text.t('page.notSent', { reason: e.message }) : text.t('page.notSent.check');
    return sendPage(ctx, reply, page, { text, notice: { kind: 'error', text: why } }, e.status);
  }
  const id = makeId('pc');
  const at = ctx.config.now().toISOString();
  await ctx.store.addPublicComment({
    id,
    pageId: page.id,
    workshopId: page.workshopId,
    name: body.name,
    text: body.text,
    createdAt: at,
    approvedAt: null,
  });
  if (fromForm) return reply.code(303).header('location', `/p/${page.snapshot.slug}?sent=1#pp-comments`).send();
  return reply.code(201).send({ comment: { id } });
}
