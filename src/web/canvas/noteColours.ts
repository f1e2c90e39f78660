import type { NoteColour } from '../../domain/canvas/index.js';

/**
 * Words for the note colours. A colour here carries no meaning of its own (people pick one to
 * group their notes), but the picker still names each one so nobody has to tell them apart by
 * sight. The CSS values live in canvas.css (`.note-yellow` …): light tints under dark ink,
 * each well above 4.5:1.
 */
export const noteColourLabels: Record<NoteColour, string> = {
  yellow: 'Yellow',
  orange: 'Orange',
  pink: 'Pink',
  purple: 'Purple',
  blue: 'Blue',
  green: 'Green',
  grey: 'Grey',
};
