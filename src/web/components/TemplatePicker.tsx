import type { TemplateSummary } from '../apiTypes.js';
import { useResource } from '../hooks/useResource.js';
import { activityKindLabels } from '../labels.js';
import './facilitator/facilitator.css';

interface Props {
  /** The chosen template's id; '' for starting from scratch. */
  value: string;
  onChange: (templateId: string) => void;
}

function hoursAndMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : ''].filter(Boolean).join(' ') || '0 min';
}

/**
 * "Start from": one of the shipped workshop templates (GET /api/templates), whose agenda the
 * new workshop copies, or an empty agenda. The chosen template's activities are listed, so the
 * facilitator sees what they get before creating it.
 */
export function TemplatePicker({ value, onChange }: Props) {
  const templates = useResource<{ templates: TemplateSummary[] }>('/api/templates');
  const list = templates.status === 'ok' ? templates.data.templates : [];
  const chosen = list.find((t) => t.id === value);
  return (
    <fieldset className="template-picker">
      <legend>Start from</legend>
      <div className="radio">
        <input id="tpl-none" type="radio" name="template" value="" checked={value === ''} onChange={() => onChange('')} />
        <label htmlFor="tpl-none">An empty agenda</label>
      </div>
      {list.map((t) => (
        <div className="radio" key={t.id}>
          <input
            id={`tpl-${t.id}`}
            type="radio"
            name="template"
            value={t.id}
            checked={value === t.id}
            onChange={() => onChange(t.id)}
            aria-describedby={`tpl-${t.id}-about`}
          />
          <label htmlFor={`tpl-${t.id}`}>{t.title}</label>
          <p id={`tpl-${t.id}-about`} className="hint">
            {t.description}
          </p>
        </div>
      ))}
      {templates.status === 'error' && <p className="hint">The templates could not be loaded; you can still start from an empty agenda.</p>}
      {chosen && (
        <div className="template-preview">
          <p className="template-preview-title">
            Agenda: {chosen.agenda.length} activities, {hoursAndMinutes(chosen.agenda.reduce((s, a) => s + a.minutes, 0))}
          </p>
          <ol>
            {chosen.agenda.map((a) => (
              <li key={a.id}>
                {a.title}{' '}
                <span className="muted">
                  · {activityKindLabels[a.kind]} · {a.minutes} min
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </fieldset>
  );
}
