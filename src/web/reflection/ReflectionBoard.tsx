import { useState } from 'react';
import type * as Y from 'yjs';
import { reflectionColumns, type ReflectionColumn } from '../../domain/facilitation/index.js';
import reflectionMessages from 'virtual:messages/en/reflection';
import { useLive } from '../facilitation/liveContext.js';
import { PrivateRoundPanel } from '../facilitation/PrivateRoundPanel.js';
import { usePrivateRound } from '../facilitation/usePrivateRound.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { useSession } from '../session/session.js';
import { AddReflectionNote } from './AddReflectionNote.js';
import { columnTitle } from './columnNames.js';
import { ReflectionColumnView } from './ReflectionColumnView.js';
import { ReflectionNoteCard } from './ReflectionNoteCard.js';
import { addNote, deleteNote, editNote, moveNote } from './reflectionEdits.js';
import { useReflection } from './useReflection.js';
import './reflection.css';

addEnglish(reflectionMessages);

/** What went wrong, said before the reason (the reason is the error's own words). */
const problemKeys = {
  add: msg('reflection.problem.notAdded'),
  edit: msg('reflection.problem.notChanged'),
  move: msg('reflection.problem.notMoved'),
  delete: msg('reflection.problem.notDeleted'),
} satisfies Record<string, MessageKey>;

/** What BoardContent passes every board kind (the ones used here). */
interface Props {
  doc: Y.Doc | null;
  readOnly: boolean;
  disabled: boolean;
  boardId?: string;
}

/**
 * The reflection board (DESIGN.md "Reflection"): keep, change, improve. Private to the group
 * and the facilitators (the server refuses anyone else, SPEC A3). Notes show their writer's
 * name unless posted anonymously; anyone in the group may edit, move or delete any note, as
 * with sticky notes on a wall.
 */
export function ReflectionBoard({ doc, readOnly, disabled, boardId }: Props) {
  const { t } = useI18n();
  const reflection = useReflection(doc);
  const round = usePrivateRound(boardId ?? null);
  const live = useLive();
  const { session } = useSession();
  // Kept as what failed and why, so it reads in the language shown now, not the one it failed in.
  const [problem, setProblem] = useState<{ what: keyof typeof problemKeys; error: unknown } | null>(null);
  // A participant writes as their id; a facilitator account (no participant id) as its account id.
  const authorId = live?.me.participantId ?? (session.state === 'account' ? session.account.id : null);
  const canEdit = !readOnly && !disabled && doc !== null && authorId !== null;

  const nameOf = (author: string | undefined): string | null => {
    if (author === undefined) return null;
    const name = live?.detail.participants.find((p) => p.id === author)?.name ?? (author === authorId ? live?.me.name : undefined);
    if (author === authorId) return name === undefined ? t('reflection.author.youUnnamed') : t('reflection.author.you', { name });
    return name ?? t('reflection.author.facilitator');
  };

  function run(what: keyof typeof problemKeys, edit: (d: Y.Doc) => void): boolean {
    if (!doc || !canEdit) return false;
    try {
      edit(doc);
      setProblem(null);
      return true;
    } catch (e) {
      // Kept as the error, so its reason is said in the language shown now.
      setProblem({ what, error: e });
      return false;
    }
  }

  return (
    <div className="reflection-board">
      <p className="notice notice-info reflection-privacy">{t('reflection.privacy')}</p>
      <PrivateRoundPanel round={round} readOnly={readOnly || disabled} columnName={columnTitle} />
      {problem && (
        <p role="alert" className="notice notice-error">
          {t(problemKeys[problem.what], { reason: apiErrorText(problem.error) })}
        </p>
      )}
      <div className="reflection-columns">
        {reflectionColumns.map((column: ReflectionColumn) => (
          <ReflectionColumnView
            key={column}
            column={column}
            count={reflection[column].length}
            canEdit={canEdit}
            onDropNote={(id) => run('move', (d) => moveNote(d, id, column))}
          >
            {reflection[column].length === 0 ? (
              <p className="muted reflection-empty">{t('reflection.empty')}</p>
            ) : (
              <ul className="reflection-notes">
                {reflection[column].map((note) => (
                  <ReflectionNoteCard
                    key={note.id}
                    note={note}
                    author={nameOf(note.author)}
                    canEdit={canEdit}
                    onEdit={(text) => run('edit', (d) => editNote(d, note.id, text))}
                    onMove={(to) => run('move', (d) => moveNote(d, note.id, to))}
                    onDelete={() => run('delete', (d) => deleteNote(d, note.id))}
                  />
                ))}
              </ul>
            )}
            {canEdit && (
              <AddReflectionNote
                column={column}
                onAdd={(text, anonymous) =>
                  // During a private round the note goes to the server, not the board (SPEC R2).
                  round.holdsBack
                    ? round.add(text, column, anonymous)
                    : run('add', (d) => addNote(d, column, text, authorId ?? '', anonymous))
                }
              />
            )}
          </ReflectionColumnView>
        ))}
      </div>
    </div>
  );
}
