import { activityKinds, type ActivityKind } from '../../../domain/index.js';
import { maxActivityMinutes, maxActivityTitleLength } from '../../../domain/facilitation/index.js';
import { activityKindName } from '../../labels.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import type { DraftActivity } from './agendaDraft.js';

addEnglish(facilitatorMessages);

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
  const { t } = useI18n();
  const n = index + 1;
  const name = row.title.trim() || t('facilitator.agenda.row.unnamed', { n });
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
        <span className="drag-handle" aria-hidden="true" title={t('facilitator.agenda.row.drag')}>
          ⠿
        </span>
        {n}
      </td>
      <td>
        <input
          type="text"
          aria-label={t('facilitator.agenda.row.title', { n })}
          maxLength={maxActivityTitleLength}
          value={row.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </td>
      <td>
        <select
          aria-label={t('facilitator.agenda.row.kind', { n })}
          value={row.kind}
          onChange={(e) => onChange({ kind: e.target.value as ActivityKind })}
        >
          {activityKinds.map((k) => (
            <option key={k} value={k}>
              {activityKindName(k)}
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
          aria-label={t('facilitator.agenda.row.minutes', { n })}
          value={row.minutes}
          onChange={(e) => onChange({ minutes: e.target.value })}
        />
      </td>
      <td className="agenda-editor-actions">
        <button
          type="button"
          id={`agenda-up-${row.id}`}
          className="button button-small button-quiet"
          aria-label={t('facilitator.agenda.row.up', { name })}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          id={`agenda-down-${row.id}`}
          className="button button-small button-quiet"
          aria-label={t('facilitator.agenda.row.down', { name })}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          aria-label={t('facilitator.agenda.row.remove', { name })}
          onClick={onRemove}
        >
          {t('facilitator.agenda.row.removeShort')}
        </button>
      </td>
    </tr>
  );
}
