import reflectionMessages from 'virtual:messages/en/reflection';
import { reflectionColumnLabels } from '../../domain/facilitation/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';
import { nameVoteDetails } from '../facilitation/voteDetailNames.js';

addEnglish(reflectionMessages);

/**
 * The columns' words in the person's language, by the column's stable id. The stored words
 * (`reflectionColumnLabels` in src/domain) stay English: the server's report prints them
 * (docs/i18n.md). A column this page does not know (newer than it) reads as its stored words,
 * else as its id. Call while drawing in a component that uses `useI18n`.
 */
const columnKeys: Record<string, { title: MessageKey; prompt: MessageKey }> = {
  keep: { title: msg('reflection.column.keep.title'), prompt: msg('reflection.column.keep.prompt') },
  change: { title: msg('reflection.column.change.title'), prompt: msg('reflection.column.change.prompt') },
  improve: { title: msg('reflection.column.improve.title'), prompt: msg('reflection.column.improve.prompt') },
};

const stored = (column: string) => (reflectionColumnLabels as Record<string, { title: string; prompt: string } | undefined>)[column];

export function columnTitle(column: string): string {
  const key = columnKeys[column]?.title;
  return key ? translate(key) : (stored(column)?.title ?? column);
}

// A reflection note's column in the voting results (facilitation/voteDetailNames.ts).
nameVoteDetails({ column: (column) => (columnKeys[column] ? columnTitle(column) : undefined) });

export function columnPrompt(column: string): string {
  const key = columnKeys[column]?.prompt;
  return key ? translate(key) : (stored(column)?.prompt ?? '');
}
