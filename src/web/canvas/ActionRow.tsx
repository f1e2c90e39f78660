import { useState } from 'react';
import { sectionInfo, type CanvasAction, type SectionId } from '../../domain/canvas/index.js';
import { removeAction, updateAction } from '../../doc/canvas/index.js';
import { ActionForm } from './ActionForm.js';
import { useCanvasEditor } from './CanvasContext.js';
import { formatDate } from './dates.js';
import { priorityLabels } from './priorityLabels.js';

/**
 * One action: a tick box named by the action's text, then priority, owner, due date (and
 * whether it is overdue) and the section it came from. Ticking sets `done` to what the box
 * shows rather than flipping it, so two people ticking at once agree.
 */
export function ActionRow({ section, action }: { section: SectionId; action: CanvasAction }) {
  const { canEdit, edit, tryEdit, today } = useCanvasEditor();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const boxId = `action-${action.id}`;
  const overdue = !action.done && action.due !== undefined && action.due < today;

  return (
    <li className={`action-row priority-${action.priority}${action.done ? ' is-done' : ''}`}>
      <div className="action-main">
        <input
          id={boxId}
          type="checkbox"
          checked={action.done}
          disabled={!canEdit}
          onChange={(e) => edit('Could not update the action', (doc) => updateAction(doc, action.id, { done: e.target.checked }))}
        />
        <label htmlFor={boxId} className="action-text">
          {action.text}
        </label>
      </div>
      <p className="action-meta">
        <span className={`priority-tag priority-${action.priority}`}>{priorityLabels[action.priority]} priority</span>
        {action.owner && <span>Owner: {action.owner}</span>}
        {action.due && (
          <span className={overdue ? 'is-overdue' : undefined}>{`Due ${formatDate(action.due)}${overdue ? ' (overdue)' : ''}`}</span>
        )}
        {section !== 'actions' && <span>From {sectionInfo(section).title}</span>}
      </p>
      {canEdit && mode === 'view' && (
        <p className="action-buttons">
          <button type="button" className="canvas-link-button" onClick={() => setMode('edit')}>
            Edit<span className="visually-hidden"> action “{action.text}”</span>
          </button>
          <button type="button" className="canvas-link-button danger" onClick={() => setMode('remove')}>
            Remove<span className="visually-hidden"> action “{action.text}”</span>
          </button>
        </p>
      )}
      {mode === 'edit' && (
        <ActionForm
          legend="Edit the action"
          initial={action}
          submitLabel="Save"
          onSubmit={(v) => tryEdit((doc) => updateAction(doc, action.id, { ...v, owner: v.owner ?? null, due: v.due ?? null }))}
          onDone={() => setMode('view')}
        />
      )}
      {mode === 'remove' && (
        <div className="confirm" role="group" aria-label="Confirm removing the action">
          <p>Remove this action for everyone?</p>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => edit('Could not remove the action', (doc) => removeAction(doc, action.id))}
          >
            Yes, remove
          </button>
          <button type="button" className="button button-small" onClick={() => setMode('view')}>
            Keep it
          </button>
        </div>
      )}
    </li>
  );
}
