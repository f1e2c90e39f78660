import { formatMapIssues } from '../../domain/map/index.js';
import { i18n, messagesArrived, messagesFor } from './i18n.js';
import { sourceLocale } from './locales.js';
import type * as FileProblemWords from './fileProblemWords.js';
import type { ReaderIssue } from './fileProblemWords.js';

export type { ReaderIssue } from './fileProblemWords.js';

type Words = typeof FileProblemWords;

/** `fileProblemWords.ts` once fetched: only another language needs it. */
let words: Words | null = null;
let fetching = false;

/**
 * The words for what a file reader found wrong (fileProblemWords.ts) in the current language
 * when it is not English. The first call fetches them with their messages and answers
 * undefined: the reader's (or server's) English shows until they arrive, a moment, then the
 * page draws again (`messagesArrived`). Undefined in English, whose readers say the same.
 */
export function fileProblemWordsNow(): Words | undefined {
  if (i18n.locale === sourceLocale) return undefined;
  if (!words) {
    if (!fetching) {
      fetching = true;
      messagesFor(import('./fileProblemWords.js')).then(
        (m) => {
          words = m;
          messagesArrived();
        },
        () => (fetching = false),
      );
    }
    return undefined;
  }
  return words;
}

/**
 * A problem a reader found in a file read in the browser (a canvas imported on its board, a map
 * pasted), as a list shows it: where and what, in the current language. In English, and for a
 * problem without a known code, the reader's own path and sentence, as before. Call while drawing
 * in a component that uses `useI18n`.
 */
export function issueParts(issue: ReaderIssue): { where: string; what: string } {
  return fileProblemWordsNow()?.issueWords(issue) ?? { where: issue.path, what: issue.message };
}

/**
 * The first of a reader's problems in a sentence, with how many more there are:
 * `actors[0].name: is required (line 4) (and 2 more problems)`, in English as the import and the CLI
 * say it (formatMapIssues).
 */
export function issuesText(issues: readonly ReaderIssue[]): string {
  return fileProblemWordsNow()?.issuesSentence(issues) ?? formatMapIssues(issues);
}
