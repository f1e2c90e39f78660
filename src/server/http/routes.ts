import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { registerBoardExport } from './boardExport.js';
import { registerBoardFile } from './boardFile.js';
import { registerBoardImport } from './boardImport.js';
import { registerBoardLayout } from './boardLayout.js';
import { registerBoardState } from './boardState.js';
import { registerBoards } from './boards.js';
import { registerErrorHandler } from './errors.js';
import { registerFacilitation } from './facilitation.js';
import { registerGroups } from './groups.js';
import { registerHealthz } from './healthz.js';
import { registerInvites } from './invites.js';
import { registerJoin } from './join.js';
import { registerMe } from './me.js';
import { registerParticipants } from './participants.js';
import { registerReport } from './report.js';
import { registerSecurityHeaders } from './securityHeaders.js';
import { registerSession } from './session.js';
import { registerToken } from './token.js';
import { registerWeb } from './web.js';
import { registerWorkshop } from './workshop.js';
import { registerWorkshops } from './workshops.js';

/** Every HTTP route: one file each (STYLE layout). */
export async function registerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerErrorHandler(app, ctx);
  registerSecurityHeaders(app);
  registerHealthz(app, ctx);
  registerJoin(app, ctx);
  registerSession(app, ctx);
  registerMe(app, ctx);
  registerToken(app, ctx);
  registerWorkshops(app, ctx);
  registerWorkshop(app, ctx);
  registerInvites(app, ctx);
  registerGroups(app, ctx);
  registerBoards(app, ctx);
  registerBoardState(app, ctx);
  registerBoardExport(app, ctx);
  await registerBoardImport(app, ctx);
  registerBoardFile(app, ctx);
  registerBoardLayout(app, ctx);
  registerReport(app, ctx);
  registerFacilitation(app, ctx);
  registerParticipants(app, ctx);
  await registerWeb(app, ctx);
}
