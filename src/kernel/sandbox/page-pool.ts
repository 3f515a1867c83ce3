// Analyses article pages (extraction), article texts (tone, entities, quotes…) and feeds and sitemaps
// in child processes with a memory cap and a time limit, so a hostile document can neither take down
// the crawler nor hold it (or the API beside it) up, and both cores do the CPU work. Processes, not
// threads: each has its own RSS, and the memory a heavy document made it take is returned whole
// when it is replaced.
import type { ChildProcess } from 'node:child_process';
import { type AnalysisSettings, type ArticleAnalysis, analyzeArticle } from '../../analyze/article.ts';
import { type Listing, type ListingInput, readListing, type SiteListing } from '../../collect/listing.ts';
import { analysePage, type PageAnalysis, type PageInput } from '../../collect/page-analysis.ts';
import { type ErrorCode, PantauError } from '../../domain/errors.ts';
import { endReason, holdOpen, ranOutOfMemory, startChild, stderrTail } from './child-process.ts';

export interface ArticleInput {
  title?: string;
  text: string;
  settings: AnalysisSettings;
}

export interface PageAnalyser {
  analyse(input: PageInput): Promise<PageAnalysis>;
  analyseArticle(input: ArticleInput): Promise<ArticleAnalysis>;
  readListing(input: ListingInput): Promise<Listing>;
  /** A feed or sitemap as readListing reads it, or a site's HTML page read for the feeds it names. */
  readDocument(input: ListingInput): Promise<Listing | SiteListing>;
  close(): Promise<void>;
}

export type PageTask =
  | { kind: 'page'; input: PageInput }
  | { kind: 'article'; input: ArticleInput }
  | { kind: 'listing'; input: ListingInput };

/**
 * What is posted to a page process. A workspace's settings (subjects, aliases, tens of thousands of
 * places) are the same for thousands of articles, so each process is sent them once per version and
 * an article names its version; cloning them with every article cost more than analysing it.
 */
export type PageMessage =
  | { kind: 'settings'; version: number; settings: AnalysisSettings; forget: number[] }
  | { kind: 'page'; id: number; input: PageInput }
  | { kind: 'listing'; id: number; input: ListingInput }
  | { kind: 'article'; id: number; title?: string; text: string; settings: number };

/**
 * Settings a process keeps: enough for the workspaces analysed at once, and few enough places (a
 * region's full list of villages is ~80,000, some 30 MB once compiled) to stay within its memory cap.
 */
const KEPT_SETTINGS = 8;
const LISTING_TIME_FACTOR = 4;
/**
 * A process that has read a listing this large is replaced: V8 keeps the heap it grew to (well over
 * a hundred MB for a 10 MB sitemap) long after, and a fresh process costs a fraction of a second.
 */
const RETIRE_AFTER_LISTING_BYTES = 2 * 1024 * 1024;
const KEPT_PLACES = 200_000;

interface Task {
  id: number;
  work: PageTask;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface PageProcess {
  child: ChildProcess;
  stderr(): string;
  tasks: Task[]; // FIFO: the first is the one being worked on
  timer: NodeJS.Timeout | null;
  timedOut: boolean;
  /** Settings versions this process holds and their places, least recently used first. */
  settings: { version: number; places: number }[];
  /** Out of the pool after a large listing: finishes what it was given, then ends. */
  retiring: boolean;
  exited: boolean;
}

/** Kills a page process and waits until it has gone, so a closed pool leaves nothing running. */
function endProcess(proc: PageProcess): Promise<void> {
  if (proc.exited) return Promise.resolve();
  return new Promise((resolve) => {
    proc.child.once('exit', () => resolve());
    // An idle process is unreferenced: referenced again, the caller's event loop waits for its end.
    holdOpen(proc.child, true);
    proc.child.kill('SIGKILL');
  });
}

const ENTRY = new URL('./page-process.ts', import.meta.url);

export interface PagePoolOptions {
  processes: number;
  memoryMb?: number;
  timeoutMs?: number;
}

/** With `processes: 0` pages are analysed inline (tests, one-shot commands). */
export function createPageAnalyser(options: PagePoolOptions): PageAnalyser {
  if (options.processes <= 0) {
    return {
      analyse: async (input) => analysePage(input),
      analyseArticle: async ({ title, text, settings }) => analyzeArticle({ title, text }, settings),
      readListing: async (input) => readListing(input),
      readDocument: async (input) => readListing({ ...input, readPage: true }),
      close: async () => {},
    };
  }
  const memoryMb = options.memoryMb ?? 256;
  const timeoutMs = options.timeoutMs ?? 20_000;
  // A legitimate 10 MB sitemap (100,000 URLs) takes seconds, more on a busy machine: a listing gets
  // several times a page's limit, which still ends one that would hold a process for good.
  const limitFor = (task: Task) => (task.work.kind === 'listing' ? LISTING_TIME_FACTOR : 1) * timeoutMs;
  let nextId = 1;
  let closed = false;
  const processes: PageProcess[] = [];
  const retiring = new Set<PageProcess>();
  // A settings object is one version for as long as the caller reuses it (the workspace-analysis
  // cache keeps it for seconds); a changed workspace yields a new object, so a new version.
  const versions = new WeakMap<AnalysisSettings, number>();
  let nextVersion = 1;

  const spawn = (): PageProcess => {
    const child = startChild(ENTRY, { heapMb: memoryMb, captureStderr: true });
    const proc: PageProcess = {
      child,
      stderr: stderrTail(child),
      tasks: [],
      timer: null,
      timedOut: false,
      settings: [],
      retiring: false,
      exited: false,
    };
    child.on(
      'message',
      (m: { id: number; ok: boolean; result?: unknown; code?: ErrorCode; message?: string }) => {
        const task = proc.tasks.shift();
        if (!task || task.id !== m.id) return;
        if (m.ok) task.resolve(m.result);
        else
          task.reject(
            new PantauError(m.code ?? 'malformed_page', m.message ?? 'halaman tidak dapat diproses'),
          );
        if (
          task.work.kind === 'listing' &&
          task.work.input.body.byteLength >= RETIRE_AFTER_LISTING_BYTES &&
          !proc.retiring
        ) {
          proc.retiring = true;
          const index = processes.indexOf(proc);
          if (index >= 0) processes.splice(index, 1);
          retiring.add(proc);
        }
        if (proc.tasks.length === 0) {
          holdOpen(child, false);
          if (proc.retiring) child.kill('SIGKILL');
        }
        armTimer(proc);
      },
    );
    const fail = (cause: 'error' | 'timeout' | 'exit', detail: string) => {
      if (proc.timer) clearTimeout(proc.timer);
      const [culprit, ...rest] = proc.tasks;
      proc.tasks = [];
      const index = processes.indexOf(proc);
      if (index >= 0) processes.splice(index, 1);
      retiring.delete(proc);
      if (culprit) culprit.reject(processFailure(culprit.work.kind, cause, detail, limitFor(culprit)));
      if (closed) {
        for (const t of rest) t.reject(new PantauError('malformed_page', 'pemroses halaman ditutup'));
        return;
      }
      // Dispatching fills the pool up again with a fresh process.
      for (const t of rest) dispatch(t);
    };
    // 'error' is a process that could not be started or sent to; it is killed so 'exit' follows.
    child.on('error', () => child.kill('SIGKILL'));
    child.on('exit', (code, signal) => {
      proc.exited = true;
      // A process ended on purpose (closed, or retired with nothing left to do) fails nobody.
      if (!processes.includes(proc) && proc.tasks.length === 0) {
        retiring.delete(proc);
        return;
      }
      const said = proc.stderr();
      if (proc.timedOut) fail('timeout', '');
      else if (ranOutOfMemory(code, signal, said)) fail('error', endReason(code, signal, said));
      else fail('exit', endReason(code, signal, said));
    });
    holdOpen(child, false);
    return proc;
  };

  const armTimer = (proc: PageProcess) => {
    if (proc.timer) clearTimeout(proc.timer);
    proc.timer = null;
    if (proc.tasks.length === 0) return;
    proc.timer = setTimeout(
      () => {
        proc.timedOut = true;
        // Killing raises 'exit', which rejects the task being worked on and re-dispatches the rest.
        proc.child.kill('SIGKILL');
      },
      limitFor(proc.tasks[0] as Task),
    );
    proc.timer.unref();
  };

  const dispatch = (task: Task) => {
    // Processes start with the first page: a process that never analyses (an API-only server, a
    // command) never pays for them.
    while (processes.length < options.processes) processes.push(spawn());
    const proc = processes.reduce((a, b) => (b.tasks.length < a.tasks.length ? b : a));
    proc.tasks.push(task);
    // An idle pool must not keep the process alive, a busy one must: its answers are awaited.
    if (proc.tasks.length === 1) holdOpen(proc.child, true);
    post(proc, task);
    if (proc.tasks.length === 1) armTimer(proc);
  };

  const post = (proc: PageProcess, task: Task) => {
    const { work } = task;
    if (work.kind === 'page' || work.kind === 'listing') {
      send(proc, { kind: work.kind, id: task.id, input: work.input } as PageMessage);
      return;
    }
    const { title, text, settings } = work.input;
    let version = versions.get(settings);
    if (version === undefined) {
      version = nextVersion++;
      versions.set(settings, version);
    }
    const places = settings.places?.length ?? 0;
    const held = proc.settings.findIndex((s) => s.version === version);
    if (held >= 0) proc.settings.splice(held, 1);
    else {
      const forget: number[] = [];
      let total = proc.settings.reduce((n, s) => n + s.places, places);
      while (proc.settings.length > 0 && (proc.settings.length >= KEPT_SETTINGS || total > KEPT_PLACES)) {
        const oldest = proc.settings.shift() as { version: number; places: number };
        forget.push(oldest.version);
        total -= oldest.places;
      }
      send(proc, { kind: 'settings', version, settings, forget } satisfies PageMessage);
    }
    proc.settings.push({ version, places });
    send(proc, {
      kind: 'article',
      id: task.id,
      title,
      text,
      settings: version,
    } satisfies PageMessage);
  };

  // A process that died a moment ago cannot be sent to; its 'exit' re-dispatches what it held.
  const send = (proc: PageProcess, message: PageMessage) => {
    if (!proc.exited && proc.child.connected) proc.child.send(message);
  };

  function run<T>(work: PageTask): Promise<T> {
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
    readDocument(input) {
      return run<Listing | SiteListing>({ kind: 'listing', input: { ...input, readPage: true } });
    },
    async close() {
      closed = true;
      const all = [...processes.splice(0), ...retiring];
      retiring.clear();
      await Promise.all(all.map(endProcess));
    },
  };
}

/** Why a task failed when its process died under it: too heavy (memory cap), too slow, or a crash. */
function processFailure(
  kind: PageTask['kind'],
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
  return new PantauError(code, `Pemroses halaman berhenti (${detail}) — page process exited`);
}
