import { useState } from 'react';
import { canvasLayout, type CanvasNote, type SectionId, type SectionPlace } from '../../domain/canvas/index.js';
import { moveNote, type Placement } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { sectionTitle } from './canvasText.js';

addEnglish(canvasMessages);

interface Props {
  note: CanvasNote;
  section: SectionPlace;
  neighbours: { before: string | undefined; after: string | undefined } | null;
  onMoved: () => void;
}

/**
 * Moving a note without a mouse: to another section ("Move to…"), or up and down within its
 * own. Up and down are off while the section is sorted by votes, where hand order is hidden.
 */
export function NoteMoveControls({ note, section, neighbours, onMoved }: Props) {
  const { t } = useI18n();
  const { edit } = useCanvasEditor();
  const others = canvasLayout.filter((s) => s.id !== section.id);
  const [target, setTarget] = useState<SectionId>(others[0]?.id ?? section.id);
  const selectId = `move-${note.id}`;

  function move(to: SectionId, place: Placement = {}) {
    if (!edit(msg('canvas.problem.noteNotMoved'), (doc) => moveNote(doc, note.id, to, place)).ok || to === section.id) return;
    onMoved();
    // The note now renders in another section, as a new element: follow it there with focus,
    // so a keyboard user carries on from the note they moved.
    window.requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(note.id)}"] .note-options-button`)?.focus(),
    );
  }

  return (
    <div className="move-controls">
      <label htmlFor={selectId}>{t('canvas.move.to')}</label>
      <div className="canvas-row">
        <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value as SectionId)}>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.number}. {sectionTitle(s.id)}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" onClick={() => move(target)}>
          {t('canvas.move.button')}
        </button>
      </div>
      <div className="canvas-row">
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={!neighbours?.before}
          onClick={() => neighbours?.before && move(section.id, { beforeId: neighbours.before })}
        >
          {t('canvas.move.up')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={!neighbours?.after}
          onClick={() => neighbours?.after && move(section.id, { afterId: neighbours.after })}
        >
          {t('canvas.move.down')}
        </button>
      </div>
    </div>
  );
}
