import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readCanvas } from '../../doc/canvas/index.js';
import { restore, type Workshop } from '../../domain/index.js';
import { sectionInfo } from '../../domain/canvas/index.js';
import { commentUpdate, publicPageHtml, publishRequest, type PublicPage } from '../../domain/publicPage/index.js';
import { AppError } from '../../shared/index.js';
import { requestIdentity, type AppContext } from '../context.js';
import { requireFacilitator } from '../identity.js';
import { loadBoardDoc } from '../services/boardDoc.js';
import { projectPage } from '../services/publishProject.js';

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
function previewChoice(query: Record<string, string | undefined>) {
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

  app.get<{ Params: { id: string; pid: string } }>(base, async (request) => {
    const { workshop, project } = await facilitatorsProject(ctx, request);
    const page = await ctx.store.getPublicPageOfProject(project.id);
    return {
      publication: page ? described(page) : null,
      comments: page ? await ctx.store.listPublicComments(page.id, false) : [],
      choices: await choices(ctx, workshop, project.id),
    };
  });

  app.get<{ Params: { id: string; pid: string }; Querystring: Record<string, string | undefined> }>(
    `${base}/preview`,
    async (request, reply) => {
      const { workshop, project } = await facilitatorsProject(ctx, request);
      const page = await projectPage(ctx.store, workshop, project, previewChoice(request.query), now(), ctx.config.log);
      const comments = (await ctx.store.getPublicPageOfProject(project.id)) ? await ctx.store.listPublicComments(page.id, true) : [];
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(publicPageHtml(page.snapshot, comments, { preview: true }));
    },
  );

  app.put<{ Params: { id: string; pid: string } }>(base, async (request) => {
    const { workshop, project } = await facilitatorsProject(ctx, request);
    const page = await projectPage(ctx.store, workshop, project, restore(publishRequest, request.body), now(), ctx.config.log);
    await ctx.store.putPublicPage(page);
    ctx.config.log(`project page published: ${workshop.id} ${project.id}`);
    return { publication: described(page) };
  });

  app.delete<{ Params: { id: string; pid: string } }>(base, async (request, reply) => {
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

  app.patch<{ Params: { id: string; pid: string; cid: string } }>(`${base}/comments/:cid`, async (request) => {
    const { page, commentId } = await commentOf(request);
    restore(commentUpdate, request.body);
    if (!(await ctx.store.approvePublicComment(page.id, commentId, now()))) throw new AppError('COMMENT_NOT_FOUND');
    return { comments: await ctx.store.listPublicComments(page.id, false) };
  });

  app.delete<{ Params: { id: string; pid: string; cid: string } }>(`${base}/comments/:cid`, async (request, reply) => {
    const { page, commentId } = await commentOf(request);
    if (!(await ctx.store.deletePublicComment(page.id, commentId))) throw new AppError('COMMENT_NOT_FOUND');
    reply.code(204);
  });
}
