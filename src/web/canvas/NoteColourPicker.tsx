import { defaultNoteColour, noteColours, type CanvasNote } from '../../domain/canvas/index.js';
import { recolourNote } from '../../doc/canvas/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { noteColourLabels } from './noteColours.js';

/** The note's colour: a swatch and a name per colour, the current one pressed. */
export function NoteColourPicker({ note }: { note: CanvasNote }) {
  const { edit } = useCanvasEditor();
  const current = note.colour ?? defaultNoteColour;
  return (
    <fieldset className="colour-picker">
      <legend>Colour</legend>
      {noteColours.map((colour) => (
        <button
          key={colour}
          type="button"
          className={`colour-swatch note-${colour}`}
          aria-pressed={colour === current}
          onClick={() => edit('Could not change the colour', (doc) => recolourNote(doc, note.id, colour))}
        >
          {noteColourLabels[colour]}
        </button>
      ))}
    </fieldset>
  );
}
