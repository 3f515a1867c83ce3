// Child processes Pantau starts for itself. Worker threads share their process's memory, so a
// server whose crawl and page analysis ran on threads was one process of 900 MB under a hostile
// crawl (bench/hostile.ts); as processes each has its own heap cap and its own RSS, and the kernel
// returns all of a process's memory when it ends.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BOOT = fileURLToPath(new URL('./process-boot.js', import.meta.url));

export interface ChildOptions {
  /** V8's old-space cap; past it the child aborts (SIGABRT) and its parent says why. */
  heapMb?: number;
  /**
   * V8's young-generation semi-space cap. Its default (16 MB, three of them in use under a burst of
   * allocation) suits throughput; a process that mostly waits on the network can do with less.
   */
  semiSpaceMb?: number;
  /** Keep the child's stderr to read why it ended instead of printing it (page processes). */
  captureStderr?: boolean;
  /** Added to the parent's environment. */
  env?: Record<string, string>;
}

/** Starts `entry` (a module URL) under the tsx loader, talking structured-clone messages over IPC. */
export function startChild(entry: URL | string, options: ChildOptions = {}): ChildProcess {
  return fork(BOOT, [String(entry)], {
    // Not the parent's: a bench's or a test runner's flags are not the child's business.
    execArgv: [
      ...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []),
      ...(options.semiSpaceMb ? [`--max-semi-space-size=${options.semiSpaceMb}`] : []),
    ],
    serialization: 'advanced',
    env: {
      ...process.env,
      // glibc gives each thread that allocates (libuv's pool, V8's helpers) an arena of its own and
      // keeps what is freed in it: with two, the crawl's peak under the hostile bench fell by tens
      // of MB. Other C libraries ignore the variable.
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      ...options.env,
    },
    stdio: ['ignore', 'inherit', options.captureStderr ? 'pipe' : 'inherit', 'ipc'],
  });
}

/** Whether a child holds its parent's event loop open: a busy one must, an idle one must not. */
export function holdOpen(child: ChildProcess, hold: boolean): void {
  const channel = child.channel as { ref(): void; unref(): void } | null | undefined;
  const stderr = child.stderr as { ref?(): void; unref?(): void } | null;
  if (hold) {
    child.ref();
    channel?.ref();
    stderr?.ref?.();
  } else {
    child.unref();
    channel?.unref();
    stderr?.unref?.();
  }
}

/** The last few KB a child wrote to a captured stderr, to say why it ended. */
export function stderrTail(child: ChildProcess, keepBytes = 4096): () => string {
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-keepBytes);
  });
  return () => tail;
}

/** Why a child that ended on its own ended, in words: V8's own reason when it ran out of heap. */
export function endReason(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  const fatal = /FATAL ERROR: ([^\n]+)/.exec(stderr)?.[1]?.trim();
  if (fatal) return fatal;
  return signal ? `signal ${signal}` : `code ${code}`;
}

/** A child that ran out of heap: V8 aborts the process (SIGABRT, or 134 when a shell reports it). */
export function ranOutOfMemory(code: number | null, signal: NodeJS.Signals | null, stderr: string): boolean {
  return signal === 'SIGABRT' || code === 134 || /heap out of memory|Reached heap limit/.test(stderr);
}
