// Per-host politeness: at most N requests in flight to one host and a minimum gap between request
// starts, with every host queued independently so a slow site never holds up the others.
import { FetchError } from '../../domain/errors.ts';

interface Waiter {
  gapMs: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface HostQueue {
  active: number;
  nextStartAt: number;
  waiters: Waiter[];
  timer: NodeJS.Timeout | null;
}

// Idle hosts are forgotten once the map grows past this, so a long crawl of many sites stays small.
const SWEEP_THRESHOLD = 512;

export class HostLimiter {
  private readonly hosts = new Map<string, HostQueue>();
  private closed = false;

  constructor(private readonly concurrency: number) {}

  /** Runs `task` once this host has a free slot and its gap since the previous start has passed. */
  async run<T>(host: string, gapMs: number, task: () => Promise<T>): Promise<T> {
    await this.acquire(host.toLowerCase(), gapMs);
    try {
      return await task();
    } finally {
      this.release(host.toLowerCase());
    }
  }

  /** Fails every queued request; requests already running finish or fail on their own. */
  close(): void {
    this.closed = true;
    for (const queue of this.hosts.values()) {
      if (queue.timer) clearTimeout(queue.timer);
      for (const waiter of queue.waiters.splice(0)) waiter.reject(closedError());
    }
    this.hosts.clear();
  }

  private acquire(host: string, gapMs: number): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    let queue = this.hosts.get(host);
    if (!queue) {
      if (this.hosts.size >= SWEEP_THRESHOLD) this.sweep();
      queue = { active: 0, nextStartAt: 0, waiters: [], timer: null };
      this.hosts.set(host, queue);
    }
    const promise = new Promise<void>((resolve, reject) => queue.waiters.push({ gapMs, resolve, reject }));
    this.pump(queue);
    return promise;
  }

  private release(host: string): void {
    const queue = this.hosts.get(host);
    if (!queue) return;
    queue.active -= 1;
    this.pump(queue);
  }

  private pump(queue: HostQueue): void {
    if (queue.timer) return;
    while (queue.waiters.length > 0 && queue.active < this.concurrency) {
      const now = Date.now();
      if (now < queue.nextStartAt) {
        queue.timer = setTimeout(() => {
          queue.timer = null;
          this.pump(queue);
        }, queue.nextStartAt - now);
        return;
      }
      const waiter = queue.waiters.shift() as Waiter;
      queue.active += 1;
      queue.nextStartAt = now + waiter.gapMs;
      waiter.resolve();
    }
  }

  private sweep(): void {
    const now = Date.now();
    for (const [host, queue] of this.hosts) {
      if (queue.active === 0 && queue.waiters.length === 0 && !queue.timer && queue.nextStartAt <= now) {
        this.hosts.delete(host);
      }
    }
  }
}

function closedError(): FetchError {
  return new FetchError('network', 'Pengambil data sudah ditutup — fetcher closed', '', { retryable: true });
}
