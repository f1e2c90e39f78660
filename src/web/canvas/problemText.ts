import canvasMessages from 'virtual:messages/en/canvas';
import type { CanvasError } from '../../domain/canvas/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';
import { fileProblemWordsNow } from '../i18n/fileIssueText.js';

addEnglish(canvasMessages);

/** The field a refusal names, in the interface's words. */
const fieldKeys: Record<string, MessageKey> = {
  text: msg('canvas.field.text'),
  author: msg('canvas.field.author'),
  owner: msg('canvas.field.owner'),
  due: msg('canvas.field.due'),
  priority: msg('canvas.field.priority'),
  section: msg('canvas.field.section'),
  label: msg('canvas.field.label'),
  date: msg('canvas.field.date'),
  nextReview: msg('canvas.field.nextReview'),
  map: msg('canvas.field.map'),
  colour: msg('canvas.field.colour'),
};

/** The advice after "over the limit" (src/domain/canvas/fields.ts), in the interface's words. */
const adviceKeys: Record<string, MessageKey> = {
  'shorten it, or split it into several notes': msg('canvas.problem.advice.splitNotes'),
  'shorten it, or split it into several actions': msg('canvas.problem.advice.splitActions'),
  'shorten the name': msg('canvas.problem.advice.name'),
  'shorten the title': msg('canvas.problem.advice.title'),
  'shorten the summary': msg('canvas.problem.advice.summary'),
  'shorten the label': msg('canvas.problem.advice.label'),
};

/** What the view answers itself when the person may not edit (CanvasView's `notAllowed`). */
export const notAllowedMessage = 'you cannot change this canvas';

/**
 * A refusal from a canvas operation as a sentence: "The text is 1200 characters long, over
 * the limit of 1000: shorten it…". A missing note or action (a peer deleted it a moment ago)
 * says so without the id, which means nothing to a person. The refusals a person meets on the
 * board (too long, no name where anonymous notes are not allowed, not allowed to edit) read in
 * the interface's language; any other is the domain's problem by its code (`fileProblem.`
 * words, fetched the first time one is shown in another language) after the field's name, the
 * domain's English until they arrive. Call while drawing in a component that uses `useI18n`.
 */
export function problemText(error: CanvasError): string {
  if (error.path === 'noteId') return translate('canvas.problem.noteGone');
  if (error.path === 'actionId') return translate('canvas.problem.actionGone');
  if (error.path === '' && error.message === notAllowedMessage) return translate('canvas.problem.notAllowed');
  const fieldKey = fieldKeys[error.path];
  if (fieldKey) {
    const field = translate(fieldKey);
    const tooLong = /^is (\d+) characters long, over the limit of (\d+): (.*)$/.exec(error.message);
    const advice = tooLong ? adviceKeys[tooLong[3] ?? ''] : undefined;
    if (tooLong && advice)
      return translate('canvas.problem.tooLong', { field, length: tooLong[1] ?? '', max: tooLong[2] ?? '', advice: translate(advice) });
    if (error.path === 'author' && error.message.startsWith('is required')) return translate('canvas.problem.nameRequired');
    return `${field} ${said(error)}.`;
  }
  const text = said(error);
  return error.path ? `${error.path}: ${text}.` : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The problem itself in the current language by its code, else the domain's English. */
function said(error: CanvasError): string {
  return (error.problem && fileProblemWordsNow()?.problemText(error.problem)) ?? error.message;
}
