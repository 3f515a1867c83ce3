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

export function acquireWorkerLock(dataDir: string): WorkerLock {
  const file = path.join(dataDir, 'worker.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (holder && holder !== process.pid && processAlive(holder)) {
        throw new PantauError(
          'conflict',
          `Proses Pantau lain (PID ${holder}) sedang mengerjakan antrean di ${dataDir}. ` +
            'Another Pantau process is working this data directory; use PostgreSQL for several workers.',
        );
      }
      // The holder died without cleaning up (kill -9, power loss): take the lock over.
      rmSync(file, { force: true });
    }
  }
  throw new PantauError('conflict', `Tidak dapat mengunci ${file} — could not take the worker lock`);
}
