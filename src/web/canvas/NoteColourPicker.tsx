import canvasMessages from 'virtual:messages/en/canvas';
import { defaultNoteColour, noteColours, type CanvasNote } from '../../domain/canvas/index.js';
import { recolourNote } from '../../doc/canvas/index.js';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { noteColourName } from './noteColours.js';

addEnglish(canvasMessages);

/** The note's colour: a swatch and a name per colour, the current one pressed. */
export function NoteColourPicker({ note }: { note: CanvasNote }) {
  const { t } = useI18n();
  const { edit } = useCanvasEditor();
  const current = note.colour ?? defaultNoteColour;
  return (
    <fieldset className="colour-picker">
      <legend>{t('canvas.colour.legend')}</legend>
      {noteColours.map((colour) => (
        <button
          key={colour}
          type="button"
          className={`colour-swatch note-${colour}`}
          aria-pressed={colour === current}
          onClick={() => edit(msg('canvas.problem.colourNotChanged'), (doc) => recolourNote(doc, note.id, colour))}
        >
          {noteColourName(colour)}
        </button>
      ))}
    </fieldset>
  );
}
