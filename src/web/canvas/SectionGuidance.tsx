import type { SectionInfo } from '../../domain/canvas/index.js';

/**
 * The section's guidance and examples, shown when the person opens them with the section's
 * "Guidance" button: on a projector the canvas shows the questions, and the points to
 * consider open where the group is working.
 */
export function SectionGuidance({ info, id }: { info: SectionInfo; id: string }) {
  return (
    <div id={id} className="section-guidance">
      <ul className="guidance-points">
        {info.guidance.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className="guidance-examples-title">For example:</p>
      <ul className="guidance-examples">
        {info.examples.map((example) => (
          <li key={example}>“{example}”</li>
        ))}
      </ul>
    </div>
  );
}
