import { readCanvas } from '../../doc/canvas/index.js';
import { readMap } from '../../doc/map/index.js';
import type { Board, Project, Workshop } from '../../domain/index.js';
import { freeSlug, publicSnapshot, slugFrom, type PublicPage, type PublishRequest } from '../../domain/publicPage/index.js';
import { AppError } from '../../shared/index.js';
import type { Store } from '../store/Store.js';
import { loadBoardDoc } from './boardDoc.js';
import { makeId } from './random.js';

/** A board of this project of the kind asked for, or 400 naming the field (U4: nothing of another project). */
function projectBoard(boards: Board[], project: Project, id: string, kind: Board['kind'], field: string): Board {
  const board = boards.find((b) => b.id === id);
  if (!board || board.projectId !== project.id || board.kind !== kind)
    throw new AppError('VALIDATION_FAILED', `${field}: not a ${kind} board of the project "${project.title}"`);
  return board;
}

/**
 * The page a facilitator's choices make (SPEC U2, U3): read from the live boards now, as a
 * snapshot. Used for the preview and for publishing alike, so both show the same. The slug
 * is the one asked for, else the page's current one, else one made from the project's name.
 */
export async function projectPage(
  store: Store,
  workshop: Workshop,
  project: Project,
  choice: PublishRequest,
  at: string,
  log: (line: string) => void,
): Promise<PublicPage> {
  const boards = await store.listBoards(workshop.id);
  const mapBoard = projectBoard(boards, project, choice.mapBoardId, 'ecosystem-map', 'mapBoardId');
  const canvasBoard = choice.canvasBoardId ? projectBoard(boards, project, choice.canvasBoardId, 'ethics-canvas', 'canvasBoardId') : null;
  const current = await store.getPublicPageOfProject(project.id);
  const slug =
    choice.slug ??
    current?.snapshot.slug ??
    (await freeSlug(slugFrom(project.title), async (s) => (await store.getPublicPageBySlug(s)) !== null));
  const { map } = readMap(await loadBoardDoc(store, mapBoard.id, log));
  const canvas = canvasBoard ? readCanvas(await loadBoardDoc(store, canvasBoard.id, log), { id: canvasBoard.id }) : null;
  return {
    id: current?.id ?? makeId('pp'),
    workshopId: workshop.id,
    projectId: project.id,
    mapBoardId: mapBoard.id,
    canvasBoardId: canvasBoard?.id ?? null,
    sectionIds: canvasBoard ? choice.sectionIds : [],
    actionIds: canvasBoard ? choice.actionIds : [],
    snapshot: publicSnapshot({
      slug,
      projectTitle: project.title,
      map,
      canvas,
      sectionIds: choice.sectionIds,
      actionIds: choice.actionIds,
      publishedAt: at,
    }),
  };
}
