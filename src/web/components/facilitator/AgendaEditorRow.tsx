import { activityKinds, type ActivityKind } from '../../../domain/index.js';
import { maxActivityMinutes, maxActivityTitleLength } from '../../../domain/facilitation/index.js';
import { activityKindLabels } from '../../labels.js';
import type { DraftActivity } from './agendaDraft.js';

interface Props {
  row: DraftActivity;
  index: number;
  count: number;
  onChange: (changes: Partial<DraftActivity>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** Drag and drop between rows, for mouse users (the arrow buttons do the same from the keyboard). */
  onDragStart: () => void;
  onDropHere: () => void;
}

/** One activity in the agenda editor: title, kind, planned minutes, move up or down, remove. */
export function AgendaEditorRow({ row, index, count, onChange, onMove, onRemove, onDragStart, onDropHere }: Props) {
  const n = index + 1;
  const name = row.title.trim() || `activity ${n}`;
  return (
    <tr
      draggable
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', row.id);
        onDragStart();
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        onDropHere();
      }}
    >
      <td className="agenda-editor-n">
        <span className="drag-handle" aria-hidden="true" title="Drag to reorder">
          ⠿
        </span>
        {n}
      </td>
      <td>
        <input
          type="text"
          aria-label={`Title of activity ${n}`}
          maxLength={maxActivityTitleLength}
          value={row.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </td>
      <td>
        <select aria-label={`Kind of activity ${n}`} value={row.kind} onChange={(e) => onChange({ kind: e.target.value as ActivityKind })}>
          {activityKinds.map((k) => (
            <option key={k} value={k}>
              {activityKindLabels[k]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="number"
          className="minutes-input"
          inputMode="numeric"
          min={1}
          max={maxActivityMinutes}
          aria-label={`Minutes for activity ${n}`}
          value={row.minutes}
          onChange={(e) => onChange({ minutes: e.target.value })}
        />
      </td>
      <td className="agenda-editor-actions">
        <button
          type="button"
          id={`agenda-up-${row.id}`}
          className="button button-small button-quiet"
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          id={`agenda-down-${row.id}`}
          className="button button-small button-quiet"
          aria-label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button type="button" className="button button-small button-danger" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </td>
    </tr>
  );
}
