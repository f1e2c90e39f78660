import type { ReactNode } from 'react';
import toolMessages from 'virtual:messages/en/canvasTools';
import { isEmptyDiff, type ActionField, type CanvasDiff, type NoteField } from '../../domain/canvas/index.js';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { sectionTitle as title, statusName } from './canvasText.js';
import { formatDate } from './dates.js';
import './canvasActions.css';

addEnglish(toolMessages);

const noteFieldKeys: Record<NoteField, MessageKey> = {
  text: msg('canvasTools.diff.field.textEdited'),
  author: msg('canvasTools.diff.field.authorChanged'),
  colour: msg('canvasTools.diff.field.colourChanged'),
  votes: msg('canvasTools.diff.field.votes'),
  section: msg('canvasTools.diff.field.moved'),
};
const actionFieldKeys: Record<ActionField, MessageKey> = {
  text: msg('canvasTools.diff.field.textEdited'),
  owner: msg('canvasTools.diff.field.ownerChanged'),
  due: msg('canvasTools.diff.field.dueChanged'),
  priority: msg('canvasTools.diff.field.priorityChanged'),
  section: msg('canvasTools.diff.field.moved'),
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
  if (isEmptyDiff(diff)) return <p className="diff-none">{t('canvasTools.diff.none')}</p>;
  const reviewDate = (date: string | undefined) => (date ? formatDate(date) : t('canvasTools.diff.noDate'));
  return (
    <div className="version-diff">
      <Group
        heading={t('canvasTools.diff.notesAdded')}
        items={diff.notesAdded.map(({ section, note }) => (
          <li key={note.id} className="diff-added">
            <span className="diff-mark">+</span> “{note.text}”{' '}
            <span className="diff-where">{t('canvasTools.diff.in', { section: title(section) })}</span>
          </li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.notesRemoved')}
        items={diff.notesRemoved.map(({ section, note }) => (
          <li key={note.id} className="diff-removed">
            <span className="diff-mark">−</span> “{note.text}”{' '}
            <span className="diff-where">{t('canvasTools.diff.from', { section: title(section) })}</span>
          </li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.notesChanged')}
        items={diff.notesChanged.map(({ id, before, after, fields }) => (
          <li key={id}>
            “{after.note.text}”:{' '}
            {fields
              .map((f) =>
                f === 'section'
                  ? t('canvasTools.diff.movedFromTo', { from: title(before.section), to: title(after.section) })
                  : f === 'votes'
                    ? t('canvasTools.diff.votesFromTo', { before: before.note.votes, after: after.note.votes })
                    : t(noteFieldKeys[f]),
              )
              .join('; ')}
          </li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.status')}
        items={diff.statusChanges.map((c) => (
          <li key={c.section}>
            {title(c.section)}: {statusName(c.from)} → {statusName(c.to)}
          </li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.actionsCompleted')}
        items={diff.actionsCompleted.map(({ action }) => (
          <li key={action.id} className="diff-added">
            <span className="diff-mark">✓</span> {action.text}
          </li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.actionsAdded')}
        items={diff.actionsAdded.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.actionsReopened')}
        items={diff.actionsReopened.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.actionsRemoved')}
        items={diff.actionsRemoved.map(({ action }) => (
          <li key={action.id}>{action.text}</li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.actionsChanged')}
        items={diff.actionsChanged.map(({ id, after, fields }) => (
          <li key={id}>
            {after.action.text}: {fields.map((f) => t(actionFieldKeys[f])).join('; ')}
          </li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.reviews')}
        items={diff.reviewsAdded.map((r, i) => (
          <li key={i}>
            {r.by ? t('canvasTools.diff.reviewBy', { date: formatDate(r.date), name: r.by }) : formatDate(r.date)}
            {r.summary ? `: ${r.summary}` : ''}
          </li>
        ))}
      />
      <Group
        heading={t('canvasTools.diff.other')}
        items={[
          diff.nextReview && (
            <li key="review">
              {t('canvasTools.diff.nextReview', { from: reviewDate(diff.nextReview.from), to: reviewDate(diff.nextReview.to) })}
            </li>
          ),
          diff.map && <li key="map">{t('canvasTools.diff.mapChanged')}</li>,
        ].filter(Boolean)}
      />
    </div>
  );
}
