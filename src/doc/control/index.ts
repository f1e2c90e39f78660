export { controlLayout, controlKind, initControlDoc, declareControlTypes } from './controlLayout.js';
export { readActivity, startActivity, endActivity, startActivityTimer, pauseActivityTimer, addActivityMinutes } from './activityControl.js';
export { setSpotlight, readSpotlight, bringEveryoneHere, releaseEveryone, readGather } from './viewControl.js';
export { openVoting, closeVoting, readCurrentVoting, readVotingRounds } from './votingControl.js';
export { handField, handState, handsFromAwareness, readLoweredHands, readRaisedHands, lowerHand, isHandLowered } from './hands.js';
export { readLiveState } from './readLiveState.js';
export { votesMap, voteKey, readVoterDots, readBoardVotes, boardTally, castVote, retractVote } from './boardVotes.js';
export type { IsTarget } from './boardVotes.js';
export { readRosterSeq, markRosterChanged } from './rosterControl.js';
