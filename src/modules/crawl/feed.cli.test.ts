import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedStream, formatFeed, parseFeedFile } from './feed.cli.ts';

const testdata = path.resolve(import.meta.dirname, '../../collect/feeds/testdata');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pantau-feed-'));
  await writeFile(
    path.join(dir, 'atom.xml.gz'),
    gzipSync(await readFile(path.join(testdata, 'atom-xml-base.xml'))),
  );
  const latin =
    '<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>Café – Pemda</title></channel></rss>';
  await writeFile(path.join(dir, 'latin.xml'), iconv.encode(latin, 'windows-1252'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(lines: string[]): Promise<Record<string, unknown>[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c) => chunks.push(String(c)));
  const done = feedStream(input, output);
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return chunks
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

describe('pantau feed --jsonl', () => {
  it('answers every line in order, with errors in place, and keeps going', async () => {
    const rows = await run([
      JSON.stringify({ id: 'rss', path: path.join(testdata, 'rss-namespaces.xml') }),
      'bukan json',
      JSON.stringify({ id: 7, path: path.join(dir, 'atom.xml.gz') }),
      '',
      JSON.stringify({ id: 'bom', path: path.join(testdata, 'billion-laughs.xml') }),
      JSON.stringify({ id: 'hilang', path: path.join(dir, 'tidak-ada.xml') }),
      JSON.stringify({ id: 'html', path: path.join(testdata, 'html-not-feed.html') }),
      JSON.stringify({ id: 'latin', path: path.join(dir, 'latin.xml') }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['rss', null, 7, 'bom', 'hilang', 'html', 'latin']);
    expect(rows.map((r) => ('error' in r ? 'error' : 'feed'))).toEqual([
      'feed',
      'error',
      'feed',
      'error',
      'error',
      'error',
      'feed',
    ]);
    expect(rows[3].error).toMatch(/^malformed_feed: .*ENTITY/);
    expect(rows[4].error).toMatch(/^not_found/);
    expect((rows[6].feed as { title: string }).title).toBe('Café – Pemda');
  });

  it('writes the contract shape with keys in order and ISO UTC dates', async () => {
    const [row] = await run([JSON.stringify({ id: 'a', path: path.join(dir, 'atom.xml.gz') })]);
    const feed = row.feed as Record<string, unknown> & { entries: Record<string, unknown>[] };
    expect(Object.keys(row)).toEqual(['id', 'feed']);
    expect(Object.keys(feed)).toEqual(['title', 'link', 'description', 'language', 'updated', 'entries']);
    expect(Object.keys(feed.entries[0])).toEqual([
      'id',
      'title',
      'link',
      'published',
      'updated',
      'author',
      'summary',
      'content',
      'categories',
      'enclosures',
    ]);
    expect(feed.entries[0].published).toBe('2025-03-03T07:05:00.000Z');
    expect(feed.entries[0].enclosures).toEqual([
      {
        url: 'https://diskominfo.jatengprov.go.id/unduh/siaran-pers-0303.pdf',
        type: 'application/pdf',
        length: 204800,
      },
    ]);
  });

  it('uses an optional url on the line as the base for relative links', async () => {
    const [row] = await run([
      JSON.stringify({
        id: 'x',
        path: path.join(testdata, 'rss-relative-links.xml'),
        url: 'https://cermin.example.id/rss',
      }),
    ]);
    const feed = row.feed as { entries: { link: string }[] };
    expect(feed.entries[0].link).toBe('https://cermin.example.id/berita/2025/03/jembatan-gantung-cisimeut');
  });
});

describe('pantau feed FILE', () => {
  it('prints the feed with Indonesian labels and WIB times', async () => {
    const text = formatFeed(await parseFeedFile(path.join(testdata, 'rss-namespaces.xml')));
    expect(text).toContain('Judul      : ANTARA Banten - Berita Terkini');
    expect(text).toContain('1. Pemprov Banten siagakan 1.200 personel hadapi banjir & longsor');
    expect(text).toMatch(/Terbit {4}: 3 Maret 2025 pukul 14\.05 WIB/);
    expect(text).toContain('Penulis   : Sinta Ambarwati');
  });
});
