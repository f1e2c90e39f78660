export { AppError, isAppError, errorBody, errorRegistry, closeCodes } from './errors.js';
export type { ErrorCode, ErrorBody, ErrorDetails } from './errors.js';
export { minOf, maxOf, pushAll } from './extremes.js';
export { firstById, newId, newInviteCode, randomCode } from './ids.js';
export type { RandomBytes } from './ids.js';
export { graphemes, graphemeLength, oneLine, truncateText } from './text.js';
export { maxPersonNameLength } from './personName.js';
export { plural } from './plural.js';
export type { WordForms } from './plural.js';
