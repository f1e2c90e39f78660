import { templateInWords } from '../../domain/facilitation/index.js';
import type { TemplateSummary } from '../apiTypes.js';
import { useResource } from '../hooks/useResource.js';
import { activityKindName } from '../labels.js';
import templateMessages from 'virtual:messages/en/workshops.template,templates';
import { addEnglish, translate, useI18n } from '../i18n/index.js';
import './facilitator/facilitator.css';

addEnglish(templateMessages);

interface Props {
  /** The chosen template's id; '' for starting from scratch. */
  value: string;
  onChange: (templateId: string) => void;
}

/** "1 h 30 min", "2 h", "45 min" in the interface's language; called while drawing TemplatePicker, which uses `useI18n`. */
function hoursAndMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours > 0 && minutes > 0) return translate('workshops.template.hoursMinutes', { hours, minutes });
  if (hours > 0) return translate('workshops.template.hours', { hours });
  return translate('workshops.template.minutes', { minutes });
}

/**
 * "Start from": one of the shipped workshop templates (GET /api/templates), whose agenda the
 * new workshop copies, or an empty agenda. The chosen template's activities are listed, so the
 * facilitator sees what they get before creating it. The server sends the templates' English;
 * they show in the interface's language (`templates.` messages, by the template's id).
 */
export function TemplatePicker({ value, onChange }: Props) {
  const { t } = useI18n();
  const templates = useResource<{ templates: TemplateSummary[] }>('/api/templates');
  const list = templates.status === 'ok' ? templates.data.templates.map((template) => templateInWords(template, translate)) : [];
  const chosen = list.find((template) => template.id === value);
  return (
    <fieldset className="template-picker">
      <legend>{t('workshops.template.legend')}</legend>
      <div className="radio">
        <input id="tpl-none" type="radio" name="template" value="" checked={value === ''} onChange={() => onChange('')} />
        <label htmlFor="tpl-none">{t('workshops.template.empty')}</label>
      </div>
      {list.map((template) => (
        <div className="radio" key={template.id}>
          <input
            id={`tpl-${template.id}`}
            type="radio"
            name="template"
            value={template.id}
            checked={value === template.id}
            onChange={() => onChange(template.id)}
            aria-describedby={`tpl-${template.id}-about`}
          />
          <label htmlFor={`tpl-${template.id}`}>{template.title}</label>
          <p id={`tpl-${template.id}-about`} className="hint">
            {template.description}
          </p>
        </div>
      ))}
      {templates.status === 'error' && <p className="hint">{t('workshops.template.loadFailed')}</p>}
      {chosen && (
        <div className="template-preview">
          <p className="template-preview-title">
            {t('workshops.template.preview', {
              count: chosen.agenda.length,
              duration: hoursAndMinutes(chosen.agenda.reduce((s, a) => s + a.minutes, 0)),
            })}
          </p>
          <ol>
            {chosen.agenda.map((a) => (
              <li key={a.id}>
                {a.title}{' '}
                <span className="muted">
                  · {activityKindName(a.kind)} · {t('workshops.template.minutes', { minutes: a.minutes })}
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </fieldset>
  );
}
