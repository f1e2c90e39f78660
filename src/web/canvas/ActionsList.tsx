import { useState } from 'react';
import { listActions, type Canvas } from '../../domain/canvas/index.js';
import { addAction } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, useI18n } from '../i18n/index.js';
import { ActionForm } from './ActionForm.js';
import { ActionRow } from './ActionRow.js';
import { useCanvasEditor } from './CanvasContext.js';
import './canvasActions.css';

addEnglish(canvasMessages);

/**
 * Every action on the canvas in one list (listActions: open first, most urgent first), shown in
 * "Your actions": whichever section an action was made in, this is where the group sees what
 * to do next and ticks it off.
 */
export function ActionsList({ canvas }: { canvas: Canvas }) {
  const { t } = useI18n();
  const { canEdit, tryEdit, newId } = useCanvasEditor();
  const [adding, setAdding] = useState(false);
  const actions = listActions(canvas);
  const open = actions.filter((a) => !a.action.done).length;

  return (
    <div className="actions-block">
      <h4 className="actions-title">
        {t('canvas.actions.title')}{' '}
        <span className="actions-count">{t('canvas.actions.count', { open, done: actions.length - open })}</span>
      </h4>
      {actions.length === 0 ? (
        <p className="section-empty">{t('canvas.actions.none')}</p>
      ) : (
        <ul className="action-list" aria-label={t('canvas.actions.title')}>
          {actions.map(({ section, action }) => (
            <ActionRow key={action.id} section={section} action={action} />
          ))}
        </ul>
      )}
      {canEdit && adding && (
        <ActionForm
          legend={t('canvas.actions.newLegend')}
          initial={{}}
          submitLabel={t('canvas.actions.addSubmit')}
          onSubmit={(values) => tryEdit((doc) => addAction(doc, { id: newId('action'), section: 'actions', ...values }))}
          onDone={() => setAdding(false)}
        />
      )}
      {canEdit && !adding && (
        <button type="button" className="button button-small" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+</span> {t('canvas.actions.add')}
        </button>
      )}
    </div>
  );
}
