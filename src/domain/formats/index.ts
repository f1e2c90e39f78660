// Other tools' formats (formats/interop.md): one reader and one writer per format. Pure: the
// xlsx bytes of a Kumu workbook are read and written in src/server (see README.md).
export type { Cell, Sheet, SheetRow, KumuWorkbook } from './sheet.js';
export { kumuSheetNames, sheetLimits, sheetOf } from './sheet.js';
export { readKumuWorkbook } from './kumuReader.js';
export { writeKumuWorkbook } from './kumuWriter.js';
export { readCsvSheet } from './csvReader.js';
export type { ReadSheetResult } from './csvReader.js';
export { writeCsvSheet } from './csvWriter.js';
export { readKumuCsvFiles, readKumuCsvArchive, kumuCsvRole } from './kumuCsvReader.js';
export type { CsvFile } from './kumuCsvReader.js';
export { readMeasuredZip, zipEntryLiesMessage, zipLimits } from './measuredZip.js';
export type { MeasuredZip } from './measuredZip.js';
export { writeKumuCsvFiles, writeKumuCsvArchive, kumuCsvFileNames } from './kumuCsvWriter.js';
export { readGraphml } from './graphmlReader.js';
export { writeGraphml } from './graphmlWriter.js';
export { writeMermaid, mermaidText } from './mermaidWriter.js';
export { printable } from './printable.js';
export { mapExportFormats, canvasExportFormats } from './exportFormats.js';
export type { MapExportFormat, CanvasExportFormat } from './exportFormats.js';
