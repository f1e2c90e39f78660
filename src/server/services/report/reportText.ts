import { findingSentence, type Finding, type RuleId, type Severity } from '../../../domain/analysis/index.js';
import type { ReflectionColumn, VotableItem } from '../../../domain/facilitation/index.js';
import type { BoardKind, WorkshopLanguage } from '../../../domain/index.js';
import type { NoteKind } from '../../../domain/map/index.js';
import type { BoardVocabulary } from '../../../domain/index.js';
import type { CatalogueKey } from '../../../shared/i18n/catalogueKey.js';
import { catalogueText, dateInWords, type Translate } from '../../../shared/i18n/catalogueText.js';
import { boardCatalogue } from '../../i18n/boardCatalogues.js';
import { boardVocabulary } from '../../i18n/boardVocabulary.js';
import { cy } from './messages/cy.js';
import { de } from './messages/de.js';
import { en, type ReportCatalogue, type ReportKey } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';
import { boardWordKeys as keys } from '../../i18n/boardWordKeys.js';

const catalogues: Record<WorkshopLanguage, ReportCatalogue> = { en, cy, de, fr, es };

/** The locale of each language's numbers, and the tag the PDF declares: British English for English. */
const locales: Record<WorkshopLanguage, string> = { en: 'en-GB', cy: 'cy-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/**
 * The report's words in one language (SPEC F10): its own messages (messages/<code>.ts) and the
 * vocabulary it shares with the boards, read from the web's catalogues (src/server/i18n/boardWordKeys.ts).
 */
export interface ReportText extends BoardVocabulary {
  readonly language: WorkshopLanguage;
  /** BCP 47 tag of the text ("en-GB", "de-DE"), for the PDF's language. */
  readonly locale: string;
  readonly t: Translate<ReportKey>;
  /** A message of the web's catalogues: the boards' own words. */
  readonly words: Translate<CatalogueKey>;
  /**
   * A day (an ISO date or time) in the language's words ("27. November 2026"); in English the
   * ISO day as the report always wrote it ("2026-11-27"), which tools and tests match.
   */
  date(iso: string): string;
  /** A figure with two decimals in the language ("0.27", "0,27"). */
  decimal(n: number): string;
  /** "Label:" with the language's spacing ("Label :" in French). */
  colon(label: string): string;
  /** "Ecosystem map: Air quality (Group 1)", the kind in the language (see `boardHeading`). */
  board(kind: BoardKind | 'votes', board: { title: string; group: string | null }): string;
  noteKind(kind: NoteKind | undefined): string;
  ruleTitle(rule: RuleId): string;
  ruleSuggestion(rule: RuleId): string;
  severity(severity: Severity): string;
  /** A finding's sentence, worded as the findings panel words it (findingSentence). */
  finding(finding: Finding): string;
  /** "Map note (Issue)": an item's kind in the language, its stored detail as it is. */
  votableKind(item: Pick<VotableItem, 'kind' | 'detail'>): string;
  column(column: ReflectionColumn): { title: string; prompt: string };
  votes(count: number): string;
}

const made = new Map<WorkshopLanguage, ReportText>();

/** The report's words in `language`, English when none is given; made once per language. */
export function reportText(language: WorkshopLanguage = 'en'): ReportText {
  let text = made.get(language);
  if (!text) {
    text = makeReportText(language);
    made.set(language, text);
  }
  return text;
}

function makeReportText(language: WorkshopLanguage): ReportText {
  const t = catalogueText(catalogues[language], language);
  const words = boardCatalogue(language);
  const locale = locales[language];
  const decimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const colon = (label: string) => t('colon', { label });
  return {
    ...boardVocabulary(language),
    language,
    locale,
    t,
    words,
    date: (iso) => (language === 'en' ? iso.slice(0, 10) : dateInWords(iso, language)),
    decimal: (n) => (Number.isFinite(n) ? decimals.format(n) : n.toFixed(2)),
    colon,
    board: (kind, board) => boardHeading(kind === 'votes' ? t('votes.heading') : words(keys.boardKind(kind)), board, colon),
    noteKind: (kind) => words(keys.noteKind(kind)),
    ruleTitle: (rule) => words(keys.ruleTitle(rule)),
    ruleSuggestion: (rule) => words(keys.ruleSuggestion(rule)),
    severity: (severity) => (severity === 'info' ? t('findings.severity.info') : words(keys.severity(severity))),
    finding: (finding) => findingSentence(finding, words),
    votableKind: (item) => {
      const kind = words(keys.votableKind(item.kind));
      return item.detail ? `${kind} (${item.detail})` : kind;
    },
    column: (column) => ({ title: words(keys.columnTitle(column)), prompt: words(keys.columnPrompt(column)) }),
    votes: (count) => words(keys.votes, { count }),
  };
}

/**
 * A board's heading: "Ecosystem map: Air quality (Group 1)". The kind is left out when the
 * title starts with it, the group when the title names it already ("Data ethics canvas —
 * Group 1" stays as it is).
 */
export function boardHeading(kind: string, board: { title: string; group: string | null }, colon: (label: string) => string): string {
  const group = board.group === null || board.title.includes(board.group) ? '' : ` (${board.group})`;
  const named = board.title.toLowerCase().startsWith(kind.toLowerCase()) ? board.title : `${colon(kind)} ${board.title}`;
  return `${named}${group}`;
}
