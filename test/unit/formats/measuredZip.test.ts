import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readKumuCsvArchive, readMeasuredZip, zipEntryLiesMessage } from '../../../src/domain/formats/index.js';
import { readKumuXlsx } from '../../../src/server/services/kumuXlsxReader.js';
import { deflatedZeros, handmadeZip, lyingWorkbook } from '../../support/hostileFiles.js';
import { errorsOf } from './fixtures.js';

/** SPEC L8: a zip entry is measured while it is inflated, against the size it declares and the package's limit. */
describe('measured zip (SPEC L8)', () => {
  const text = new TextEncoder().encode('Label\nCity Council\n'.repeat(50));
  const entry = (declaredSize: number, zip64 = false) =>
    handmadeZip([{ name: 'elements.csv', data: deflateRawSync(text), method: 8, declaredSize, zip64 }]);

  it('L8: an entry that unpacks to exactly what it declares is read whole', () => {
    const read = readMeasuredZip(entry(text.length), () => true, 'map');
    expect(read).toEqual({ ok: true, files: [{ name: 'elements.csv', data: new Uint8Array(text) }] });
  });

  it('L8: an entry that unpacks to one byte more than it declares is refused as damaged, kept or only measured', () => {
    const lying = entry(text.length - 1);
    for (const keep of [true, false])
      expect(readMeasuredZip(lying, () => keep, 'map')).toEqual({
        ok: false,
        unreadable: false,
        damaged: true,
        message: zipEntryLiesMessage,
        problem: { code: 'zipLies', values: {} },
      });
    expect(zipEntryLiesMessage).toBe('the file is damaged: an entry unpacks to more than it declares; export it again');
  });

  it('L8: a zip64 entry is held to the size in its zip64 extra field', () => {
    expect(readMeasuredZip(entry(text.length, true), () => true, 'map').ok).toBe(true);
    expect(readMeasuredZip(entry(text.length - 1, true), () => true, 'map')).toMatchObject({ ok: false, damaged: true });
  });

  it('L8: a stored (not deflated) entry longer than it declares is refused as damaged', () => {
    const stored = handmadeZip([{ name: 'elements.csv', data: text, method: 0, declaredSize: 10 }]);
    expect(readMeasuredZip(stored, () => true, 'map')).toMatchObject({ ok: false, damaged: true });
  });

  it('L8: a lying workbook and a lying kumu-csv archive are refused with the damaged message, naming the file', async () => {
    expect(errorsOf(await readKumuXlsx(lyingWorkbook(200), 'bomb.xlsx'))).toEqual([`bomb.xlsx: ${zipEntryLiesMessage}`]);
    const archive = handmadeZip([{ name: 'elements.csv', data: deflatedZeros(200), method: 8, declaredSize: 1000 }]);
    expect(errorsOf(readKumuCsvArchive(archive, 'bomb.zip'))).toEqual([`bomb.zip: ${zipEntryLiesMessage}`]);
  });

  it('L8: entries that each tell the truth are still refused past the package limit', () => {
    const big = handmadeZip([
      { name: 'a.csv', data: deflatedZeros(3), method: 8, declaredSize: 3 * 1024 * 1024 },
      { name: 'b.csv', data: deflatedZeros(3), method: 8, declaredSize: 3 * 1024 * 1024 },
    ]);
    const limits = { entries: 10, unpackedBytes: 5 * 1024 * 1024 };
    expect(readMeasuredZip(big, () => false, 'map', limits)).toEqual({
      ok: false,
      unreadable: false,
      message: 'unpacks to more than 5 MB; import a smaller map',
      problem: { code: 'zipUnpacksTooMuch', values: { mb: 5, what: 'map' } },
    });
  });
});
