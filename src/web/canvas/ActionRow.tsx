import { useState } from 'react';
import type { CanvasAction, SectionId } from '../../domain/canvas/index.js';
import { removeAction, updateAction } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
import { ActionForm } from './ActionForm.js';
import { useCanvasEditor } from './CanvasContext.js';
import { sectionTitle } from './canvasText.js';
import { formatDate } from './dates.js';
import { priorityTag } from './priorityLabels.js';

addEnglish(canvasMessages);

/**
 * One action: a tick box named by the action's text, then priority, owner, due date (and
 * whether it is overdue) and the section it came from. Ticking sets `done` to what the box
 * shows rather than flipping it, so two people ticking at once agree.
 */
export function ActionRow({ section, action }: { section: SectionId; action: CanvasAction }) {
  const { t } = useI18n();
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
          onChange={(e) => edit(msg('canvas.problem.actionNotUpdated'), (doc) => updateAction(doc, action.id, { done: e.target.checked }))}
        />
        <label htmlFor={boxId} className="action-text">
          {action.text}
        </label>
      </div>
      <p className="action-meta">
        <span className={`priority-tag priority-${action.priority}`}>{priorityTag(action.priority)}</span>
        {action.owner && <span>{t('canvas.action.owner', { owner: action.owner })}</span>}
        {action.due && (
          <span className={overdue ? 'is-overdue' : undefined}>
            {overdue
              ? t('canvas.action.dueOverdue', { date: formatDate(action.due) })
              : t('canvas.action.due', { date: formatDate(action.due) })}
          </span>
        )}
        {section !== 'actions' && <span>{t('canvas.action.from', { section: sectionTitle(section) })}</span>}
      </p>
      {canEdit && mode === 'view' && (
        <p className="action-buttons">
          <button
            type="button"
            className="canvas-link-button"
            aria-label={t('canvas.action.editNamed', { action: action.text })}
            onClick={() => setMode('edit')}
          >
            {t('canvas.action.edit')}
          </button>
          <button
            type="button"
            className="canvas-link-button danger"
            aria-label={t('canvas.action.removeNamed', { action: action.text })}
            onClick={() => setMode('remove')}
          >
            {t('canvas.action.remove')}
          </button>
        </p>
      )}
      {mode === 'edit' && (
        <ActionForm
          legend={t('canvas.action.editLegend')}
          initial={action}
          submitLabel={t('canvas.save')}
          onSubmit={(v) => tryEdit((doc) => updateAction(doc, action.id, { ...v, owner: v.owner ?? null, due: v.due ?? null }))}
          onDone={() => setMode('view')}
        />
      )}
      {mode === 'remove' && (
        <div className="confirm" role="group" aria-label={t('canvas.action.confirmRemove')}>
          <p>{t('canvas.action.removeQuestion')}</p>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => edit(msg('canvas.problem.actionNotRemoved'), (doc) => removeAction(doc, action.id))}
          >
            {t('canvas.action.removeYes')}
          </button>
          <button type="button" className="button button-small" onClick={() => setMode('view')}>
            {t('canvas.keepIt')}
          </button>
        </div>
      )}
    </li>
  );
}
