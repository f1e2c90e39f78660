import { useState } from 'react';
import { listActions, type Canvas } from '../../domain/canvas/index.js';
import { addAction } from '../../doc/canvas/index.js';
import { ActionForm } from './ActionForm.js';
import { ActionRow } from './ActionRow.js';
import { useCanvasEditor } from './CanvasContext.js';
import './canvasActions.css';

/**
 * Every action on the canvas in one list (listActions: open first, most urgent first), shown in
 * "Your actions": whichever section an action was made in, this is where the group sees what
 * to do next and ticks it off.
 */
export function ActionsList({ canvas }: { canvas: Canvas }) {
  const { canEdit, tryEdit, newId } = useCanvasEditor();
  const [adding, setAdding] = useState(false);
  const actions = listActions(canvas);
  const open = actions.filter((a) => !a.action.done).length;

  return (
    <div className="actions-block">
      <h4 className="actions-title">
        All actions{' '}
        <span className="actions-count">
          ({open} open, {actions.length - open} done)
        </span>
      </h4>
      {actions.length === 0 ? (
        <p className="section-empty">No actions yet. Turn a note into one from its options (⋯), or add one here.</p>
      ) : (
        <ul className="action-list" aria-label="All actions">
          {actions.map(({ section, action }) => (
            <ActionRow key={action.id} section={section} action={action} />
          ))}
        </ul>
      )}
      {canEdit && adding && (
        <ActionForm
          legend="New action"
          initial={{}}
          submitLabel="Add action"
          onSubmit={(values) => tryEdit((doc) => addAction(doc, { id: newId('action'), section: 'actions', ...values }))}
          onDone={() => setAdding(false)}
        />
      )}
      {canEdit && !adding && (
        <button type="button" className="button button-small" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+</span> Add an action
        </button>
      )}
    </div>
  );
}
