import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { sortByVotes, type CanvasAction, type CanvasSection, type SectionPlace } from '../../domain/canvas/index.js';
import { moveNote } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
import { AddNoteForm } from './AddNoteForm.js';
import { useCanvasEditor } from './CanvasContext.js';
import { sectionPrompt, sectionTitle } from './canvasText.js';
import { dropPlacement, isNoteDrag, noteDragType } from './dragNote.js';
import { NoteCard } from './NoteCard.js';
import { SectionGuidance } from './SectionGuidance.js';
import { SectionStatus } from './SectionStatus.js';

addEnglish(canvasMessages);

interface Props {
  info: SectionPlace;
  section: CanvasSection;
  actionByNote: ReadonlyMap<string, CanvasAction>;
  /** What this section shows besides its notes (the map's datasets, all actions). */
  children?: ReactNode;
}

/** One section of the canvas: its question, status, guidance, notes, and a way to add one. */
export function SectionCard({ info, section, actionByNote, children }: Props) {
  const { t } = useI18n();
  const { canEdit, edit } = useCanvasEditor();
  const title = sectionTitle(info.id);
  const [sorted, setSorted] = useState(false);
  const [adding, setAdding] = useState(false);
  const [guidance, setGuidance] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const [dropTarget, setDropTarget] = useState(false);
  const notes = sorted ? sortByVotes(section.notes) : section.notes;
  const titleId = `section-${info.id}-title`;

  function onDragOver(event: DragEvent) {
    if (!canEdit || !isNoteDrag(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropTarget(true);
  }

  function onDrop(event: DragEvent) {
    setDropTarget(false);
    const id = event.dataTransfer.getData(noteDragType);
    if (!canEdit || !id) return;
    event.preventDefault();
    edit(msg('canvas.problem.noteNotMoved'), (doc) => moveNote(doc, id, info.id, dropPlacement(event, id)));
  }

  return (
    <section
      className={`canvas-section section-${info.id} status-${section.status}${dropTarget ? ' is-drop-target' : ''}`}
      aria-labelledby={titleId}
      data-section={info.id}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropTarget(false);
      }}
      onDrop={onDrop}
    >
      <header className="section-head">
        <h3 id={titleId} className="section-title">
          <span className="section-number" aria-hidden="true">
            {info.number}
          </span>
          {title}
        </h3>
        <SectionStatus info={info} status={section.status} />
      </header>
      <p className="section-prompt">{sectionPrompt(info.id)}</p>
      {/* The only part that scrolls, so the section's title and tools always show. */}
      <div className="section-body">
        {guidance && <SectionGuidance info={info} id={`section-${info.id}-guidance`} />}
        {children}
        {notes.length > 0 ? (
          <ul className="note-list" aria-label={t('canvas.notes.in', { section: title })}>
            {notes.map((note, i) => (
              <NoteCard
                key={note.id}
                note={note}
                section={info}
                action={actionByNote.get(note.id)}
                // Reordering by hand means nothing while the list is sorted by votes.
                neighbours={sorted ? null : { before: notes[i - 1]?.id, after: notes[i + 1]?.id }}
              />
            ))}
          </ul>
        ) : (
          !adding && <p className="section-empty">{canEdit ? t('canvas.notes.noneYet') : t('canvas.notes.none')}</p>
        )}
        {canEdit && adding && (
          <AddNoteForm
            section={info}
            onDone={(returnFocus) => {
              setAdding(false);
              if (returnFocus) window.requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        )}
      </div>
      <div className="section-foot">
        {canEdit && !adding && (
          <button
            ref={addButton}
            type="button"
            className="button button-small add-note-button"
            aria-label={t('canvas.note.addTo', { section: title })}
            onClick={() => setAdding(true)}
          >
            <span aria-hidden="true">+</span> {t('canvas.note.add')}
          </button>
        )}
        <button
          type="button"
          className="button button-small button-quiet"
          aria-expanded={guidance}
          aria-controls={guidance ? `section-${info.id}-guidance` : undefined}
          aria-label={t('canvas.guidance.buttonFor', { section: title })}
          onClick={() => setGuidance(!guidance)}
        >
          {t('canvas.guidance.button')}
        </button>
        {section.notes.length > 1 && (
          <button
            type="button"
            className="button button-small button-quiet"
            aria-pressed={sorted}
            aria-label={t('canvas.sort.buttonIn', { section: title })}
            onClick={() => setSorted(!sorted)}
          >
            {t('canvas.sort.button')}
          </button>
        )}
      </div>
    </section>
  );
}
