import fileProblemMessages from 'virtual:messages/en/fileProblem';
import type { FileProblemCode, FoundKind, PlaceCode } from '../../domain/fileProblems/index.js';
import { addEnglish, msg, translate, type MessageKey } from './i18n.js';

addEnglish(fileProblemMessages);

/**
 * What the file reader found wrong in an imported file (`FILE_INVALID`'s `details`, docs/errors.md)
 * in the person's language: the file's name, the place and the line as the server named them, the
 * problem worded from its code and values (`fileProblem.` messages; src/domain/fileProblems has
 * the codes and their English). Fetched the first time such an error is shown in a language
 * other than English (apiErrorText.ts); in English the server's own sentence is the same words.
 */
const problemKeys: Record<FileProblemCode, MessageKey> = {
  required: msg('fileProblem.required'),
  notObject: msg('fileProblem.notObject'),
  notId: msg('fileProblem.notId'),
  notText: msg('fileProblem.notText'),
  tooLong: msg('fileProblem.tooLong'),
  requiredOneOf: msg('fileProblem.requiredOneOf'),
  notOneOf: msg('fileProblem.notOneOf'),
  notList: msg('fileProblem.notList'),
  listedTwice: msg('fileProblem.listedTwice'),
  tooManyItems: msg('fileProblem.tooManyItems'),
  notShortText: msg('fileProblem.notShortText'),
  notPosition: msg('fileProblem.notPosition'),
  positionFields: msg('fileProblem.positionFields'),
  noActor: msg('fileProblem.noActor'),
  noDataset: msg('fileProblem.noDataset'),
  noTarget: msg('fileProblem.noTarget'),
  datasetOnDataFlow: msg('fileProblem.datasetOnDataFlow'),
  idTaken: msg('fileProblem.idTaken'),
  notJson: msg('fileProblem.notJson'),
  notJsonObject: msg('fileProblem.notJsonObject'),
  mapFormatMissing: msg('fileProblem.mapFormatMissing'),
  mapFormatWrong: msg('fileProblem.mapFormatWrong'),
  mapVersionNotWhole: msg('fileProblem.mapVersionNotWhole'),
  mapVersionNewer: msg('fileProblem.mapVersionNewer'),
  listRequired: msg('fileProblem.listRequired'),
  moreProblems: msg('fileProblem.moreProblems'),
  canvasNotJson: msg('fileProblem.canvasNotJson'),
  canvasNotJsonAt: msg('fileProblem.canvasNotJsonAt'),
  canvasNotObject: msg('fileProblem.canvasNotObject'),
  canvasFormatMissing: msg('fileProblem.canvasFormatMissing'),
  canvasFormatWrong: msg('fileProblem.canvasFormatWrong'),
  canvasVersionNewer: msg('fileProblem.canvasVersionNewer'),
  canvasVersionWrong: msg('fileProblem.canvasVersionWrong'),
  idUsedTwice: msg('fileProblem.idUsedTwice'),
  missing: msg('fileProblem.missing'),
  mustBe: msg('fileProblem.mustBe'),
  textOverLimit: msg('fileProblem.textOverLimit'),
  notAChoice: msg('fileProblem.notAChoice'),
  unknownSection: msg('fileProblem.unknownSection'),
  notADate: msg('fileProblem.notADate'),
  emptyId: msg('fileProblem.emptyId'),
  idTooLong: msg('fileProblem.idTooLong'),
  notWhole: msg('fileProblem.notWhole'),
  negative: msg('fileProblem.negative'),
  moreThan: msg('fileProblem.moreThan'),
  sheetTooManyColumns: msg('fileProblem.sheetTooManyColumns'),
  csvTooManyColumns: msg('fileProblem.csvTooManyColumns'),
  valueWithoutHeading: msg('fileProblem.valueWithoutHeading'),
  columnTwice: msg('fileProblem.columnTwice'),
  reservedColumn: msg('fileProblem.reservedColumn'),
  jsonColumnNotJson: msg('fileProblem.jsonColumnNotJson'),
  csvBinary: msg('fileProblem.csvBinary'),
  csvInvalid: msg('fileProblem.csvInvalid'),
  csvTooManyRows: msg('fileProblem.csvTooManyRows'),
  sheetTooManyRows: msg('fileProblem.sheetTooManyRows'),
  csvFormula: msg('fileProblem.csvFormula'),
  cellFormula: msg('fileProblem.cellFormula'),
  cellError: msg('fileProblem.cellError'),
  notNumber: msg('fileProblem.notNumber'),
  halfPosition: msg('fileProblem.halfPosition'),
  noLabelColumn: msg('fileProblem.noLabelColumn'),
  noEndColumn: msg('fileProblem.noEndColumn'),
  emptyLabel: msg('fileProblem.emptyLabel'),
  emptyFrom: msg('fileProblem.emptyFrom'),
  emptyTo: msg('fileProblem.emptyTo'),
  emptyDatasetName: msg('fileProblem.emptyDatasetName'),
  emptyNoteText: msg('fileProblem.emptyNoteText'),
  mapSheetOneRow: msg('fileProblem.mapSheetOneRow'),
  ambiguousName: msg('fileProblem.ambiguousName'),
  noElement: msg('fileProblem.noElement'),
  fileOverMegabytes: msg('fileProblem.fileOverMegabytes'),
  notKumuArchive: msg('fileProblem.notKumuArchive'),
  archiveWithoutElements: msg('fileProblem.archiveWithoutElements'),
  csvNotUtf8: msg('fileProblem.csvNotUtf8'),
  zipLies: msg('fileProblem.zipLies'),
  zipUnpacksTooMuch: msg('fileProblem.zipUnpacksTooMuch'),
  zipTooManyFiles: msg('fileProblem.zipTooManyFiles'),
  oldExcel: msg('fileProblem.oldExcel'),
  notWorkbook: msg('fileProblem.notWorkbook'),
  notZipPackage: msg('fileProblem.notZipPackage'),
  noElementsSheet: msg('fileProblem.noElementsSheet'),
  notXml: msg('fileProblem.notXml'),
  unreadableXml: msg('fileProblem.unreadableXml'),
  notGraphml: msg('fileProblem.notGraphml'),
  noGraph: msg('fileProblem.noGraph'),
  severalGraphs: msg('fileProblem.severalGraphs'),
  hyperedge: msg('fileProblem.hyperedge'),
  tooManyNodes: msg('fileProblem.tooManyNodes'),
  notJsonList: msg('fileProblem.notJsonList'),
  noNodeId: msg('fileProblem.noNodeId'),
  endMissing: msg('fileProblem.endMissing'),
  noNode: msg('fileProblem.noNode'),
  keyNotJson: msg('fileProblem.keyNotJson'),
  notUtf8: msg('fileProblem.notUtf8'),
  notABoardFile: msg('fileProblem.notABoardFile'),
  connectionsAlone: msg('fileProblem.connectionsAlone'),
  notKumuPair: msg('fileProblem.notKumuPair'),
};

/** What the file held, in words; a text, true or false and null read as the file writes them. */
const foundKeys: Partial<Record<FoundKind, MessageKey>> = {
  number: msg('fileProblem.found.number'),
  nothing: msg('fileProblem.found.nothing'),
  list: msg('fileProblem.found.list'),
  object: msg('fileProblem.found.object'),
  other: msg('fileProblem.found.other'),
};

/** A place in a sheet or GraphML file (FILE_INVALID's `details.place`, a reader's issue's `place`). */
const placeKeys: Record<PlaceCode, MessageKey> = {
  row: msg('fileProblem.place.row'),
  node: msg('fileProblem.place.node'),
  nodeAt: msg('fileProblem.place.nodeAt'),
  edge: msg('fileProblem.place.edge'),
  edgeAt: msg('fileProblem.place.edgeAt'),
  graph: msg('fileProblem.place.graph'),
};

/** Values a message chooses between, where the server's empty text means "none" (a missing root element, no sheets). */
const noneWhenEmpty = new Set(['root', 'sheets']);

interface Details {
  file: string;
  path: string;
  place?: unknown;
  line?: number;
  problem?: { code: string; values: Record<string, unknown> };
  more: number;
}

function isDetails(value: unknown): value is Details {
  const d = value as Partial<Details> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.file === 'string' &&
    typeof d.path === 'string' &&
    typeof d.more === 'number' &&
    (d.line === undefined || typeof d.line === 'number')
  );
}

function valueText(name: string, value: unknown): string | number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value === '' && noneWhenEmpty.has(name) ? 'none' : value;
  const found = value as { found?: unknown; text?: unknown } | null;
  if (typeof found !== 'object' || found === null || typeof found.found !== 'string' || typeof found.text !== 'string') return undefined;
  const key = foundKeys[found.found as FoundKind];
  return key ? translate(key, { text: found.text }) : found.text;
}

/**
 * A place in the current language (`Elements Zeile 4, Label`), or undefined when it is not one
 * this page can word: the caller then shows the path as the file's reader wrote it.
 */
export function placeText(place: unknown): string | undefined {
  const p = place as { code?: unknown; values?: unknown; field?: unknown; cell?: unknown } | null;
  if (typeof p !== 'object' || p === null || typeof p.code !== 'string' || !Object.hasOwn(placeKeys, p.code)) return undefined;
  if (typeof p.values !== 'object' || p.values === null) return undefined;
  const values = p.values as Record<string, unknown>;
  if (Object.values(values).some((v) => typeof v !== 'string' && typeof v !== 'number')) return undefined;
  let text = translate(placeKeys[p.code as PlaceCode], values as Record<string, string | number>);
  const column = (p.field as { column?: unknown } | null | undefined)?.column;
  const field =
    typeof p.field === 'string'
      ? p.field
      : typeof column === 'number'
        ? translate('fileProblem.place.column', { number: column })
        : undefined;
  if (p.field !== undefined && field === undefined) return undefined;
  if (field !== undefined) text = translate('fileProblem.place.field', { place: text, field });
  if (typeof p.cell === 'string') text = translate('fileProblem.place.cell', { place: text, cell: p.cell });
  return text;
}

/** The problem in the current language, or undefined when its code (or a value) is not one this page knows. */
export function problemText(problem: Details['problem']): string | undefined {
  const key = problem && Object.hasOwn(problemKeys, problem.code) ? problemKeys[problem.code as FileProblemCode] : undefined;
  if (!key || !problem || typeof problem.values !== 'object' || problem.values === null) return undefined;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.values)) {
    const text = valueText(name, value);
    if (text === undefined) return undefined;
    values[name] = text;
  }
  return translate(key, values);
}

/**
 * The whole sentence, as the server's message says it in English: "file: place: problem (line 4)
 * (and 2 more problems). What to do." Undefined when the details are not a file's problem this
 * page can word: the caller then shows the server's message.
 */
export function fileProblemSentence(details: unknown): string | undefined {
  if (!isDetails(details)) return undefined;
  const problem = problemText(details.problem);
  if (problem === undefined) return undefined;
  const { file, line, more } = details;
  const path = (details.place !== undefined && placeText(details.place)) || details.path;
  const where = path === '' ? translate('fileProblem.inFile', { file, problem }) : translate('fileProblem.atPath', { file, path, problem });
  const atLine = line ? ` ${translate('fileProblem.line', { line })}` : '';
  const andMore = more > 0 ? ` ${translate('fileProblem.more', { count: more })}` : '';
  return `${where}${atLine}${andMore}. ${translate('fileProblem.whatToDo')}`;
}

/** What a file reader reports (a map's or canvas's issue), as the web shows one. */
export interface ReaderIssue {
  path: string;
  message: string;
  line?: number;
  problem?: { code: string; values: Record<string, unknown> };
  place?: unknown;
}

/**
 * A reader's problem in the current language: where (its place worded, else its path as the
 * reader wrote it: a field path names the format's own fields) and what. Undefined when the
 * problem has no code this page knows: the caller shows the reader's English.
 */
export function issueWords(issue: ReaderIssue): { where: string; what: string } | undefined {
  const what = problemText(issue.problem);
  if (what === undefined) return undefined;
  return { where: (issue.place !== undefined && placeText(issue.place)) || issue.path, what };
}

/** The first of a reader's problems with its line and how many more there are (fileIssueText.ts `issuesText`); undefined when it cannot be worded. */
export function issuesSentence(issues: readonly ReaderIssue[]): string | undefined {
  const [first] = issues;
  const parts = first && issueWords(first);
  if (!first || !parts) return undefined;
  const more = issues.length - 1;
  const said = parts.where === '' ? parts.what : `${parts.where}: ${parts.what}`;
  const atLine = first.line === undefined ? '' : ` ${translate('fileProblem.line', { line: first.line })}`;
  return `${said}${atLine}${more > 0 ? ` ${translate('fileProblem.more', { count: more })}` : ''}`;
}
