import canvasMessages from 'virtual:messages/en/canvas';
import type { SectionPlace } from '../../domain/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { sectionExamples, sectionGuidance } from './canvasText.js';

addEnglish(canvasMessages);

/**
 * The section's guidance and examples, shown when the person opens them with the section's
 * "Guidance" button: on a projector the canvas shows the questions, and the points to
 * consider open where the group is working.
 */
export function SectionGuidance({ info, id }: { info: SectionPlace; id: string }) {
  const { t } = useI18n();
  return (
    <div id={id} className="section-guidance">
      <ul className="guidance-points">
        {sectionGuidance(info.id).map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className="guidance-examples-title">{t('canvas.guidance.examples')}</p>
      <ul className="guidance-examples">
        {sectionExamples(info.id).map((example) => (
          <li key={example}>{t('canvas.guidance.example', { example })}</li>
        ))}
      </ul>
    </div>
  );
}
