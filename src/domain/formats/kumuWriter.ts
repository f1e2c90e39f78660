import type { EcosystemMap, Extra } from '../map/index.js';
import { customColumns } from './columns.js';
import { connectionHeadings, datasetHeadings, elementHeadings, mapHeadings, noteHeadings } from './kumuHeadings.js';
import { writeListCell } from './listCell.js';
import type { Cell, KumuWorkbook, Sheet } from './sheet.js';
import { kumuSheetNames, sheetOf } from './sheet.js';

/**
 * Writes a map as a Kumu workbook (formats/interop.md): actors as Elements (ID, Label, Type,
 * Description, Tags, then Roles, Skills and the board position X, Y as custom fields), flows
 * as Connections (From and To by id, Type = flow kind, direction = directed, the dataset by
 * name for Kumu and by id for us), and Datasets, Notes and Map sheets for the rest. Unknown
 * fields follow as custom columns (see columns.ts). `typed`: the file keeps numbers and
 * true/false (xlsx); CSV holds only text.
 *
 * An absent field is an empty cell and an empty text an empty-text cell, so readKumuWorkbook
 * gives back the same map, ids and unknown fields included.
 */
export function writeKumuWorkbook(map: EcosystemMap, options: { typed: boolean }): Required<KumuWorkbook> {
  const datasetNames = new Map(map.datasets.map((d) => [d.id, d.name]));
  return {
    elements: table(kumuSheetNames.elements, elementHeadings, map.actors, options, (a) => [
      a.id,
      a.name,
      a.type,
      a.description,
      writeListCell(a.tags),
      writeListCell(a.roles),
      a.skills,
      a.position?.x,
      a.position?.y,
    ]),
    connections: table(kumuSheetNames.connections, connectionHeadings, map.flows, options, (f) => [
      f.id,
      f.from,
      writeListCell([f.to]),
      f.kind,
      f.label,
      'directed',
      f.dataset === undefined ? undefined : datasetNames.get(f.dataset),
      f.dataset,
      f.frequency,
      f.access,
      f.standard,
    ]),
    datasets: table(kumuSheetNames.datasets, datasetHeadings, map.datasets, options, (d) => [
      d.id,
      d.name,
      d.description,
      d.steward,
      writeListCell(d.heldBy),
      d.sensitivity,
      d.deidentification,
      d.access,
      d.licence,
      d.standard,
    ]),
    notes: table(kumuSheetNames.notes, noteHeadings, map.notes, options, (n) => [
      n.id,
      n.text,
      n.kind,
      n.target,
      n.author,
      n.position?.x,
      n.position?.y,
    ]),
    map: table(kumuSheetNames.map, mapHeadings, [map], options, (m) => [m.id, m.title, m.description]),
  };
}

function table<T extends { extra?: Extra }>(
  name: string,
  headings: Record<string, string>,
  items: readonly T[],
  options: { typed: boolean },
  known: (item: T) => (Cell | undefined)[],
): Sheet {
  const knownHeadings = Object.keys(headings);
  const custom = customColumns(
    items.map((item) => item.extra),
    knownHeadings,
    options.typed,
  );
  return sheetOf(name, [
    [...knownHeadings, ...custom.map((c) => c.heading)],
    ...items.map((item) => [...known(item), ...custom.map((c) => c.cell(item.extra))]),
  ]);
}
