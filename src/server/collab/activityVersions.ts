import type { Document, Extension, Hocuspocus, afterLoadDocumentPayload, onChangePayload } from '@hocuspocus/server';
import { endedRun, readActivityRun, type ActivityRun } from '../../doc/control/index.js';
import { readMap, saveMapVersion } from '../../doc/map/index.js';
import { controlDocumentKind, type Board } from '../../domain/index.js';
import { mapLimits } from '../../domain/map/index.js';
import { isAppError } from '../../shared/index.js';
import type { AppContext } from '../context.js';
import type { CollabContext } from './collabContext.js';

/**
 * Saves a version of each map board of an activity when it ends (SPEC H5): when a facilitator
 * ends it or moves on to another, "End of <activity title>" is saved on every ecosystem map
 * board made for it. The server does it, not the facilitator's page: the facilitator need not
 * have the boards open, and a page closed a moment later would leave some unsaved. A board
 * nobody has open is opened for the write (a Hocuspocus direct connection: loaded, written,
 * stored, unloaded); on one that is open, everyone sees the version arrive.
 *
 * Once per run of the activity: the version's id is made from the run (readActivityRun), so
 * two facilitators ending it at once, or a second "End" that arrives later, save nothing more.
 */
export function activityVersions(ctx: AppContext): Extension {
  const runIn = new WeakMap<Document, { board: Board; run: ActivityRun | null }>();
  const log = (line: string) => ctx.config.log(line);

  async function saveEndVersions(instance: Hocuspocus, control: Board, run: ActivityRun): Promise<void> {
    const [workshop, boards] = await Promise.all([ctx.store.getWorkshop(control.workshopId), ctx.store.listBoards(control.workshopId)]);
    const title = workshop?.agenda.find((a) => a.id === run.activityId)?.title ?? 'the activity';
    const label = `End of ${title}`.slice(0, mapLimits.shortText);
    const version = { id: `end-${run.runId}`, label, savedAt: ctx.config.now().toISOString() };
    for (const board of boards.filter((b) => b.activityId === run.activityId && b.kind === 'ecosystem-map')) {
      try {
        // A board nobody ever opened holds no map: nothing to keep, and no reason to make its document.
        if (!ctx.live.board(board.id) && (await ctx.store.boardSize(board.id)) === 0) continue;
        const connection = await instance.openDirectConnection(board.id, { board } satisfies CollabContext);
        try {
          await connection.transact((doc) => {
            const { map } = readMap(doc);
            if (map.actors.length + map.datasets.length + map.flows.length + map.notes.length === 0) return;
            saveMapVersion(doc, version);
          });
        } finally {
          await connection.disconnect();
        }
      } catch (e) {
        const why = isAppError(e) ? e.code : e instanceof Error ? e.message : String(e);
        log(`board ${board.id}: no "${label}" version saved (${why})`);
      }
    }
  }

  return {
    extensionName: 'activityVersions',
    async afterLoadDocument({ document, context }: afterLoadDocumentPayload<CollabContext>) {
      if (context.board?.kind === controlDocumentKind) runIn.set(document, { board: context.board, run: readActivityRun(document) });
    },
    async onChange({ document, instance }: onChangePayload<CollabContext>) {
      const known = runIn.get(document);
      if (!known) return;
      const now = readActivityRun(document);
      if (now?.runId === known.run?.runId) return;
      const ended = endedRun(known.run, now);
      known.run = now; // before any await: a second change sees this run, not the ended one
      if (ended)
        void saveEndVersions(instance, known.board, ended).catch((e: Error) =>
          log(`workshop ${known.board.workshopId}: end-of-activity versions failed: ${e.message}`),
        );
    },
  };
}
