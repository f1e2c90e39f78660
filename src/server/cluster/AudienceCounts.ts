/** How often an instance says its audience counts again while they are above zero (SPEC W4). */
export const audienceSayAgainMs = 5_000;
/** How long another instance's count is believed without being said again: three missed turns (SPEC W4). */
export const audienceFreshMs = 15_000;

interface Heard {
  watching: number;
  /** When it was heard, by this instance's clock (ms): another instance's clock may differ. */
  at: number;
}

/**
 * How many audience members watch each board through every instance (SPEC W4): this
 * instance's own count, as last said to the others, and the counts the others said, each
 * believed for `freshMs` after it was heard. An instance that stops without saying goodbye
 * (zero) is forgotten once its counts age out. Time comes from `now` (ms).
 */
export class AudienceCounts {
  /** This instance's count per board as last said; boards at zero are left out. */
  private readonly own = new Map<string, number>();
  /** Board → instance → what it said. */
  private readonly others = new Map<string, Map<string, Heard>>();

  constructor(
    private readonly now: () => number,
    private readonly freshMs = audienceFreshMs,
  ) {}

  /** This instance's count for a board now: true when it differs from what was last said (say it). */
  setOwn(boardId: string, watching: number): boolean {
    if ((this.own.get(boardId) ?? 0) === watching) return false;
    if (watching > 0) this.own.set(boardId, watching);
    else this.own.delete(boardId);
    return true;
  }

  /** The boards this instance's audience watches and how many: said again now and then. */
  ownCounts(): [boardId: string, watching: number][] {
    return [...this.own];
  }

  /** Another instance said its count for a board: true when the board's total changes. */
  hear(instance: string, boardId: string, watching: number): boolean {
    const before = this.othersWatching(boardId);
    const heard = this.others.get(boardId) ?? new Map<string, Heard>();
    if (watching > 0) heard.set(instance, { watching, at: this.now() });
    else heard.delete(instance);
    if (heard.size > 0) this.others.set(boardId, heard);
    else this.others.delete(boardId);
    return this.othersWatching(boardId) !== before;
  }

  /** The fresh counts of the other instances for a board, summed. */
  othersWatching(boardId: string): number {
    let sum = 0;
    for (const { watching, at } of this.others.get(boardId)?.values() ?? []) if (this.isFresh(at)) sum += watching;
    return sum;
  }

  /** Forgets the counts not said again in time: the boards whose total went down. */
  ageOut(): string[] {
    const changed: string[] = [];
    for (const [boardId, heard] of this.others) {
      const before = heard.size;
      for (const [instance, { at }] of heard) if (!this.isFresh(at)) heard.delete(instance);
      if (heard.size < before) changed.push(boardId);
      if (heard.size === 0) this.others.delete(boardId);
    }
    return changed;
  }

  private isFresh(at: number): boolean {
    return this.now() - at < this.freshMs;
  }
}
