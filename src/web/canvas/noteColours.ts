import canvasMessages from 'virtual:messages/en/canvas';
import type { NoteColour } from '../../domain/canvas/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';

addEnglish(canvasMessages);

/**
 * Words for the note colours. A colour here carries no meaning of its own (people pick one to
 * group their notes), but the picker still names each one so nobody has to tell them apart by
 * sight. The CSS values live in canvas.css (`.note-yellow` …): light tints under dark ink,
 * each well above 4.5:1.
 */
const noteColourKeys: Record<NoteColour, MessageKey> = {
  yellow: msg('canvas.colour.yellow'),
  orange: msg('canvas.colour.orange'),
  pink: msg('canvas.colour.pink'),
  purple: msg('canvas.colour.purple'),
  blue: msg('canvas.colour.blue'),
  green: msg('canvas.colour.green'),
  grey: msg('canvas.colour.grey'),
};

/** The colour's name in the person's language; call while drawing in a component that uses `useI18n`. */
export const noteColourName = (colour: NoteColour): string => translate(noteColourKeys[colour]);
