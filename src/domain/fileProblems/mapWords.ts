import { foundText } from './found.js';
import type { Found } from './found.js';
import { sayer } from './sayer.js';

/** What the map file reader finds wrong (README.md). On a map board's start: kept apart from the other readers' words. */
const formats = { map: 'opencities/ecosystem-map' } as const;

export const mapWords = {
  // A map file's fields (map/fieldReader.ts), also a Kumu or GraphML file's once it is a map.
  required: () => 'is required',
  notObject: (v: { found: Found }) => `expected an object, found ${foundText(v.found)}`,
  notId: (v: { found: Found }) => `expected an id (non-empty text), found ${foundText(v.found)}`,
  notText: (v: { found: Found }) => `expected text, found ${foundText(v.found)}`,
  tooLong: (v: { max: number }) => `is longer than ${v.max} characters`,
  requiredOneOf: (v: { values: string }) => `is required (one of ${v.values})`,
  notOneOf: (v: { found: Found; values: string }) => `${foundText(v.found)} is not one of ${v.values}`,
  notList: (v: { found: Found }) => `expected a list, found ${foundText(v.found)}`,
  listedTwice: (v: { found: Found }) => `${foundText(v.found)} is listed twice`,
  tooManyItems: (v: { max: number }) => `more than ${v.max} items`,
  notShortText: (v: { max: number; found: Found }) => `expected text of at most ${v.max} characters, found ${foundText(v.found)}`,
  notPosition: (v: { found: Found }) => `expected { "x": number, "y": number }, found ${foundText(v.found)}`,
  positionFields: (v: { fields: string }) => `has fields other than x and y: ${v.fields}`,
  // The map's invariants (map/mapProblems.ts); ids as the file writes them, quoted.
  noActor: (v: { id: string }) => `no actor with id ${v.id}`,
  noDataset: (v: { id: string }) => `no dataset with id ${v.id}`,
  noTarget: (v: { id: string }) => `no actor, dataset or flow with id ${v.id}`,
  datasetOnDataFlow: (v: { kind: string }) => `only data flows name a dataset; this is a ${v.kind} flow`,
  idTaken: (v: { id: string; element: 'actor' | 'dataset' | 'flow' | 'note' }) => `${v.id} is already the id of another ${v.element}`,
  // A map file as a whole (map/mapFile.ts).
  notJson: (v: { reason: string }) => `the file is not JSON (${v.reason})`,
  notJsonObject: (v: { found: Found }) => `expected a JSON object, found ${foundText(v.found)}`,
  mapFormatMissing: () => `is missing, expected "${formats.map}": this is not an ecosystem map file`,
  mapFormatWrong: (v: { found: Found }) => `is ${foundText(v.found)}, expected "${formats.map}": this is not an ecosystem map file`,
  mapVersionNotWhole: (v: { found: Found }) => `expected a whole number from 1, found ${foundText(v.found)}`,
  mapVersionNewer: (v: { version: number; max: number }) =>
    `this file is version ${v.version}, newer than this version of Open Cities Studio reads (up to ${v.max}); update Open Cities Studio to open it`,
  listRequired: () => 'is required (a list, possibly empty)',
  moreProblems: (v: { count: number }) => `and ${v.count} more problems`,
} satisfies Record<string, (values: never) => string>;

export const sayMap = sayer(mapWords);
