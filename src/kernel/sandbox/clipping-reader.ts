// Reads clipping files (scans, phone photos, PDFs) in child processes, so a huge, hostile or merely
// unlucky file can take down only its own reader: each process reads one file at a time under a
// time limit and an RSS cap watched from here (tesseract's WebAssembly memory lies outside V8's
// heap cap, so V8 alone would not stop it), and a fresh process takes the next file.
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { ReadFile } from '../../collect/ocr/types.ts';
import { type ErrorCode, PantauError } from '../../domain/errors.ts';
import { endReason, holdOpen, startChild, stderrTail } from './child-process.ts';
import type { ClippingAnswer, ClippingMessage } from './clipping-process.ts';

export interface ClippingReader {
  read(input: { bytes: Uint8Array; fileName: string }): Promise<ReadFile>;
  close(): Promise<void>;
}

export interface ClippingReaderOptions {
  /** Reader processes; 0 reads inline (tests, one-shot commands). */
  processes: number;
  /** RSS cap per process; default 1024. */
  memoryMb?: number;
  /** Time for a file's first page; default 120 s. Each further page of a PDF adds 3/8 of it. */
  timeoutMs?: number;
}

const ENTRY = new URL('./clipping-process.ts', import.meta.url);
/**
 * An A4 page takes 10–20 s of one core to OCR (bench/ocr.ts); on a machine whose cores are shared
 * with the crawl and the API it can take three times that. 120 s stops a reader that is stuck, not
 * one that is slow.
 */
const DEFAULT_TIMEOUT_MS = 120_000;
const EXTRA_PAGE_SHARE = 3 / 8;
const DEFAULT_MEMORY_MB = 1024;
const WATCH_EVERY_MS = 250;
/**
 * WebAssembly memory only grows: a process that one large page left this full of its cap is
 * replaced once idle, so the next file starts from a small heap rather than near the cap.
 */
const RETIRE_AT_SHARE = 0.6;

interface Task {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  resolve(result: ReadFile): void;
  reject(error: Error): void;
}

interface ReaderProcess {
  child: ChildProcess;
  stderr(): string;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Why the parent killed it, when it did. */
  killedFor: 'timeout' | 'memory' | 'closed' | null;
  /** The time limit of the file it reads, in ms. */
  limitMs: number;
  peakRssMb: number;
  exited: boolean;
}

/** A process's resident memory in MB, from /proc (null where there is none, or it has gone). */
export async function rssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

function failure(detail: string): PantauError {
  return new PantauError('ocr_failed', `Berkas tidak dapat dibaca: ${detail}`);
}

export function createClippingReader(options: ClippingReaderOptions): ClippingReader {
  if (options.processes <= 0) {
    let used = false;
    return {
      // Loaded on first use: sharp, pdf.js and tesseract cost every command a second at start-up.
      read: async ({ bytes, fileName }) => {
        used = true;
        return (await import('../../collect/ocr/read-file.ts')).readClippingFile(bytes, fileName);
      },
      close: async () => {
        if (used) await (await import('../../collect/ocr/ocr.ts')).closeOcr();
      },
    };
  }
  const memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const slots: (ReaderProcess | null)[] = Array.from({ length: options.processes }, () => null);
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): ReaderProcess => {
    // V8's own heap holds little here (page buffers live outside it); the RSS watchdog is the cap.
    // Small young-generation spaces: pdf.js makes garbage in bursts, and three 16 MB semi-spaces
    // are RSS the OCR engine could use.
    const child = startChild(ENTRY, {
      heapMb: Math.max(256, Math.round(memoryMb / 2)),
      semiSpaceMb: 4,
      captureStderr: true,
    });
    const proc: ReaderProcess = {
      child,
      stderr: stderrTail(child),
      task: null,
      timer: null,
      killedFor: null,
      limitMs: timeoutMs,
      peakRssMb: 0,
      exited: false,
    };
    child.on('message', (m: ClippingAnswer) => {
      const task = proc.task;
      if (!task || task.id !== m.id) return;
      if (m.kind === 'pages') {
        // A PDF's length is known once it is open: its limit grows with its pages.
        arm(proc, timeoutMs * (1 + EXTRA_PAGE_SHARE * Math.max(0, m.count - 1)));
        return;
      }
      finish(proc);
      if (m.ok) task.resolve(m.result as ReadFile);
      else task.reject(new PantauError(m.code as ErrorCode, m.message));
      void retireIfSwollen(proc).then(next);
    });
    // 'error' is a process that could not be started or sent to; killed, so 'exit' follows.
    child.on('error', () => child.kill('SIGKILL'));
    child.on('exit', (code, signal) => {
      proc.exited = true;
      const task = proc.task;
      finish(proc);
      const slot = slots.indexOf(proc);
      if (slot >= 0) slots[slot] = null;
      if (task) {
        if (proc.killedFor === 'closed')
          task.reject(failure('pembaca kliping ditutup — clipping reader closed'));
        else if (proc.killedFor === 'timeout')
          task.reject(failure(`waktu habis (${Math.round(proc.limitMs / 1000)} detik) — reading timed out`));
        else if (proc.killedFor === 'memory')
          task.reject(
            failure(`memori habis (lebih dari ${memoryMb} MB) — reading took more than ${memoryMb} MB`),
          );
        else
          task.reject(
            failure(`pemroses berhenti (${endReason(code, signal, proc.stderr())}) — reader process exited`),
          );
      }
      next();
    });
    holdOpen(child, false);
    return proc;
  };

  const arm = (proc: ReaderProcess, limitMs: number) => {
    if (proc.timer) clearTimeout(proc.timer);
    proc.limitMs = limitMs;
    proc.timer = setTimeout(() => {
      proc.killedFor = 'timeout';
      proc.child.kill('SIGKILL');
    }, limitMs);
    proc.timer.unref();
  };

  const finish = (proc: ReaderProcess) => {
    if (proc.timer) clearTimeout(proc.timer);
    proc.timer = null;
    proc.task = null;
    if (!proc.exited) holdOpen(proc.child, false);
  };

  const retireIfSwollen = async (proc: ReaderProcess) => {
    if (proc.exited || proc.task) return;
    const rss = await rssMb(proc.child.pid as number);
    if (rss !== null && rss > RETIRE_AT_SHARE * memoryMb && !proc.task && !proc.exited) {
      const slot = slots.indexOf(proc);
      if (slot >= 0) slots[slot] = null;
      proc.child.kill('SIGKILL');
    }
  };

  // One watchdog for all processes: reads each busy one's RSS and kills it past the cap.
  let watching = false;
  const watchdog = setInterval(async () => {
    if (watching) return;
    watching = true;
    try {
      for (const proc of slots) {
        if (!proc?.task || proc.exited || !proc.child.pid) continue;
        const rss = await rssMb(proc.child.pid);
        if (rss === null) continue;
        proc.peakRssMb = Math.max(proc.peakRssMb, rss);
        if (rss > memoryMb && proc.task && !proc.killedFor) {
          proc.killedFor = 'memory';
          proc.child.kill('SIGKILL');
        }
      }
    } finally {
      watching = false;
    }
  }, WATCH_EVERY_MS);
  watchdog.unref();

  const next = () => {
    if (closed) return;
    for (let i = 0; i < slots.length && queue.length > 0; i++) {
      let proc = slots[i] ?? null;
      if (proc?.task) continue;
      if (!proc || proc.exited) {
        proc = spawn();
        slots[i] = proc;
      }
      const task = queue.shift() as Task;
      proc.task = task;
      proc.killedFor = null;
      // A busy reader keeps the caller's event loop alive: its answer is awaited.
      holdOpen(proc.child, true);
      arm(proc, timeoutMs);
      if (proc.child.connected)
        proc.child.send({
          id: task.id,
          bytes: task.bytes,
          fileName: task.fileName,
        } satisfies ClippingMessage);
    }
  };

  return {
    read({ bytes, fileName }) {
      if (closed) return Promise.reject(failure('pembaca kliping ditutup — clipping reader closed'));
      return new Promise<ReadFile>((resolve, reject) => {
        queue.push({ id: nextId++, bytes, fileName, resolve, reject });
        next();
      });
    },
    async close() {
      closed = true;
      clearInterval(watchdog);
      for (const task of queue.splice(0))
        task.reject(failure('pembaca kliping ditutup — clipping reader closed'));
      await Promise.all(
        slots.splice(0).map(
          (proc) =>
            new Promise<void>((resolve) => {
              if (!proc || proc.exited) return resolve();
              proc.child.once('exit', () => resolve());
              proc.killedFor = 'closed';
              holdOpen(proc.child, true);
              proc.child.kill('SIGKILL');
            }),
        ),
      );
    },
  };
}
