// Reads documents back the way a person's tools would: the text of a PDF (pdftotext), a page of it
// as an image (pdftoppm), and a file inside a DOCX/XLSX zip. poppler-utils is found or installed
// like Chromium: the tests never skip for want of it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

let checked = false;

/** Makes sure pdftotext and pdftoppm exist (as root on Debian: apt-get install poppler-utils). */
export function ensurePoppler(): void {
  if (checked) return;
  if (!existsSync('/usr/bin/pdftotext') || !existsSync('/usr/bin/pdftoppm')) {
    if (!existsSync('/usr/bin/apt-get') || process.getuid?.() !== 0)
      throw new Error(
        'pdftotext/pdftoppm (poppler-utils) are missing and cannot be installed here: install poppler-utils',
      );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], {
        stdio: 'inherit',
        env,
      });
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], {
        stdio: 'inherit',
        env,
      });
    }
  }
  checked = true;
}

async function withTemp<T>(
  bytes: Buffer,
  ext: string,
  fn: (file: string, dir: string) => T | Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pantau-doc-'));
  const file = path.join(dir, `doc.${ext}`);
  await writeFile(file, bytes);
  try {
    return await fn(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF, in reading layout. */
export function pdfText(bytes: Buffer): Promise<string> {
  ensurePoppler();
  return withTemp(bytes, 'pdf', (file) =>
    execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  );
}

/** Page `page` of a PDF as PNG bytes at `dpi`. */
export function pdfPagePng(bytes: Buffer, page: number, dpi = 60): Promise<Buffer> {
  ensurePoppler();
  return withTemp(bytes, 'pdf', async (file, dir) => {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      path.join(dir, 'page'),
    ]);
    return readFile(path.join(dir, 'page.png'));
  });
}

/**
 * The share of a PDF page's pixels that are ink (grey level below 100 of 255), read from poppler's
 * greyscale PGM: enough to tell a printed page from a blank or broken one without an image library.
 */
export function pdfPageInk(bytes: Buffer, page: number, dpi = 60): Promise<number> {
  ensurePoppler();
  return withTemp(bytes, 'pdf', async (file, dir) => {
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      path.join(dir, 'page'),
    ]);
    const pgm = await readFile(path.join(dir, 'page.pgm'));
    // P5 header: magic, width, height, maxval, each followed by whitespace; then one byte a pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm gave no greyscale image');
    const pixels = pgm.subarray(header[0].length);
    let ink = 0;
    for (const v of pixels) if (v < 100) ink++;
    return ink / pixels.length;
  });
}

/** One file inside a zip (DOCX, XLSX), read with Python's zipfile: python3 is on every machine we run on. */
export function zipEntry(bytes: Buffer, entry: string): Promise<string> {
  return withTemp(bytes, 'zip', (file) =>
    execFileSync(
      'python3',
      [
        '-c',
        'import sys,zipfile;sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8"))',
        file,
        entry,
      ],
      {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    ),
  );
}

/** The names of the files inside a zip. */
export function zipNames(bytes: Buffer): Promise<string[]> {
  return withTemp(bytes, 'zip', (file) =>
    execFileSync(
      'python3',
      ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file],
      { encoding: 'utf8' },
    )
      .split('\n')
      .filter(Boolean),
  );
}
