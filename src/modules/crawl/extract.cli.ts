// `pantau extract`: pulls title, text, byline and date out of saved HTML pages — one page readably, or
// a JSON-lines stream of many (the contract our extraction benchmarks and batch tools rely on).

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { decodeBody, gunzipIfNeeded } from '../../collect/charset.ts';
import type { TimeZone } from '../../collect/dates/zone.ts';
import { type ExtractedArticle, extractArticle } from '../../collect/extract/index.ts';
import { describeError, PantauError } from '../../domain/errors.ts';
import { mapJsonLines } from '../../kernel/cli/jsonl.ts';

interface ExtractFlags {
  jsonl?: boolean;
  url?: string;
  zona?: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract [file]')
    .description(
      'Ambil judul, isi, penulis dan tanggal dari halaman HTML tersimpan — extract articles from saved HTML',
    )
    .option('--jsonl', 'baca baris {"id","path","url"?} dari stdin, tulis satu baris JSON per halaman')
    .option('--url <url>', 'alamat asli halaman (untuk tautan relatif dan tanggal di URL)')
    .option('--zona <zona>', 'zona waktu untuk jam tanpa zona: WIB | WITA | WIT', 'WIB')
    .action(async (file: string | undefined, flags: ExtractFlags) => {
      try {
        const timeZone = parseZone(flags.zona);
        if (flags.jsonl) await extractStream(process.stdin, process.stdout, timeZone);
        else if (file) process.stdout.write(formatArticle(await extractFile(file, flags.url, timeZone)));
        else throw new PantauError('validation', 'Sebutkan FILE atau pakai --jsonl (give a FILE or --jsonl)');
      } catch (e) {
        process.stderr.write(`Galat: ${describeError(e)}\n`);
        process.exitCode = e instanceof PantauError && e.code === 'validation' ? 2 : 1;
      }
    });
}

function parseZone(value: string | undefined): TimeZone {
  const zone = (value ?? 'WIB').toUpperCase();
  if (zone === 'WIB' || zone === 'WITA' || zone === 'WIT') return zone;
  throw new PantauError('validation', `Zona waktu tidak dikenal: "${value}" (WIB, WITA atau WIT)`);
}

export async function extractFile(path: string, url: string | undefined, timeZone: TimeZone) {
  let bytes: Buffer;
  try {
    bytes = gunzipIfNeeded(await readFile(path));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new PantauError(
      missing ? 'not_found' : 'malformed_page',
      `Tidak bisa membaca ${path}: ${describeError(e)}`,
    );
  }
  return extractArticle(decodeBody(bytes), { url, timeZone });
}

/** `pantau extract --jsonl`: {"id","path","url"?} in, the contract's fields (or {"id","error"}) out. */
export function extractStream(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, zone: TimeZone) {
  return mapJsonLines(input, output, async (request) => {
    if (typeof request.path !== 'string') throw new PantauError('validation', 'baris tanpa "path"');
    const url = typeof request.url === 'string' ? request.url : undefined;
    const a = await extractFile(request.path, url, zone);
    return {
      title: a.title,
      text: a.text,
      author: a.author,
      published: a.published,
      lang: a.lang,
      canonical: a.canonical,
    };
  });
}

const LABELS: [keyof ExtractedArticle, string][] = [
  ['title', 'Judul'],
  ['author', 'Penulis'],
  ['published', 'Terbit'],
  ['modified', 'Diperbarui'],
  ['lang', 'Bahasa'],
  ['siteName', 'Media'],
  ['canonical', 'URL kanonik'],
  ['image', 'Gambar utama'],
  ['description', 'Ringkasan'],
];

export function formatArticle(a: ExtractedArticle): string {
  const width = Math.max(...LABELS.map(([, label]) => label.length));
  const head = LABELS.map(([key, label]) => `${label.padEnd(width)} : ${a[key] ?? '—'}`).join('\n');
  return `${head}\n\nIsi:\n${a.text ?? '—'}\n`;
}
