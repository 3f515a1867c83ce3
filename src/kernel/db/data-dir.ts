// The data directory is private to the account that runs Pantau: it holds what a government
// monitors, who its analysts are and how it is alerted. Modes are set explicitly (not left to the
// umask of whoever started the process), and a directory an earlier release left readable is
// tightened at start, saying so once.
import { chmodSync, closeSync, fchmodSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** How tightened permissions are reported; the default is one line on stderr. */
export type Notice = (text: string) => void;

const stderrNotice: Notice = (text) => process.stderr.write(`${text}\n`);

function tighten(target: string, wanted: number, tightened: string[]): void {
  const current = statSync(target).mode & 0o777;
  // Only bits for the group and others are taken away; an owner who made a file read-only keeps it so.
  if ((current & 0o077) === 0) return;
  chmodSync(target, current & wanted);
  tightened.push(`${path.basename(target)} ${current.toString(8)}→${(current & wanted).toString(8)}`);
}

/**
 * Creates the data directory (0700) or tightens an existing one and what lies directly in it:
 * subdirectories 0700, files 0600. Returns what had to be tightened.
 */
export function securePrivateDir(dir: string, notice: Notice = stderrNotice): string[] {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const tightened: string[] = [];
  tighten(dir, PRIVATE_DIR_MODE, tightened);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) tighten(target, PRIVATE_DIR_MODE, tightened);
    else if (entry.isFile()) tighten(target, PRIVATE_FILE_MODE, tightened);
  }
  if (tightened.length > 0) {
    notice(
      `Izin ${dir} diperketat agar tidak terbaca pengguna lain (${tightened.join(', ')}) — ` +
        'data directory permissions tightened so other local users cannot read it',
    );
  }
  return tightened;
}

/**
 * Makes sure `file` exists with mode 0600 before anything else opens it; SQLite gives its -wal and
 * -shm files the mode of the database file, so they follow.
 */
export function ensurePrivateFile(file: string): void {
  const fd = openSync(file, 'a', PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    closeSync(fd);
  }
}
