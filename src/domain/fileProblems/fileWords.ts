import { sayer } from './sayer.js';

/** What is wrong with a file as a whole: its package, its XML, which file it is (README.md). */
const formats = { map: 'opencities/ecosystem-map', canvas: 'opencities/ethics-canvas' } as const;

export const fileWords = {
  // Packages and workbooks (formats/measuredZip.ts, kumuCsvReader.ts, server's kumuXlsxReader.ts).
  fileOverMegabytes: (v: { mb: number }) => `is larger than ${v.mb} MB`,
  notKumuArchive: (v: { reason: string }) => `is not a zip archive of Kumu CSV files (${v.reason})`,
  archiveWithoutElements: (v: { file: string }) => `holds no ${v.file} (an archive from "opencities export --format kumu-csv" does)`,
  csvNotUtf8: () => 'is not UTF-8 text; save it as "CSV UTF-8"',
  zipLies: () => 'the file is damaged: an entry unpacks to more than it declares; export it again',
  zipUnpacksTooMuch: (v: { mb: number; what: 'workbook' | 'map' }) => `unpacks to more than ${v.mb} MB; import a smaller ${v.what}`,
  zipTooManyFiles: (v: { count: number; max: number; what: 'workbook' | 'map' }) =>
    `holds ${v.count === 0xffff ? 'more than 65,000' : v.count} files; at most ${v.max} are read: import a smaller ${v.what}`,
  oldExcel: () => 'is an old Excel file (.xls); save it as an Excel workbook (.xlsx) and import that',
  notWorkbook: (v: { reason: string }) => `is not an Excel workbook (.xlsx): ${v.reason}`,
  notZipPackage: () => 'is not an Excel workbook (.xlsx): it is not a zip package',
  noElementsSheet: (v: { sheets: string }) =>
    `has no sheet named Elements (a Kumu workbook has Elements and Connections; this one has ${v.sheets || 'no sheets'})`,
  // GraphML (formats/graphmlParse.ts, graphmlReader.ts).
  notXml: (v: { reason: string }) => `is not XML: ${v.reason}`,
  unreadableXml: (v: { reason: string }) => `is not readable XML: ${v.reason}`,
  notGraphml: (v: { root: string }) => `is not GraphML: its root element is ${v.root ? `<${v.root}>` : 'missing'}, not <graphml>`,
  noGraph: () => 'holds no <graph>',
  severalGraphs: (v: { count: number }) => `holds ${v.count} graphs; import them one file at a time`,
  hyperedge: () => 'hyperedges (edges joining more than two nodes) cannot be imported',
  tooManyNodes: (v: { nodes: number; edges: number; max: number }) =>
    `has ${v.nodes} nodes and ${v.edges} edges; at most ${v.max} of each can be imported`,
  notJsonList: () => 'expected a JSON list',
  noNodeId: () => 'has no id',
  endMissing: () => 'is missing',
  noNode: (v: { id: string }) => `no node has the id "${v.id}"`,
  keyNotJson: () => 'is not JSON (its key says its values are JSON)',
  // Which file it is (server's boardFiles.ts).
  notUtf8: () => 'is not UTF-8 text (a spreadsheet program saves it with "CSV UTF-8" or "Unicode (UTF-8)")',
  notABoardFile: () => `is neither "${formats.map}" nor "${formats.canvas}"`,
  connectionsAlone: (v: { file: string }) => `a connections file goes with a Kumu elements CSV file, not with ${v.file}`,
  notKumuPair: () => 'of two Kumu CSV files, one holds the elements (a Label column) and the other the connections (From and To columns)',
} satisfies Record<string, (values: never) => string>;

export const sayFile = sayer(fileWords);
