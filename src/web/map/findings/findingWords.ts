import findingsMessages from 'virtual:messages/en/map.findings';
import { findingSentence, type Finding } from '../../../domain/analysis/index.js';
import { addEnglish, translate } from '../../i18n/index.js';

addEnglish(findingsMessages);

/**
 * A finding's sentence in the interface's language: the domain's `findingSentence` (which the
 * server's report uses too) filled from this page's catalogue. Its English is the rule's own
 * `message`, word for word (test/unit/i18n/findingWords.test.ts). Call while drawing, in a
 * component that uses `useI18n`.
 */
export function findingMessage(finding: Finding): string {
  return findingSentence(finding, translate);
}
