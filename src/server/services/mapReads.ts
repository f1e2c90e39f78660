import * as Y from 'yjs';
import { readMap } from '../../doc/map/index.js';
import type { BoardLog } from '../store/Store.js';
import { applyBoardState } from './boardDoc.js';
import { keptJson, type KeptJson } from './keptJson.js';

export interface MapReadsOptions {
  store: Pick<BoardLog, 'loadBoardState'>;
  /** Most characters of read maps (their JSON) kept in all; the least recently asked go first. */
  maxChars: number;
  /** A read not asked for this long is let go (a deleted board's too, on every instance). */
  keepMs: number;
  log: (line: string) => void;
  now?: () => number;
}

interface Kept {
  /** What the text was read from: a live document and its change count, or the stored log's seqs. */
  version: string;
  answer: KeptJson;
  askedAt: number;
}

/** A live document's identity and how many changes it has had since this server first read it. */
interface LiveVersion {
  doc: number;
  changes: number;
}

/**
 * The maps GET /api/boards/:id/map answers (readMap of src/doc, as JSON), kept per board under
 * the version they were read from, so a board opened again unchanged is answered without
 * decoding or reading it again: by the next participant of a group, on a reload, by the
 * presenter view stepping through boards. The version is the live document's change count when
 * this server has the board loaded, else the stored log's (compacted up to, last seq): any
 * change, on this instance or another, makes a new one, so a kept read is never older than a
 * read made now. Reads are kept up to `maxChars` in all and let go `keepMs` after they were
 * last asked for; `forget` lets a deleted board's go at once.
 */
export class MapReads {
  private readonly kept = new Map<string, Kept>();
  private readonly reading = new Map<string, Promise<KeptJson>>();
  private readonly liveVersions = new WeakMap<Y.Doc, LiveVersion>();
  private docs = 0;
  private chars = 0;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: MapReadsOptions) {
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.letGoOfUnasked(), Math.max(1000, options.keepMs / 2));
    this.sweeper.unref();
  }

  /** Board `boardId`'s map as JSON (and its gzip): from `live`, its document on this server, else from the store. */
  async read(boardId: string, live: Y.Doc | null): Promise<KeptJson> {
    if (live) return this.readOnce(boardId, `live ${this.liveVersion(live)}`, () => live);
    const state = await this.options.store.loadBoardState(boardId);
    const version = `stored ${state.compactedSeq} ${state.updates.at(-1)?.seq ?? state.compactedSeq}`;
    return this.readOnce(boardId, version, () => {
      const doc = new Y.Doc();
      applyBoardState(doc, state, (what, e) => this.options.log(`board ${boardId}: skipped unreadable ${what}: ${e.message}`));
      return doc;
    });
  }

  /** Lets go of a deleted board's read at once. */
  forget(boardId: string): void {
    const kept = this.kept.get(boardId);
    if (kept) this.drop(boardId, kept);
  }

  /** Reads kept now, and their characters (for tests). */
  get size(): { boards: number; chars: number } {
    return { boards: this.kept.size, chars: this.chars };
  }

  close(): void {
    clearInterval(this.sweeper);
    this.kept.clear();
    this.chars = 0;
  }

  private readOnce(boardId: string, version: string, docOf: () => Y.Doc): Promise<KeptJson> {
    const kept = this.kept.get(boardId);
    if (kept?.version === version) {
      kept.askedAt = this.now();
      // Most recently asked last: the first in the map is the first to go.
      this.kept.delete(boardId);
      this.kept.set(boardId, kept);
      return Promise.resolve(kept.answer);
    }
    // Two people opening the same board at once share one read.
    const key = `${boardId} ${version}`;
    const reading = this.reading.get(key);
    if (reading) return reading;
    const read = Promise.resolve()
      .then(() => keptJson(JSON.stringify(readMap(docOf()).map)))
      .then((answer) => {
        this.keep(boardId, { version, answer, askedAt: this.now() });
        return answer;
      });
    this.reading.set(key, read);
    void read.finally(() => this.reading.delete(key)).catch(() => undefined);
    return read;
  }

  /** Keeps `read` as the board's, letting the least recently asked go to make room; one bigger than all the room is not kept. */
  private keep(boardId: string, read: Kept): void {
    const old = this.kept.get(boardId);
    if (old) this.drop(boardId, old);
    if (read.answer.json.length > this.options.maxChars) return;
    for (const [id, first] of this.kept) {
      if (this.chars + read.answer.json.length <= this.options.maxChars) break;
      this.drop(id, first);
    }
    this.kept.set(boardId, read);
    this.chars += read.answer.json.length;
  }

  private drop(boardId: string, kept: Kept): void {
    this.kept.delete(boardId);
    this.chars -= kept.answer.json.length;
  }

  /** Lets go of every read not asked for in `keepMs` (on a timer; tests call it). */
  letGoOfUnasked(): void {
    const before = this.now() - this.options.keepMs;
    for (const [id, kept] of this.kept) if (kept.askedAt < before) this.drop(id, kept);
  }

  private liveVersion(doc: Y.Doc): string {
    let version = this.liveVersions.get(doc);
    if (!version) {
      const made: LiveVersion = { doc: ++this.docs, changes: 0 };
      doc.on('update', () => made.changes++);
      this.liveVersions.set(doc, made);
      version = made;
    }
    return `${version.doc} ${version.changes}`;
  }
}
