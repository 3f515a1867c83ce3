// Where a watcher has read up to, in one stream of rows stamped with a time. A row's time is taken
// before its transaction commits, so a row can become visible after a newer one was already read:
// the cursor therefore reads again a short window behind the newest time it saw and skips the rows
// it already told about, instead of losing the late one.

/** How far behind the newest time read a late commit is still caught. */
export const LATE_COMMIT_WINDOW_MS = 30_000;

export class EventCursor<Id> {
  /** Rows already read, by id, with their time; only those inside the window are kept. */
  private readonly seen = new Map<Id, number>();
  private newest: number;
  private primed = false;

  /** `opened` is when the watcher opened. */
  constructor(private readonly opened: number) {
    this.newest = opened;
  }

  /** The time to read from: the window behind the newest row read. */
  since(): string {
    return new Date(this.newest - LATE_COMMIT_WINDOW_MS).toISOString();
  }

  /** Ids read before, that the next read must skip. */
  skip(): Id[] {
    return [...this.seen.keys()];
  }

  /**
   * Keeps the rows that are news, in order, and remembers every row read. The first read also finds
   * rows stamped before the watcher opened, already there when its pages loaded: those are not news.
   * Later reads tell about every row not read before, however early its stamp.
   */
  take<T extends { id: Id; at: string | Date }>(rows: T[]): T[] {
    const news: T[] = [];
    for (const row of rows) {
      if (this.seen.has(row.id)) continue;
      const at = new Date(row.at).getTime();
      this.seen.set(row.id, at);
      if (at > this.newest) this.newest = at;
      if (this.primed || at >= this.opened) news.push(row);
    }
    this.primed = true;
    const floor = this.newest - LATE_COMMIT_WINDOW_MS;
    for (const [id, at] of this.seen) if (at < floor) this.seen.delete(id);
    return news;
  }
}
