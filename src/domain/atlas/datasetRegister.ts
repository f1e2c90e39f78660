import { writeCsvSheet } from '../formats/index.js';
import type { EcosystemMap } from '../map/index.js';
import type { MergedElement } from './mergeAtlas.js';
import type { AtlasPlaces } from './types.js';

/** One dataset of the city (SPEC T11): who looks after it, who holds it, where it is mapped, how it is kept. */
export interface RegisterEntry {
  id: string;
  name: string;
  description: string;
  steward: string;
  holders: string[];
  /** Project titles (a board of no project: its board's title), in first-seen order. */
  projects: string[];
  sensitivity: string;
  deidentification: string;
  access: string;
  standard: string;
  licence: string;
}

export function datasetRegister(map: EcosystemMap, elements: Map<string, MergedElement>, places: AtlasPlaces): RegisterEntry[] {
  const names = new Map(map.actors.map((a) => [a.id, a.name || a.id]));
  return map.datasets.map((d) => {
    const sources = elements.get(d.id)?.sources ?? [];
    const projects = [...new Set(sources.map((s) => (s.project ? places.projects[s.project] : places.boards[s.board]) ?? s.board))];
    return {
      id: d.id,
      name: d.name,
      description: d.description ?? '',
      steward: d.steward ? (names.get(d.steward) ?? d.steward) : '',
      holders: d.heldBy.map((h) => names.get(h) ?? h),
      projects,
      sensitivity: d.sensitivity ?? '',
      deidentification: d.deidentification ?? '',
      access: d.access ?? '',
      standard: d.standard ?? '',
      licence: d.licence ?? '',
    };
  });
}

const headings = [
  'Name',
  'Description',
  'Steward',
  'Holders',
  'Projects',
  'Sensitivity',
  'De-identification',
  'Access',
  'Standard',
  'Licence',
];

/** The register as CSV (the map exports' CSV rules: RFC 4180, formula-looking cells quoted); lists joined with "; ". */
export function registerToCsv(entries: RegisterEntry[]): string {
  const rows = [
    headings,
    ...entries.map((e) => [
      e.name,
      e.description,
      e.steward,
      e.holders.join('; '),
      e.projects.join('; '),
      e.sensitivity,
      e.deidentification,
      e.access,
      e.standard,
      e.licence,
    ]),
  ];
  return writeCsvSheet({
    name: 'register',
    rows: rows.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => (c === '' ? undefined : c)) })),
  });
}

/** DCAT-AP's access-right authority table, for a dataset's place on the closed–shared–open spectrum. */
const accessRights: Record<string, string> = {
  open: 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
  shared: 'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
  closed: 'http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC',
};

/**
 * The register as a DCAT catalogue in JSON-LD, in DCAT-AP's shape (SPEC T11): a `dcat:Catalog`
 * of `dcat:Dataset`s with `dct:title`, `dct:description`, `dct:publisher` (the steward, a
 * `foaf:Agent`), `dct:accessRights` (the EU access-right table), `dct:license`, `dct:conformsTo`
 * (the standard). What DCAT has no term for (holders, projects, sensitivity,
 * de-identification) is in the `ocs:` vocabulary, named in the context. No distributions: the
 * atlas knows where data lives, not where to download it.
 */
export function registerToDcat(title: string, cityKeyValue: string, entries: RegisterEntry[]): Record<string, unknown> {
  const base = `urn:opencities:atlas:${encodeURIComponent(cityKeyValue)}`;
  const agent = (name: string) => ({ '@type': 'foaf:Agent', 'foaf:name': name });
  const optional = (key: string, value: unknown) => (value === '' || value === undefined ? {} : { [key]: value });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      ocs: 'https://opencities.studio/ns/atlas#',
    },
    '@id': base,
    '@type': 'dcat:Catalog',
    'dct:title': title,
    'dcat:dataset': entries.map((e) => ({
      '@id': `${base}:${encodeURIComponent(e.id)}`,
      '@type': 'dcat:Dataset',
      'dct:title': e.name,
      ...optional('dct:description', e.description),
      ...(e.steward ? { 'dct:publisher': agent(e.steward) } : {}),
      ...(e.access ? { 'dct:accessRights': { '@id': accessRights[e.access] } } : {}),
      ...optional('dct:license', e.licence),
      ...(e.standard ? { 'dct:conformsTo': { '@type': 'dct:Standard', 'dct:title': e.standard } } : {}),
      'ocs:heldBy': e.holders.map(agent),
      'ocs:projects': e.projects,
      ...optional('ocs:sensitivity', e.sensitivity),
      ...optional('ocs:deidentification', e.deidentification),
    })),
  };
}
