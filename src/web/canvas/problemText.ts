import type { CanvasError } from '../../domain/canvas/index.js';

/** The field a refusal names, in the interface's words. */
const fieldWords: Record<string, string> = {
  text: 'The text',
  author: 'Your name',
  owner: 'The owner',
  due: 'The due date',
  priority: 'The priority',
  section: 'The section',
  label: 'The label',
  date: 'The date',
  nextReview: 'The review date',
  map: 'The linked map',
  colour: 'The colour',
};

/**
 * A refusal from a canvas operation as a sentence: "The text is 1200 characters long, over
 * the limit of 1000: shorten it…". A missing note or action (a peer deleted it a moment ago)
 * says so without the id, which means nothing to a person.
 */
export function problemText(error: CanvasError): string {
  if (error.path === 'noteId') return 'That note is no longer on the canvas: someone may just have deleted it.';
  if (error.path === 'actionId') return 'That action is no longer on the canvas: someone may just have removed it.';
  const field = fieldWords[error.path];
  if (field) return `${field} ${error.message}.`;
  return error.path ? `${error.path}: ${error.message}.` : `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`;
}
