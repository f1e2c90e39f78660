import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { sortByVotes, type CanvasAction, type CanvasSection, type SectionInfo } from '../../domain/canvas/index.js';
import { moveNote } from '../../doc/canvas/index.js';
import { AddNoteForm } from './AddNoteForm.js';
import { useCanvasEditor } from './CanvasContext.js';
import { dropPlacement, isNoteDrag, noteDragType } from './dragNote.js';
import { NoteCard } from './NoteCard.js';
import { SectionGuidance } from './SectionGuidance.js';
import { SectionStatus } from './SectionStatus.js';

interface Props {
  info: SectionInfo;
  section: CanvasSection;
  actionByNote: ReadonlyMap<string, CanvasAction>;
  /** What this section shows besides its notes (the map's datasets, all actions). */
  children?: ReactNode;
}

/** One section of the canvas: its question, status, guidance, notes, and a way to add one. */
export function SectionCard({ info, section, actionByNote, children }: Props) {
  const { canEdit, edit } = useCanvasEditor();
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
    edit('Could not move the note', (doc) => moveNote(doc, id, info.id, dropPlacement(event, id)));
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
          {info.title}
        </h3>
        <SectionStatus info={info} status={section.status} />
      </header>
      <p className="section-prompt">{info.prompt}</p>
      {/* The only part that scrolls, so the section's title and tools always show. */}
      <div className="section-body">
        {guidance && <SectionGuidance info={info} id={`section-${info.id}-guidance`} />}
        {children}
        {notes.length > 0 ? (
          <ul className="note-list" aria-label={`Notes in ${info.title}`}>
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
          !adding && <p className="section-empty">{canEdit ? 'No notes yet.' : 'No notes.'}</p>
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
          <button ref={addButton} type="button" className="button button-small add-note-button" onClick={() => setAdding(true)}>
            <span aria-hidden="true">+</span> Add note<span className="visually-hidden"> to {info.title}</span>
          </button>
        )}
        <button
          type="button"
          className="button button-small button-quiet"
          aria-expanded={guidance}
          aria-controls={guidance ? `section-${info.id}-guidance` : undefined}
          onClick={() => setGuidance(!guidance)}
        >
          Guidance<span className="visually-hidden"> and examples for {info.title}</span>
        </button>
        {section.notes.length > 1 && (
          <button type="button" className="button button-small button-quiet" aria-pressed={sorted} onClick={() => setSorted(!sorted)}>
            Sort by votes<span className="visually-hidden"> in {info.title}</span>
          </button>
        )}
      </div>
    </section>
  );
}
