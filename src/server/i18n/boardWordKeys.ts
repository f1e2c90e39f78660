import type { RuleId, Severity } from '../../domain/analysis/index.js';
import type { SectionId, SectionStatus } from '../../domain/canvas/index.js';
import type { ReflectionColumn, VotableKind } from '../../domain/facilitation/index.js';
import type { BoardKind } from '../../domain/index.js';
import type { AccessLevel, ActorRole, ActorType, Deidentification, FlowKind, NoteKind, Sensitivity } from '../../domain/map/index.js';
import type { CatalogueKey } from '../../shared/i18n/catalogueKey.js';

/** "data-sources" → "dataSources": how the catalogues name a value of the code in a key. */
const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const key = (k: string) => k as CatalogueKey;

/**
 * Where the server finds the words it shares with the boards in the message catalogues (the
 * report, SPEC F10; a published page, U11): the
 * same entries the web shows (canvas/canvasText.ts, map/mapVocabulary.ts, map/findings/ruleWords.ts,
 * labels.ts, facilitation/VoteResults.tsx, reflection/columnNames.ts), by the value's stable id.
 * test/unit/report/reportMessages.test.ts checks every value names a key whose English is the domain's.
 */
export const boardWordKeys = {
  sectionTitle: (id: SectionId) => key(`canvas.section.${camel(id)}.title`),
  status: (status: SectionStatus) => key(`canvas.status.${camel(status)}`),
  actorType: (type: ActorType) => key(`map.kind.actorType.${camel(type)}`),
  role: (role: ActorRole) => key(`map.kind.role.${camel(role)}`),
  flowKind: (kind: FlowKind) => key(`map.kind.flow.${camel(kind)}`),
  access: (level: AccessLevel) => key(`map.kind.access.${camel(level)}`),
  sensitivity: (sensitivity: Sensitivity) => key(`map.kind.sensitivity.${camel(sensitivity)}`),
  deidentification: (how: Deidentification) => key(`map.kind.deidentification.${camel(how)}`),
  /** A note with no kind is a plain "Note". */
  noteKind: (kind: NoteKind | undefined) => key(kind === undefined ? 'map.kind.note.unset' : `map.kind.note.${camel(kind)}`),
  /** An actor with no type, as its card says it. */
  typeNotSet: key('map.editor.actor.typeNotSet'),
  legendTitle: key('map.legend.title'),
  ruleTitle: (rule: RuleId) => key(`map.findings.rule.${camel(rule)}.title`),
  ruleSuggestion: (rule: RuleId) => key(`map.findings.rule.${camel(rule)}.todo`),
  /** Errors and warnings as the findings panel names them ("For information" is the report's own). */
  severity: (severity: Exclude<Severity, 'info'>) => key(`map.findings.severity.${severity}`),
  boardKind: (kind: BoardKind) => key(`labels.board.${camel(kind)}`),
  votableKind: (kind: VotableKind) => key(`voting.kind.${camel(kind)}`),
  columnTitle: (column: ReflectionColumn) => key(`reflection.column.${column}.title`),
  columnPrompt: (column: ReflectionColumn) => key(`reflection.column.${column}.prompt`),
  credit: key('canvas.credit'),
  /** How a person who removed their name (SPEC K6) is counted. */
  participant: key('labels.role.participant'),
  votes: key('vote.count'),
};
