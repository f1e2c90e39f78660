import { sectionStatuses, sectionStatusLabels, type SectionInfo, type SectionStatus as Status } from '../../domain/canvas/index.js';
import { setStatus } from '../../doc/canvas/index.js';
import { useCanvasEditor } from './CanvasContext.js';

/**
 * A section's status, always in words ("Action needed"), with a mark whose shape differs per
 * status (empty ring, half-filled, triangle, tick) and a tint on the section: colour repeats
 * the words, never replaces them.
 */
export function SectionStatus({ info, status }: { info: SectionInfo; status: Status }) {
  const { canEdit, edit } = useCanvasEditor();
  const id = `section-${info.id}-status`;
  return (
    <div className={`section-status status-${status}`}>
      <span className="canvas-status-mark" aria-hidden="true" />
      {canEdit ? (
        <>
          <label htmlFor={id} className="visually-hidden">
            Status of {info.title}
          </label>
          <select
            id={id}
            value={status}
            onChange={(e) => edit('Could not change the status', (doc) => setStatus(doc, info.id, e.target.value as Status))}
          >
            {sectionStatuses.map((s) => (
              <option key={s} value={s}>
                {sectionStatusLabels[s]}
              </option>
            ))}
          </select>
        </>
      ) : (
        <span className="status-text">
          <span className="visually-hidden">Status: </span>
          {sectionStatusLabels[status]}
        </span>
      )}
    </div>
  );
}
