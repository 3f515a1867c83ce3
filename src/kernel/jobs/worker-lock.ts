// A lock file that lets only one process at a time work the embedded (SQLite) job queue.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PantauError } from '../../domain/errors.ts';

export interface WorkerLock {
  release(): void;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Locks this process already holds, so `crawl --once` can take the lock before its first write and
// the queue it then works takes the same lock again without refusing itself.
const held = new Map<string, number>();

/** The command holding the lock, as written in the file's second line (no options: they may hold secrets). */
function thisCommand(): string {
  const words: string[] = [];
  for (const word of process.argv.slice(2)) {
    if (word.startsWith('-')) break;
    words.push(word);
  }
  return words.join(' ');
}

function refusal(dataDir: string, pid: number, command: string): PantauError {
  if (command === 'serve') {
    return new PantauError(
      'conflict',
      `Server Pantau (pantau serve / npm start, PID ${pid}) sedang berjalan dan sudah merayapi sumber sesuai jadwal; ` +
        '`crawl --once` dan `worker` tidak diperlukan selama server berjalan. Hentikan server dulu (Ctrl+C), ' +
        'jalankan server dengan `--no-workers`, atau gunakan PostgreSQL (DATABASE_URL) untuk beberapa proses — ' +
        'the server is running and already crawls on schedule; stop it first, start it with --no-workers, ' +
        'or use PostgreSQL for several processes.',
    );
  }
  const who = command ? `pantau ${command}, PID ${pid}` : `PID ${pid}`;
  return new PantauError(
    'conflict',
    `Proses Pantau lain (${who}) sedang mengerjakan antrean di ${dataDir}; tunggu sampai selesai atau ` +
      'hentikan dulu, atau gunakan PostgreSQL (DATABASE_URL) untuk beberapa proses — another Pantau process ' +
      'is working this data directory; wait for it or stop it first, or use PostgreSQL for several processes.',
  );
}

/** Set by a process that holds the lock on the child it starts to work the queue under it. */
export const LOCK_HELD_BY_PARENT = 'PANTAU_QUEUE_LOCK_HELD_BY';

export function acquireWorkerLock(dataDir: string): WorkerLock {
  const file = path.join(dataDir, 'worker.lock');
  const nested = held.get(file);
  if (nested) {
    held.set(file, nested + 1);
    return handle(file);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // Private like everything in the data directory, whatever the umask.
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n${thisCommand()}\n`);
      closeSync(fd);
      held.set(file, 1);
      return handle(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const [pidLine, command = ''] = readFileSync(file, 'utf8').split('\n');
      const holder = Number.parseInt(pidLine, 10);
      // The server takes the lock, then works the queue in its crawl process: a child working
      // under its parent's lock holds nothing of its own (the parent removes the file).
      if (holder && holder === process.ppid && process.env[LOCK_HELD_BY_PARENT] === String(holder)) {
        return { release() {} };
      }
      if (holder && holder !== process.pid && processAlive(holder)) {
        throw refusal(dataDir, holder, command.trim());
      }
      // The holder died without cleaning up (kill -9, power loss): take the lock over.
      rmSync(file, { force: true });
    }
  }
  throw new PantauError('conflict', `Tidak dapat mengunci ${file} — could not take the worker lock`);
}

function handle(file: string): WorkerLock {
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      const left = (held.get(file) ?? 1) - 1;
      if (left > 0) {
        held.set(file, left);
        return;
      }
      held.delete(file);
      rmSync(file, { force: true });
    },
  };
}

/**
 * What a process that works the queue holds from before its first write: the embedded queue's lock
 * (so a process refused because another one works it changes nothing), or nothing on PostgreSQL,
 * where several processes share one queue, nor for a queue in this process's memory, which no
 * other process can see.
 */
export function holdQueue(backend: 'embedded' | 'pg-boss' | 'memory', dataDir: string): WorkerLock {
  return backend === 'embedded' ? acquireWorkerLock(dataDir) : { release() {} };
}
