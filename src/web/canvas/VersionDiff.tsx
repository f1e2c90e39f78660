import type { ReactNode } from 'react';
import canvasMessages from 'virtual:messages/en/canvas';
import { isEmptyDiff, type ActionField, type CanvasDiff, type NoteField } from '../../domain/canvas/index.js';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { sectionTitle as title, statusName } from './canvasText.js';
import { formatDate } from './dates.js';
import './canvasActions.css';

addEnglish(canvasMessages);

const noteFieldKeys: Record<NoteField, MessageKey> = {
  text: msg('canvas.diff.field.textEdited'),
  author: msg('canvas.diff.field.authorChanged'),
  colour: msg('canvas.diff.field.colourChanged'),
  votes: msg('canvas.diff.field.votes'),
  section: msg('canvas.diff.field.moved'),
};
const actionFieldKeys: Record<ActionField, MessageKey> = {
  text: msg('canvas.diff.field.textEdited'),
  owner: msg('canvas.diff.field.ownerChanged'),
  due: msg('canvas.diff.field.dueChanged'),
  priority: msg('canvas.diff.field.priorityChanged'),
  section: msg('canvas.diff.field.moved'),
};

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
  const { t } = useI18n();
  if (isEmptyDiff(diff)) return <p className="diff-none">{t('canvas.diff.none')}</p>;
  const reviewDate = (date: string | undefined) => (date ? formatDate(date) : t('canvas.diff.noDate'));
  return (
    <div className="version-diff">
      <Group
        heading={t('canvas.diff.notesAdded')}
        items={diff.notesAdded.map(({ section, note }) => (
          <li key={note.id} className="diff-added">
            <span className="diff-mark">+</span> “{note.text}”{' '}
            <span className="diff-where">{t('canvas.diff.in', { section: title(section) })}</span>
          </li>
        ))}
      />
      <Group
        heading={t('canvas.diff.notesRemoved')}
        items={diff.notesRemoved.map(({ section, note }) => (
          <li key={note.id} className="diff-removed">
            <span className="diff-mark">−</span> “{note.text}”{' '}
            <span className="diff-where">{t('canvas.diff.from', { section: title(section) })}</span>
          </li>
        ))}
      />
      <Group
        heading={t('canvas.diff.notesChanged')}
        items={diff.notesChanged.map(({ id, before, after, fields }) => (
          <li key={id}>
            “{after.note.text}”:{' '}
            {fields
              .map((f) =>
                f === 'section'
                  ? t('canvas.diff.movedFromTo', { from: title(before.section), to: title(after.section) })
                  : f === 'votes'
                    ? t('canvas.diff.votesFromTo', { before: before.note.votes, after: after.note.votes })
                    : t(noteFieldKeys[f]),
              )
              .join('; ')}
          </li>
        ))}
      />
      <Group
        heading={t('canvas.diff.status')}
        items={diff.statusChanges.map((c) => (
          <li key={c.section}>
            {title(c.section)}: {statusName(c.from)} → {statusName(c.to)}
          </li>
        ))}
      />
      <Group
        heading={t('canvas.diff.actionsCompleted')}
        items={diff.actionsCompleted.map(({ action }) => (
          <li key={action.id} className="diff-added">
            <span className="diff-mark">✓</span> {action.text}
          </li>
        ))}
      />
      <Group
        heading={t('canvas.diff.actionsAdded')}
        items={diff.actionsAdded.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading={t('canvas.diff.actionsReopened')}
        items={diff.actionsReopened.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading={t('canvas.diff.actionsRemoved')}
        items={diff.actionsRemoved.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading={t('canvas.diff.actionsChanged')}
        items={diff.actionsChanged.map(({ id, after, fields }) => (
          <li key={id}>
            {after.action.text}: {fields.map((f) => t(actionFieldKeys[f])).join('; ')}
          </li>
        ))}
      />
      <Group
        heading={t('canvas.diff.reviews')}
        items={diff.reviewsAdded.map((r, i) => (
          <li key={i}>
            {r.by ? t('canvas.diff.reviewBy', { date: formatDate(r.date), name: r.by }) : formatDate(r.date)}
            {r.summary ? `: ${r.summary}` : ''}
          </li>
        ))}
      />
      <Group
        heading={t('canvas.diff.other')}
        items={[
          diff.nextReview && (
            <li key="review">
              {t('canvas.diff.nextReview', { from: reviewDate(diff.nextReview.from), to: reviewDate(diff.nextReview.to) })}
            </li>
          ),
          diff.map && <li key="map">{t('canvas.diff.mapChanged')}</li>,
        ].filter(Boolean)}
      />
    </div>
  );
}
