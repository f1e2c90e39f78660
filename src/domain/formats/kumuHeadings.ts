/**
 * The headings of each sheet of a Kumu workbook (formats/interop.md) and the map field each
 * fills, in the order the writer puts them. Elements and Connections are Kumu's own sheets
 * (`ID`, `Label`, `Type`, `Description`, `Tags`, `From`, `To`, `direction` are Kumu's names;
 * the rest are custom fields to Kumu); Datasets, Notes and Map hold what Kumu has no place for,
 * so that export then import gives back the same map.
 */

export const elementHeadings = {
  ID: 'id',
  Label: 'name',
  Type: 'type',
  Description: 'description',
  Tags: 'tags',
  Roles: 'roles',
  Skills: 'skills',
  X: 'x',
  Y: 'y',
} as const;

export const connectionHeadings = {
  ID: 'id',
  From: 'from',
  To: 'to',
  Type: 'kind',
  Label: 'label',
  direction: 'direction',
  Dataset: 'datasetName',
  'Dataset ID': 'dataset',
  Frequency: 'frequency',
  Access: 'access',
  Standard: 'standard',
} as const;

export const datasetHeadings = {
  ID: 'id',
  Name: 'name',
  Description: 'description',
  Steward: 'steward',
  'Held by': 'heldBy',
  Sensitivity: 'sensitivity',
  Deidentification: 'deidentification',
  Access: 'access',
  Licence: 'licence',
  Standard: 'standard',
} as const;

export const noteHeadings = {
  ID: 'id',
  Text: 'text',
  Kind: 'kind',
  Target: 'target',
  Author: 'author',
  X: 'x',
  Y: 'y',
} as const;

export const mapHeadings = { ID: 'id', Title: 'title', Description: 'description' } as const;

/** The heading of a field in a heading table (`name` → `Label`). */
export function headingOf(headings: Record<string, string>, field: string): string {
  return Object.entries(headings).find(([, f]) => f === field)?.[0] ?? field;
}
