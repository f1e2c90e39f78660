import { sayFile, type FileProblem, type Said } from '../fileProblems/index.js';
import { Inflate, strFromU8 } from 'fflate';
import { sheetLimits } from './sheet.js';

/**
 * What a zip package (an .xlsx workbook, a kumu-csv archive) may hold. A workbook has a dozen
 * parts and this app's archive five files; a thousand entries is far past both. Unpacked, a
 * package may hold five times the largest file imported: text and XML compress about that much.
 */
export const zipLimits = {
  entries: 1_000,
  unpackedBytes: sheetLimits.fileBytes * 5,
} as const;

export type MeasuredZip =
  | { ok: true; files: { name: string; data: Uint8Array }[] }
  /**
   * `unreadable`: not a zip package, and `message` says why; `damaged`: a zip package whose entry
   * unpacks to more than it declares (a message to show as it is); otherwise it is over a limit,
   * and says which.
   */
  | { ok: false; unreadable: boolean; damaged?: true; message: string; problem?: FileProblem };

/** The message for an entry that unpacks to more than the size its package declares for it. */
export const zipEntryLiesMessage = sayFile('zipLies').message;

/** Compressed bytes given to the inflater at a time: deflate expands at most about 1,032 times, so one step makes at most ~4 MB. */
const step = 4 * 1024;

/** A package refused for a limit, or for lying about a size: its problem goes with it. */
class Refused extends Error {
  constructor(readonly said: Said) {
    super(said.message);
  }
}
class Damaged extends Refused {}

/** The size a zip32 field holds when the real one is in the entry's zip64 extra field. */
const zip64Size = 0xffffffff;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * Reads a zip package without trusting the sizes it declares: the number of entries is checked
 * from its directory before anything is inflated, and every entry is inflated a few kilobytes
 * at a time with a count of the bytes that come out, stopping as soon as an entry passes the
 * size its directory declares for it (`damaged`: a lying entry, SPEC L8) or the package passes
 * `zipLimits.unpackedBytes`. Nothing is kept of an entry that is only measured, so at most one
 * step's output (about 4 MB) is held beyond what is kept. (A 1.5 MB workbook that declared
 * 1,000 bytes inflated to 1.5 GB in memory, then to the 100 MB limit, before this.) Entries
 * whose name `keep` accepts come back whole; the others are only measured. Over a limit, the
 * message names it and asks for a smaller `what` ("workbook", "map").
 */
export function readMeasuredZip(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  what: 'workbook' | 'map',
  limits: { entries: number; unpackedBytes: number } = zipLimits,
): MeasuredZip {
  try {
    const directory = readDirectory(bytes, limits.entries, what);
    let total = 0;
    const files: { name: string; data: Uint8Array }[] = [];
    for (const entry of directory) {
      const kept = keep(entry.name);
      const chunks: Uint8Array[] = [];
      let unpacked = 0;
      const take = (chunk: Uint8Array) => {
        unpacked += chunk.length;
        total += chunk.length;
        if (unpacked > entry.declaredSize) throw new Damaged(sayFile('zipLies'));
        if (total > limits.unpackedBytes) throw new Refused(sayFile('zipUnpacksTooMuch', { mb: limits.unpackedBytes / 1024 / 1024, what }));
        if (kept) chunks.push(chunk);
      };
      inflateEntry(bytes, entry, take);
      if (kept) files.push({ name: entry.name, data: joined(chunks) });
    }
    return { ok: true, files };
  } catch (e) {
    if (e instanceof Damaged) return { ok: false, unreadable: false, damaged: true, ...e.said };
    if (e instanceof Refused) return { ok: false, unreadable: false, ...e.said };
    return { ok: false, unreadable: true, message: e instanceof Error ? e.message : String(e) };
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  /** The unpacked size the directory declares: checked while inflating, never trusted. */
  declaredSize: number;
  localHeader: number;
}

/** The central directory's entries, refused when there are more than `maxEntries` (counted before reading any). */
function readDirectory(bytes: Uint8Array, maxEntries: number, what: 'workbook' | 'map'): Entry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) throw new Error('no zip directory at its end');
  const count = u16(bytes, end + 10);
  if (count > maxEntries || count === 0xffff) throw new Refused(sayFile('zipTooManyFiles', { count, max: maxEntries, what }));
  const entries: Entry[] = [];
  let at = u32(bytes, end + 16);
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new Error('a damaged zip directory');
    const nameLength = u16(bytes, at + 28);
    entries.push({
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      declaredSize: declaredSize(bytes, at, nameLength),
      localHeader: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/**
 * The unpacked size a directory record (at `at`) declares: its zip32 field, or, when that says
 * "in the zip64 extra field", the first 8 bytes of that field. Without one, the size is unknown
 * (Infinity) and only the package's limit bounds the entry.
 */
function declaredSize(bytes: Uint8Array, at: number, nameLength: number): number {
  const size = u32(bytes, at + 24);
  if (size !== zip64Size) return size;
  const extraEnd = at + 46 + nameLength + u16(bytes, at + 30);
  for (let x = at + 46 + nameLength; x + 4 <= extraEnd; x += 4 + u16(bytes, x + 2))
    if (u16(bytes, x) === 0x0001 && u16(bytes, x + 2) >= 8) return u32(bytes, x + 4) + u32(bytes, x + 8) * 2 ** 32;
  return Infinity;
}

/** Feeds an entry's bytes, as they come out, to `take`; the compressed size is trusted only up to the end of the file. */
function inflateEntry(bytes: Uint8Array, entry: Entry, take: (chunk: Uint8Array) => void): void {
  const at = entry.localHeader;
  if (u32(bytes, at) !== 0x04034b50) throw new Error(`a damaged entry "${entry.name}"`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (entry.method === 0) {
    take(data);
    return;
  }
  if (entry.method !== 8) throw new Error(`"${entry.name}" uses compression method ${entry.method}, not deflate`);
  const inflater = new Inflate((chunk) => take(chunk));
  for (let from = 0; from < data.length; from += step) {
    const to = Math.min(data.length, from + step);
    inflater.push(data.subarray(from, to), to === data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
}

function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
