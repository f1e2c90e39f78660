import { constants, deflateRawSync } from 'node:zlib';
import { boardLimits, mapFormat, mapFormatVersion } from '../../src/domain/map/index.js';

/**
 * A map file at (or, with `over`, just past) what one board may hold: boardLimits.actors actors
 * on a grid, boardLimits.flows flows between them, boardLimits.datasets datasets and
 * boardLimits.notes sticky notes pinned to actors, flows and datasets, with names, labels and
 * texts of a realistic length. `over` adds that many actors (the first limit a reader checks).
 */
export function mapFileAtLimit(over = 0): string {
  const actors = Array.from({ length: boardLimits.actors + over }, (_, i) => ({
    id: `a${i}`,
    name: `Organisation number ${i}`,
    type: 'public',
    roles: ['steward'],
    position: { x: (i % 70) * 300, y: Math.floor(i / 70) * 200 },
  }));
  const datasets = Array.from({ length: boardLimits.datasets }, (_, i) => ({
    id: `d${i}`,
    name: `Dataset number ${i}`,
    steward: `a${i % boardLimits.actors}`,
    heldBy: [`a${(i * 31 + 7) % boardLimits.actors}`],
  }));
  const flows = Array.from({ length: boardLimits.flows }, (_, i) => ({
    id: `f${i}`,
    from: `a${i % boardLimits.actors}`,
    to: `a${(i * 7919 + 1) % boardLimits.actors}`,
    ...(i % 4 === 0 ? { kind: 'data', dataset: `d${(i / 4) % boardLimits.datasets}` } : { kind: 'value', label: `shares insight ${i}` }),
  }));
  const targets = [
    (i: number) => `a${i % boardLimits.actors}`,
    (i: number) => `f${i % boardLimits.flows}`,
    (i: number) => `d${i % boardLimits.datasets}`,
  ];
  const notes = Array.from({ length: boardLimits.notes }, (_, i) => ({
    id: `n${i}`,
    text: `Who else holds this? Ask at the next meeting (${i})`,
    target: targets[i % 3]!(i),
  }));
  return JSON.stringify({ format: mapFormat, version: mapFormatVersion, title: 'A map at the limits', actors, datasets, flows, notes });
}

function zipRecord(signature: number, fields: number[][], tail: Uint8Array[]): Uint8Array {
  const head: number[] = [];
  for (const n of [[signature, 4], ...fields]) for (let i = 0; i < n[1]!; i++) head.push((n[0]! / 2 ** (8 * i)) & 0xff);
  const out = new Uint8Array(head.length + tail.reduce((s, t) => s + t.length, 0));
  out.set(head);
  let at = head.length;
  for (const t of tail) {
    out.set(t, at);
    at += t.length;
  }
  return out;
}

/**
 * A zip package built by hand: each entry's bytes as given (already deflated when `method` is
 * 8), and the sizes and counts it declares as given, true or not. With `zip64`, an entry's
 * directory record says its size is in a zip64 extra field, and that field holds `declaredSize`.
 */
export function handmadeZip(
  entries: { name: string; data: Uint8Array; method: 0 | 8; declaredSize: number; zip64?: boolean }[],
  declaredCount = entries.length,
): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const extra = e.zip64 ? zip64Extra(e.declaredSize) : new Uint8Array(0);
    const common = [
      [0, 2], // flags
      [e.method, 2],
      [0, 2], // time
      [0, 2], // date
      [0, 4], // crc (not checked before the sizes are)
      [e.data.length, 4],
      [e.zip64 ? 0xffffffff : e.declaredSize, 4],
      [name.length, 2],
      [extra.length, 2],
    ];
    const local = zipRecord(0x04034b50, [[20, 2], ...common], [name, extra, e.data]);
    central.push(zipRecord(0x02014b50, [[20, 2], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]], [name, extra]));
    locals.push(local);
    offset += local.length;
  }
  const directorySize = central.reduce((s, c) => s + c.length, 0);
  const end = zipRecord(
    0x06054b50,
    [
      [0, 2],
      [0, 2],
      [declaredCount, 2],
      [declaredCount, 2],
      [directorySize, 4],
      [offset, 4],
      [0, 2],
    ],
    [],
  );
  const parts = [...locals, ...central, end];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A zip64 extra field holding one size (the unpacked one), little-endian in 8 bytes. */
function zip64Extra(size: number): Uint8Array {
  const out = new Uint8Array(12);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0x0001, true);
  view.setUint16(2, 8, true);
  view.setUint32(4, size % 2 ** 32, true);
  view.setUint32(8, Math.floor(size / 2 ** 32), true);
  return out;
}

/**
 * `megabytes` MB of zeros as one raw deflate stream, made in a moment: one megabyte deflated and
 * flushed to a byte boundary (its back references stay within itself), repeated, then an empty
 * final block. About 1 KB per MB.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const one = deflateRawSync(new Uint8Array(1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const out = new Uint8Array(one.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) out.set(one, i * one.length);
  out.set([0x03, 0x00], one.length * megabytes); // a final fixed-Huffman block holding nothing
  return out;
}

/** An .xlsx that declares its one part unpacks to 1,000 bytes, and inflates to `megabytes` MB. */
export function lyingWorkbook(megabytes: number): Uint8Array {
  return handmadeZip([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(megabytes), method: 8, declaredSize: 1000 }]);
}

/** A zip of `count` empty stored entries. */
export function manyEntryZip(count: number): Uint8Array {
  return handmadeZip(Array.from({ length: count }, (_, i) => ({ name: `e${i}.csv`, data: new Uint8Array(0), method: 0, declaredSize: 0 })));
}
