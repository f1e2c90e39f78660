export { controlLayout, controlKind, initControlDoc, declareControlTypes } from './controlLayout.js';
export { readActivityRun, endedRun } from './activityRun.js';
export type { ActivityRun } from './activityRun.js';
export {
  readActivity,
  readStartedActivities,
  startActivity,
  endActivity,
  startActivityTimer,
  pauseActivityTimer,
  addActivityMinutes,
} from './activityControl.js';
export { setSpotlight, readSpotlight, bringEveryoneHere, releaseEveryone, readGather } from './viewControl.js';
export { openVoting, closeVoting, readCurrentVoting, readVotingRounds } from './votingControl.js';
export { handField, handState, handsFromAwareness, readLoweredHands, readRaisedHands, lowerHand, isHandLowered } from './hands.js';
export { readLiveState } from './readLiveState.js';
export { votesMap, voteKey, readVoterDots, readBoardVotes, boardTally, castVote, retractVote } from './boardVotes.js';
export type { IsTarget, IsVoter } from './boardVotes.js';
export { readRosterSeq, markRosterChanged } from './rosterControl.js';
export { votableItems } from './votableItems.js';
export { boardVotingResults } from './boardVotingResults.js';
export { roundDots, canvasRoundVotes } from './roundVotes.js';
export { readPrivateRounds, isPrivateRoundOpen, markPrivateRoundOpen, markPrivateRoundEnded } from './privateRoundControl.js';
export type { PrivateRoundMark } from './privateRoundControl.js';
