import type { ReactNode } from 'react';
import {
  isEmptyDiff,
  sectionInfo,
  sectionStatusLabels,
  type CanvasDiff,
  type NoteField,
  type ActionField,
} from '../../domain/canvas/index.js';
import { formatDate } from './dates.js';
import './canvasActions.css';

const noteFieldWords: Record<NoteField, string> = {
  text: 'text edited',
  author: 'author changed',
  colour: 'colour changed',
  votes: 'votes',
  section: 'moved',
};
const actionFieldWords: Record<ActionField, string> = {
  text: 'text edited',
  owner: 'owner changed',
  due: 'due date changed',
  priority: 'priority changed',
  section: 'moved',
};

const title = (id: Parameters<typeof sectionInfo>[0]) => sectionInfo(id).title;

function Group({ heading, items }: { heading: string; items: ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <div className="diff-group">
      <h4>
        {heading} ({items.length})
      </h4>
      <ul>{items}</ul>
    </div>
  );
}

/** What changed between two versions, in the group's words, grouped by kind of change. */
export function VersionDiff({ diff }: { diff: CanvasDiff }) {
  if (isEmptyDiff(diff)) return <p className="diff-none">No changes between these two.</p>;
  return (
    <div className="version-diff">
      <Group
        heading="Notes added"
        items={diff.notesAdded.map(({ section, note }) => (
          <li key={note.id} className="diff-added">
            <span className="diff-mark">+</span> “{note.text}” <span className="diff-where">in {title(section)}</span>
          </li>
        ))}
      />
      <Group
        heading="Notes removed"
        items={diff.notesRemoved.map(({ section, note }) => (
          <li key={note.id} className="diff-removed">
            <span className="diff-mark">−</span> “{note.text}” <span className="diff-where">from {title(section)}</span>
          </li>
        ))}
      />
      <Group
        heading="Notes changed"
        items={diff.notesChanged.map(({ id, before, after, fields }) => (
          <li key={id}>
            “{after.note.text}”:{' '}
            {fields
              .map((f) =>
                f === 'section'
                  ? `moved from ${title(before.section)} to ${title(after.section)}`
                  : f === 'votes'
                    ? `votes ${before.note.votes} → ${after.note.votes}`
                    : noteFieldWords[f],
              )
              .join('; ')}
          </li>
        ))}
      />
      <Group
        heading="Section status"
        items={diff.statusChanges.map((c) => (
          <li key={c.section}>
            {title(c.section)}: {sectionStatusLabels[c.from]} → {sectionStatusLabels[c.to]}
          </li>
        ))}
      />
      <Group
        heading="Actions completed"
        items={diff.actionsCompleted.map(({ action }) => (
          <li key={action.id} className="diff-added">
            <span className="diff-mark">✓</span> {action.text}
          </li>
        ))}
      />
      <Group
        heading="Actions added"
        items={diff.actionsAdded.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading="Actions reopened"
        items={diff.actionsReopened.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading="Actions removed"
        items={diff.actionsRemoved.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading="Actions changed"
        items={diff.actionsChanged.map(({ id, after, fields }) => (
          <li key={id}>
            {after.action.text}: {fields.map((f) => actionFieldWords[f]).join('; ')}
          </li>
        ))}
      />
      <Group
        heading="Reviews recorded"
        items={diff.reviewsAdded.map((r, i) => (
          <li key={i}>
            {formatDate(r.date)}
            {r.by ? ` by ${r.by}` : ''}
            {r.summary ? `: ${r.summary}` : ''}
          </li>
        ))}
      />
      <Group
        heading="Other changes"
        items={[
          diff.nextReview && (
            <li key="review">
              Next review: {diff.nextReview.from ? formatDate(diff.nextReview.from) : 'none'} →{' '}
              {diff.nextReview.to ? formatDate(diff.nextReview.to) : 'none'}
            </li>
          ),
          diff.map && <li key="map">The linked ecosystem map changed</li>,
        ].filter(Boolean)}
      />
    </div>
  );
}
