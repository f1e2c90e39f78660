import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { bodyOf, documented, queryOf, routeDoc } from './apiDoc/routeDoc.js';
import { someObject } from './apiDoc/responses.js';
import { readCanvas } from '../../doc/canvas/index.js';
import { restore, type Workshop } from '../../domain/index.js';
import { sectionInfo } from '../../domain/canvas/index.js';
import { commentUpdate, publicPageHtml, publishRequest, type PublicPage } from '../../domain/publicPage/index.js';
import { publicPageText } from '../i18n/boardVocabulary.js';
import { browserLanguage } from './browserLanguage.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { loadBoardDoc } from '../services/boardDoc.js';
import { projectPage } from '../services/publishProject.js';

const tag = 'Public pages';
const fac = 'facilitator of the workshop';
const publicationAnswer = z.strictObject({
  slug: z.string(),
  publishedAt: z.string(),
  mapBoardId: z.string(),
  canvasBoardId: z.string().nullable(),
});
const commentsAnswer = z.array(someObject);
const listDoc = routeDoc({
  tag,
  summary: 'Each published project of the workshop: where, when, and how many comments wait for approval (SPEC U9).',
  who: fac,
  auth: 'signed-in',
  responses: {
    200: {
      description: 'The publications',
      schema: z.strictObject({
        publications: z.array(
          z.strictObject({ projectId: z.string(), slug: z.string(), publishedAt: z.string(), waitingComments: z.number().int() }),
        ),
      }),
    },
  },
});
const getDoc = routeDoc({
  tag,
  summary: 'The project’s page as published (or null), its comments, and what could be published (SPEC U).',
  who: fac,
  auth: 'signed-in',
  responses: {
    200: {
      description: 'The publication',
      schema: z.strictObject({ publication: publicationAnswer.nullable(), comments: commentsAnswer, choices: someObject }),
    },
  },
});
const previewQuery = z.object({
  map: z.string().optional(),
  canvas: z.string().optional(),
  sections: z.string().optional().describe('comma-separated section ids'),
  actions: z.string().optional().describe('comma-separated action ids'),
  slug: z.string().optional(),
});
const previewDoc = routeDoc({
  tag,
  summary: 'The page the public would get with these choices, under a preview banner; publishes nothing (SPEC U2).',
  who: fac,
  auth: 'signed-in',
  query: previewQuery,
  responses: { 200: { description: 'The page', mediaType: 'text/html' } },
});
const publishDoc = routeDoc({
  tag,
  summary: 'Publishes (or republishes) a snapshot of the project’s map and canvas (SPEC U3, U5).',
  who: fac,
  auth: 'signed-in',
  body: publishRequest,
  responses: { 200: { description: 'The publication', schema: z.strictObject({ publication: publicationAnswer }) } },
});
const unpublishDoc = routeDoc({
  tag,
  summary: 'Unpublishes: the page and its comments are gone at once (SPEC U5).',
  who: fac,
  auth: 'signed-in',
  responses: { 204: { description: 'Unpublished' } },
});
const approveDoc = routeDoc({
  tag,
  summary: 'Approves a comment: it shows on the page (SPEC U7).',
  who: fac,
  auth: 'signed-in',
  body: commentUpdate,
  responses: { 200: { description: 'The comments', schema: z.strictObject({ comments: commentsAnswer }) } },
});
const deleteCommentDoc = routeDoc({
  tag,
  summary: 'Deletes a comment.',
  who: fac,
  auth: 'signed-in',
  responses: { 204: { description: 'Deleted' } },
});

type ProjectRequest = FastifyRequest<{ Params: { id: string; pid: string } }>;

async function facilitatorsProject(ctx: AppContext, request: ProjectRequest) {
  const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
  const project = (await ctx.store.listProjects(workshop.id)).find((p) => p.id === request.params.pid);
  if (!project) throw new AppError('PROJECT_NOT_FOUND');
  return { workshop, project };
}

const described = (page: PublicPage) => ({
  slug: page.snapshot.slug,
  publishedAt: page.snapshot.publishedAt,
  mapBoardId: page.mapBoardId,
  canvasBoardId: page.canvasBoardId,
  sectionIds: page.sectionIds,
  actionIds: page.actionIds,
});

/** What a facilitator chooses from (U3): the project's maps, and its canvases' sections and actions. */
async function choices(ctx: AppContext, workshop: Workshop, projectId: string) {
  const boards = (await ctx.store.listBoards(workshop.id)).filter((b) => b.projectId === projectId);
  const canvases = await Promise.all(
    boards
      .filter((b) => b.kind === 'ethics-canvas')
      .map(async (b) => {
        const canvas = readCanvas(await loadBoardDoc(ctx.store, b.id, ctx.config.log), { id: b.id });
        return {
          id: b.id,
          title: b.title,
          sections: canvas.sections.map((s) => ({ id: s.id, title: sectionInfo(s.id).title, status: s.status })),
          actions: canvas.sections.flatMap((s) => s.actions.map((a) => ({ id: a.id, section: s.id, text: a.text, done: a.done }))),
        };
      }),
  );
  const maps = boards.filter((b) => b.kind === 'ecosystem-map').map((b) => ({ id: b.id, title: b.title }));
  return { maps, canvases };
}

/** Preview choices from the query string: `map`, `canvas`, and comma-separated `sections` and `actions`. */
function previewChoice(query: z.infer<typeof previewQuery>) {
  const ids = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
  return restore(publishRequest, {
    mapBoardId: query.map ?? '',
    canvasBoardId: query.canvas || null,
    sectionIds: ids(query.sections),
    actionIds: ids(query.actions),
    ...(query.slug ? { slug: query.slug } : {}),
  });
}

/**
 * A facilitator publishes a project's page (SPEC U2–U8): sees the choices, previews exactly
 * the page the public would get, publishes it (a snapshot), unpublishes it, and approves or
 * deletes visitors' comments.
 */
export function registerPublications(app: FastifyInstance, ctx: AppContext): void {
  const base = '/api/workshops/:id/projects/:pid/publication';
  const now = () => ctx.config.now().toISOString();

  // What the closed panel shows of each project (U9): published where and when, and how many comments wait.
  app.get<{ Params: { id: string } }>('/api/workshops/:id/publications', documented(listDoc), async (request) => {
    const { workshop } = await requireFacilitator(ctx.store, await requestIdentity(ctx, request), request.params.id);
    const pages = await ctx.store.listPublicPages(workshop.id);
    const publications = await Promise.all(
      pages.map(async (page) => ({
        projectId: page.projectId,
        slug: page.snapshot.slug,
        publishedAt: page.snapshot.publishedAt,
        waitingComments: (await ctx.store.listPublicComments(page.id, false)).filter((c) => c.approvedAt === null).length,
      })),
    );
    return { publications };
  });

  app.get<{ Params: { id: string; pid: string } }>(base, documented(getDoc), async (request) => {
    const { workshop, project } = await facilitatorsProject(ctx, request);
    const page = await ctx.store.getPublicPageOfProject(project.id);
    return {
      publication: page ? described(page) : null,
      comments: page ? await ctx.store.listPublicComments(page.id, false) : [],
      choices: await choices(ctx, workshop, project.id),
    };
  });

  app.get<{ Params: { id: string; pid: string } }>(`${base}/preview`, documented(previewDoc), async (request, reply) => {
    const { workshop, project } = await facilitatorsProject(ctx, request);
    const page = await projectPage(ctx.store, workshop, project, previewChoice(queryOf(previewDoc, request)), now(), ctx.config.log);
    const comments = (await ctx.store.getPublicPageOfProject(project.id)) ? await ctx.store.listPublicComments(page.id, true) : [];
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(
        publicPageHtml(page.snapshot, comments, {
          preview: true,
          text: publicPageText(workshop.language ?? browserLanguage(request) ?? 'en'),
        }),
      );
  });

  app.put<{ Params: { id: string; pid: string } }>(base, documented(publishDoc), async (request) => {
    const { workshop, project } = await facilitatorsProject(ctx, request);
    const page = await projectPage(ctx.store, workshop, project, bodyOf(publishDoc, request), now(), ctx.config.log);
    await ctx.store.putPublicPage(page);
    ctx.config.log(`project page published: ${workshop.id} ${project.id}`);
    return { publication: described(page) };
  });

  app.delete<{ Params: { id: string; pid: string } }>(base, documented(unpublishDoc), async (request, reply) => {
    const { workshop, project } = await facilitatorsProject(ctx, request);
    if (!(await ctx.store.deletePublicPage(project.id))) throw new AppError('PAGE_NOT_PUBLISHED');
    ctx.config.log(`project page unpublished: ${workshop.id} ${project.id}`);
    reply.code(204);
  });

  const commentOf = async (request: FastifyRequest<{ Params: { id: string; pid: string; cid: string } }>) => {
    const { project } = await facilitatorsProject(ctx, request);
    const page = await ctx.store.getPublicPageOfProject(project.id);
    if (!page) throw new AppError('PAGE_NOT_PUBLISHED');
    return { page, commentId: request.params.cid };
  };

  app.patch<{ Params: { id: string; pid: string; cid: string } }>(`${base}/comments/:cid`, documented(approveDoc), async (request) => {
    const { page, commentId } = await commentOf(request);
    bodyOf(approveDoc, request);
    if (!(await ctx.store.approvePublicComment(page.id, commentId, now()))) throw new AppError('COMMENT_NOT_FOUND');
    return { comments: await ctx.store.listPublicComments(page.id, false) };
  });

  app.delete<{ Params: { id: string; pid: string; cid: string } }>(
    `${base}/comments/:cid`,
    documented(deleteCommentDoc),
    async (request, reply) => {
      const { page, commentId } = await commentOf(request);
      if (!(await ctx.store.deletePublicComment(page.id, commentId))) throw new AppError('COMMENT_NOT_FOUND');
      reply.code(204);
    },
  );
}
