export * from './workshop.js';
export { boardAccess, canManageWorkshop } from './access.js';
export type { Principal, BoardAccess } from './access.js';
export {
  restore,
  joinRequest,
  signInRequest,
  createWorkshopRequest,
  createBoardRequest,
  createInviteRequest,
  tokenRequest,
} from './validation.js';
export type { JoinRequest, CreateWorkshopRequest } from './validation.js';
