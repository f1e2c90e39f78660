export { workshopTemplates, findTemplate, agendaFromTemplate } from './templates.js';
export type { WorkshopTemplate } from './templates.js';
export { templateInWords } from './templateWords.js';
export {
  activitySchema,
  agendaSchema,
  restoreAgenda,
  addActivity,
  removeActivity,
  moveActivity,
  updateActivity,
  maxActivityMinutes,
  maxActivityTitleLength,
  maxAgendaLength,
} from './agenda.js';
export { agendaItemStates, totalMinutes } from './agendaProgress.js';
export { checkActivityId } from './activityId.js';
export type { ActivityChanges } from './agenda.js';
export type { AgendaItemState } from './agendaProgress.js';
export { boardKindFor, boardsForAgenda, plannedBoards } from './agendaBoards.js';
export type { AgendaBoard, PlannedBoard } from './agendaBoards.js';
export {
  spreadProject,
  spreadProjects,
  projectForNewGroup,
  groupProjectId,
  projectTitleKey,
  repeatedProjectTitle,
} from './projectSpread.js';
export { matchRegroup, regroupMoves } from './regroup.js';
export type { RegroupTarget, RegroupMove } from './regroup.js';
export { linkedMapBoard } from './linkedMapBoard.js';
export { assignGroups, organisationKey, spreadCost } from './groupAssignment.js';
export type { Person } from './groupAssignment.js';
export {
  checkTimerState,
  maxTimerMs,
  newTimer,
  isRunning,
  startTimer,
  pauseTimer,
  addMinutes,
  elapsedMs,
  remainingMs,
  overrunMs,
  isOver,
} from './timer.js';
export type { TimerState } from './timer.js';
export { serverClockOffset, bestOffset, serverNow } from './serverClock.js';
export {
  revealModes,
  maxVotesPerPerson,
  votingStatuses,
  checkVotingRound,
  tally,
  withinBudget,
  votesLeft,
  canVote,
  resultsVisible,
  mayVote,
} from './voting.js';
export type { RevealMode, VotingRound, Vote, VoteCount } from './voting.js';
export { votableKinds, votableKindLabels, votableKindText, rankVotes } from './votingResults.js';
export type { VotableKind, VotableItem, VoteDetailId, VoteResult } from './votingResults.js';
export {
  maxLiveIdLength,
  isLiveId,
  checkSpotlight,
  checkViewTarget,
  checkBoardViewport,
  checkGather,
  checkRaisedHand,
  idleLiveState,
  destinationFor,
} from './liveState.js';
export type { LiveState, Spotlight, ViewTarget, BoardViewport, Gather, RaisedHand, ActivityBoard, Destination } from './liveState.js';
export { raisedHands } from './hands.js';
export {
  reflectionColumns,
  reflectionColumnLabels,
  maxReflectionTextLength,
  checkReflectionNote,
  checkReflectionText,
  checkReflectionColumn,
  emptyReflection,
  anonymised,
} from './reflection.js';
export type { ReflectionColumn, ReflectionNote, Reflection } from './reflection.js';
export { privateRoundKinds, hasPrivateRounds, maxQuickNoteLength, maxPrivateNotesPerPerson, privateNoteRequest } from './privateRound.js';
export type { PrivateRound, PrivateNote, PrivateNoteRequest, PrivateNoteCount } from './privateRound.js';
