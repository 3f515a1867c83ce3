// `pantau feed`: parses saved RSS/Atom/RDF/JSON Feed files — one feed readably, or a JSON-lines stream of
// many (the contract our feed benchmarks and batch tools rely on).
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { decodeFeedBytes, type Feed, parseFeed } from '../../collect/feeds/index.ts';
import { describeError, PantauError } from '../../domain/errors.ts';
import { mapJsonLines } from '../../kernel/cli/jsonl.ts';

interface FeedFlags {
  jsonl?: boolean;
  url?: string;
  json?: boolean;
}

export function registerFeed(program: Command): void {
  program
    .command('feed [file]')
    .description('Baca feed RSS, Atom, RDF atau JSON Feed dari berkas — parse a saved feed file')
    .option('--jsonl', 'baca baris {"id","path","url"?} dari stdin, tulis satu baris JSON per feed')
    .option('--url <url>', 'alamat asli feed (untuk tautan relatif)')
    .option('--json', 'cetak hasil sebagai JSON, bukan teks')
    .action(async (file: string | undefined, flags: FeedFlags) => {
      try {
        if (flags.jsonl) await feedStream(process.stdin, process.stdout);
        else if (file) {
          const feed = await parseFeedFile(file, flags.url);
          process.stdout.write(
            flags.json ? `${JSON.stringify(contractFeed(feed), null, 2)}\n` : formatFeed(feed),
          );
        } else
          throw new PantauError('validation', 'Sebutkan FILE atau pakai --jsonl (give a FILE or --jsonl)');
      } catch (e) {
        process.stderr.write(`Galat: ${describeError(e)}\n`);
        process.exitCode = e instanceof PantauError && e.code === 'validation' ? 2 : 1;
      }
    });
}

export async function parseFeedFile(path: string, baseUrl?: string): Promise<Feed> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new PantauError(
      missing ? 'not_found' : 'malformed_feed',
      `Tidak bisa membaca ${path}: ${describeError(e)}`,
    );
  }
  return parseFeed(decodeFeedBytes(bytes), { baseUrl });
}

/** `pantau feed --jsonl`: {"id","path","url"?} in, {"id","feed"} (or {"id","error"}) out. */
export function feedStream(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  return mapJsonLines(input, output, async ({ path, url }) => {
    if (typeof path !== 'string' || path === '') throw new PantauError('validation', 'baris tanpa "path"');
    const feed = await parseFeedFile(path, typeof url === 'string' && url ? url : undefined);
    return { feed: contractFeed(feed) };
  });
}

/** The output contract, keys in a fixed order whatever the parser built. */
export function contractFeed(feed: Feed) {
  return {
    title: feed.title,
    link: feed.link,
    description: feed.description,
    language: feed.language,
    updated: feed.updated,
    entries: feed.entries.map((e) => ({
      id: e.id,
      title: e.title,
      link: e.link,
      published: e.published,
      updated: e.updated,
      author: e.author,
      summary: e.summary,
      content: e.content,
      categories: e.categories,
      enclosures: e.enclosures.map((x) => ({ url: x.url, type: x.type, length: x.length })),
    })),
  };
}

const WIB = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function when(iso: string | null): string {
  return iso ? `${WIB.format(new Date(iso))} WIB` : '-';
}

function clip(text: string | null, max = 200): string {
  if (!text) return '-';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function formatFeed(feed: Feed): string {
  const out = [
    `Judul      : ${feed.title ?? '-'}`,
    `Tautan     : ${feed.link ?? '-'}`,
    `Deskripsi  : ${clip(feed.description)}`,
    `Bahasa     : ${feed.language ?? '-'}`,
    `Diperbarui : ${when(feed.updated)}`,
    `Entri      : ${feed.entries.length}`,
  ];
  feed.entries.forEach((e, i) => {
    out.push('', `${i + 1}. ${e.title ?? '(tanpa judul)'}`);
    out.push(`   Tautan    : ${e.link ?? '-'}`);
    out.push(`   Terbit    : ${when(e.published)}`);
    if (e.updated) out.push(`   Diperbarui: ${when(e.updated)}`);
    if (e.author) out.push(`   Penulis   : ${e.author}`);
    if (e.categories.length) out.push(`   Kategori  : ${e.categories.join(', ')}`);
    if (e.summary) out.push(`   Ringkasan : ${clip(e.summary)}`);
    if (e.content) out.push(`   Isi       : ${e.content.length} karakter HTML`);
    for (const x of e.enclosures) out.push(`   Lampiran  : ${x.url}${x.type ? ` (${x.type})` : ''}`);
    if (e.id && e.id !== e.link) out.push(`   ID        : ${e.id}`);
  });
  return `${out.join('\n')}\n`;
}
