// Analyses article pages (extraction), article texts (tone, entities, quotes…) and feeds and sitemaps
// on worker threads with a memory cap and a time limit, so a hostile document can neither take down
// the crawler nor hold it (or the API beside it) up, and both cores do the CPU work.
import { Worker } from 'node:worker_threads';
import { type AnalysisSettings, type ArticleAnalysis, analyzeArticle } from '../../analyze/article.ts';
import { type Listing, type ListingInput, readListing } from '../../collect/listing.ts';
import { analysePage, type PageAnalysis, type PageInput } from '../../collect/page-analysis.ts';
import { type ErrorCode, PantauError } from '../../domain/errors.ts';

export interface ArticleInput {
  title?: string;
  text: string;
  settings: AnalysisSettings;
}

export interface PageAnalyser {
  analyse(input: PageInput): Promise<PageAnalysis>;
  analyseArticle(input: ArticleInput): Promise<ArticleAnalysis>;
  readListing(input: ListingInput): Promise<Listing>;
  close(): Promise<void>;
}

export type ThreadTask =
  | { kind: 'page'; input: PageInput }
  | { kind: 'article'; input: ArticleInput }
  | { kind: 'listing'; input: ListingInput };

/**
 * What is posted to a thread. A workspace's settings (subjects, aliases, tens of thousands of
 * places) are the same for thousands of articles, so each thread is sent them once per version and
 * an article names its version; cloning them with every article cost more than analysing it.
 */
export type ThreadMessage =
  | { kind: 'settings'; version: number; settings: AnalysisSettings; forget: number[] }
  | { kind: 'page'; id: number; input: PageInput }
  | { kind: 'listing'; id: number; input: ListingInput }
  | { kind: 'article'; id: number; title?: string; text: string; settings: number };

/**
 * Settings a thread keeps: enough for the workspaces analysed at once, and few enough places (a
 * region's full list of villages is ~80,000, some 30 MB once compiled) to stay within its memory cap.
 */
const KEPT_SETTINGS = 8;
const LISTING_TIME_FACTOR = 4;
/**
 * A thread that has read a listing this large is replaced: V8 keeps the heap it grew to (well over
 * a hundred MB for a 10 MB sitemap) long after, and a fresh thread costs a fraction of a second.
 */
const RETIRE_AFTER_LISTING_BYTES = 2 * 1024 * 1024;
const KEPT_PLACES = 200_000;

interface Task {
  id: number;
  work: ThreadTask;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  tasks: Task[]; // FIFO: the first is the one being worked on
  timer: NodeJS.Timeout | null;
  timedOut: boolean;
  /** Settings versions this thread holds and their places, least recently used first. */
  settings: { version: number; places: number }[];
  /** Out of the pool after a large listing: finishes what it was given, then ends. */
  retiring: boolean;
}

const BOOT = new URL('./thread-boot.js', import.meta.url);
const ENTRY = new URL('./page-thread.ts', import.meta.url).href;

export interface PagePoolOptions {
  threads: number;
  memoryMb?: number;
  timeoutMs?: number;
}

/** With `threads: 0` pages are analysed inline (tests, one-shot commands). */
export function createPageAnalyser(options: PagePoolOptions): PageAnalyser {
  if (options.threads <= 0) {
    return {
      analyse: async (input) => analysePage(input),
      analyseArticle: async ({ title, text, settings }) => analyzeArticle({ title, text }, settings),
      readListing: async (input) => readListing(input),
      close: async () => {},
    };
  }
  const memoryMb = options.memoryMb ?? 256;
  const timeoutMs = options.timeoutMs ?? 20_000;
  // A legitimate 10 MB sitemap (100,000 URLs) takes seconds, more on a busy machine: a listing gets
  // several times a page's limit, which still ends one that would hold a thread for good.
  const limitFor = (task: Task) => (task.work.kind === 'listing' ? LISTING_TIME_FACTOR : 1) * timeoutMs;
  let nextId = 1;
  let closed = false;
  const threads: Thread[] = [];
  const retiring = new Set<Thread>();
  // A settings object is one version for as long as the caller reuses it (the workspace-analysis
  // cache keeps it for seconds); a changed workspace yields a new object, so a new version.
  const versions = new WeakMap<AnalysisSettings, number>();
  let nextVersion = 1;

  const spawn = (): Thread => {
    const worker = new Worker(BOOT, {
      workerData: { entry: ENTRY },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    });
    const thread: Thread = {
      worker,
      tasks: [],
      timer: null,
      timedOut: false,
      settings: [],
      retiring: false,
    };
    worker.on(
      'message',
      (m: { id: number; ok: boolean; result?: unknown; code?: ErrorCode; message?: string }) => {
        const task = thread.tasks.shift();
        if (!task || task.id !== m.id) return;
        if (m.ok) task.resolve(m.result);
        else
          task.reject(
            new PantauError(m.code ?? 'malformed_page', m.message ?? 'halaman tidak dapat diproses'),
          );
        if (
          task.work.kind === 'listing' &&
          task.work.input.body.byteLength >= RETIRE_AFTER_LISTING_BYTES &&
          !thread.retiring
        ) {
          thread.retiring = true;
          const index = threads.indexOf(thread);
          if (index >= 0) threads.splice(index, 1);
          retiring.add(thread);
        }
        if (thread.tasks.length === 0) {
          thread.worker.unref();
          if (thread.retiring) void thread.worker.terminate();
        }
        armTimer(thread);
      },
    );
    const fail = (cause: 'error' | 'timeout' | 'exit', detail: string) => {
      if (thread.timer) clearTimeout(thread.timer);
      const [culprit, ...rest] = thread.tasks;
      thread.tasks = [];
      const index = threads.indexOf(thread);
      if (index >= 0) threads.splice(index, 1);
      retiring.delete(thread);
      if (culprit) culprit.reject(threadFailure(culprit.work.kind, cause, detail, limitFor(culprit)));
      if (closed) {
        for (const t of rest) t.reject(new PantauError('malformed_page', 'pemroses halaman ditutup'));
        return;
      }
      // Dispatching fills the pool up again with a fresh thread.
      for (const t of rest) dispatch(t);
    };
    worker.on('error', (e) => fail('error', (e as Error).message));
    worker.on('exit', (code) => {
      // A thread ended on purpose (closed, or retired with nothing left to do) fails nobody.
      if (!threads.includes(thread) && thread.tasks.length === 0) {
        retiring.delete(thread);
        return;
      }
      fail(thread.timedOut ? 'timeout' : 'exit', String(code));
    });
    worker.unref();
    return thread;
  };

  const armTimer = (thread: Thread) => {
    if (thread.timer) clearTimeout(thread.timer);
    thread.timer = null;
    if (thread.tasks.length === 0) return;
    thread.timer = setTimeout(
      () => {
        thread.timedOut = true;
        // Terminating raises 'exit', which rejects the task being worked on and re-dispatches the rest.
        void thread.worker.terminate();
      },
      limitFor(thread.tasks[0] as Task),
    );
    thread.timer.unref();
  };

  const dispatch = (task: Task) => {
    // Threads start with the first page: a process that never analyses (an API-only server, a
    // command) never pays for them.
    while (threads.length < options.threads) threads.push(spawn());
    const thread = threads.reduce((a, b) => (b.tasks.length < a.tasks.length ? b : a));
    thread.tasks.push(task);
    // An idle pool must not keep the process alive, a busy one must: its answers are awaited.
    if (thread.tasks.length === 1) thread.worker.ref();
    post(thread, task);
    if (thread.tasks.length === 1) armTimer(thread);
  };

  const post = (thread: Thread, task: Task) => {
    const { work } = task;
    if (work.kind === 'page' || work.kind === 'listing') {
      thread.worker.postMessage({ kind: work.kind, id: task.id, input: work.input } as ThreadMessage);
      return;
    }
    const { title, text, settings } = work.input;
    let version = versions.get(settings);
    if (version === undefined) {
      version = nextVersion++;
      versions.set(settings, version);
    }
    const places = settings.places?.length ?? 0;
    const held = thread.settings.findIndex((s) => s.version === version);
    if (held >= 0) thread.settings.splice(held, 1);
    else {
      const forget: number[] = [];
      let total = thread.settings.reduce((n, s) => n + s.places, places);
      while (thread.settings.length > 0 && (thread.settings.length >= KEPT_SETTINGS || total > KEPT_PLACES)) {
        const oldest = thread.settings.shift() as { version: number; places: number };
        forget.push(oldest.version);
        total -= oldest.places;
      }
      thread.worker.postMessage({ kind: 'settings', version, settings, forget } satisfies ThreadMessage);
    }
    thread.settings.push({ version, places });
    thread.worker.postMessage({
      kind: 'article',
      id: task.id,
      title,
      text,
      settings: version,
    } satisfies ThreadMessage);
  };

  function run<T>(work: ThreadTask): Promise<T> {
    if (closed) return Promise.reject(new PantauError('malformed_page', 'pemroses halaman ditutup'));
    return new Promise<T>((resolve, reject) =>
      dispatch({ id: nextId++, work, resolve: resolve as (r: unknown) => void, reject }),
    );
  }

  return {
    analyse(input) {
      return run<PageAnalysis>({ kind: 'page', input });
    },
    analyseArticle(input) {
      return run<ArticleAnalysis>({ kind: 'article', input });
    },
    readListing(input) {
      return run<Listing>({ kind: 'listing', input });
    },
    async close() {
      closed = true;
      const all = [...threads.splice(0), ...retiring];
      retiring.clear();
      await Promise.all(all.map((t) => t.worker.terminate()));
    },
  };
}

/** Why a task failed when its thread died under it: too heavy (memory cap), too slow, or a crash. */
function threadFailure(
  kind: ThreadTask['kind'],
  cause: 'error' | 'timeout' | 'exit',
  detail: string,
  timeoutMs: number,
): PantauError {
  const listing = kind === 'listing';
  const what = listing ? 'Feed atau sitemap' : 'Halaman';
  const code: ErrorCode = listing ? 'malformed_feed' : 'malformed_page';
  if (cause === 'error')
    return new PantauError(
      code,
      `${what} terlalu berat untuk diproses — ${listing ? 'listing' : 'page'} analysis failed: ${detail}`,
    );
  if (cause === 'timeout')
    return new PantauError(
      code,
      `Waktu pemrosesan ${what.toLowerCase()} habis (${timeoutMs} ms) — ${listing ? 'listing' : 'page'} analysis timed out`,
    );
  return new PantauError(code, `Pemroses halaman berhenti (kode ${detail}) — page worker exited`);
}
