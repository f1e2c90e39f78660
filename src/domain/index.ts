export * from './workshop.js';
export { accountStanding, boardAccess, canActAsOwner, canManageWorkshop, importTarget, isLocked, spotlitAccess } from './access.js';
export type { AccountStanding, Principal, BoardAccess, ImportTarget } from './access.js';
export {
  restore,
  joinRequest,
  signInRequest,
  createWorkshopRequest,
  duplicateWorkshopRequest,
  updateWorkshopRequest,
  workshopLanguage,
  missingTranslationReport,
  messageKeyPattern,
  atlasCityRequest,
  atlasDecisionRequest,
  assignGroupsRequest,
  previewGroupsRequest,
  createProjectRequest,
  setGroupProjectRequest,
  projectTitle,
  moveParticipantRequest,
  createBoardRequest,
  updateBoardRequest,
  shareWorkshopRequest,
  createInviteRequest,
  revokeInviteRequest,
  tokenRequest,
  layoutRequest,
} from './validation.js';
export { layoutLimits, maxBoardTitle } from './requestLimits.js';
export { checkedField, restoreChecked, valueOrNull } from './plainChecks.js';
export type { Checked, Issue } from './plainChecks.js';
export type { JoinRequest, CreateWorkshopRequest, LayoutRequest } from './validation.js';
// Each model has its own index, imported by path (src/domain/map/index.js, …): their names
// overlap (a map's and a canvas's `Extra`), and a caller wants one model at a time.
export {
  addMonths,
  checkRetentionLimits,
  defaultRetentionLimits,
  effectiveMonths,
  retentionDue,
  retentionProblem,
  retentionSchedule,
  retentionWarningDays,
} from './retention.js';
export type { RetentionLimits, RetentionSchedule, WorkshopRetention } from './retention.js';
export { restoreSuggestion, suggestionLengthProblem, suggestionLimits, suggestionOverLimit, suggestionTooLarge } from './audience.js';
export { suggestionRequest } from './validation.js';
export type { Suggestion, SuggestionOverLimit, SuggestionRequest } from './audience.js';
export { apiTokenDays, apiTokenScopes, apiTokenState, createApiTokenRequest } from './apiTokens.js';
export type { ApiToken, ApiTokenScope, CreateApiTokenRequest } from './apiTokens.js';
export { englishVocabulary } from './boardVocabulary.js';
export type { BoardVocabulary } from './boardVocabulary.js';
