import canvasMessages from 'virtual:messages/en/canvas';
import { sectionStatuses, type SectionPlace, type SectionStatus as Status } from '../../domain/canvas/index.js';
import { setStatus } from '../../doc/canvas/index.js';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { sectionTitle, statusName } from './canvasText.js';

addEnglish(canvasMessages);

/**
 * A section's status, always in words ("Action needed"), with a mark whose shape differs per
 * status (empty ring, half-filled, triangle, tick) and a tint on the section: colour repeats
 * the words, never replaces them.
 */
export function SectionStatus({ info, status }: { info: SectionPlace; status: Status }) {
  const { t } = useI18n();
  const { canEdit, edit } = useCanvasEditor();
  const id = `section-${info.id}-status`;
  return (
    <div className={`section-status status-${status}`}>
      <span className="canvas-status-mark" aria-hidden="true" />
      {canEdit ? (
        <>
          <label htmlFor={id} className="visually-hidden">
            {t('canvas.status.of', { section: sectionTitle(info.id) })}
          </label>
          <select
            id={id}
            value={status}
            onChange={(e) => edit(msg('canvas.problem.statusNotChanged'), (doc) => setStatus(doc, info.id, e.target.value as Status))}
          >
            {sectionStatuses.map((s) => (
              <option key={s} value={s}>
                {statusName(s)}
              </option>
            ))}
          </select>
        </>
      ) : (
        <span className="status-text">
          <span className="visually-hidden">{t('canvas.status.shown')} </span>
          {statusName(status)}
        </span>
      )}
    </div>
  );
}
