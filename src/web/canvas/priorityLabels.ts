import canvasMessages from 'virtual:messages/en/canvas';
import type { Priority } from '../../domain/canvas/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';

addEnglish(canvasMessages);

/** An action's priority: its name in the priority menu, and the tag on the action ("High priority"). */
const priorityKeys: Record<Priority, { name: MessageKey; tag: MessageKey }> = {
  high: { name: msg('canvas.priority.high'), tag: msg('canvas.priority.high.tag') },
  medium: { name: msg('canvas.priority.medium'), tag: msg('canvas.priority.medium.tag') },
  low: { name: msg('canvas.priority.low'), tag: msg('canvas.priority.low.tag') },
};

/** Call while drawing in a component that uses `useI18n`. */
export const priorityName = (priority: Priority): string => translate(priorityKeys[priority].name);
export const priorityTag = (priority: Priority): string => translate(priorityKeys[priority].tag);
