// `pantau extract`: the JSON-lines contract (order, nulls, errors per line) and the readable view.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractFile, extractStream, formatArticle } from './extract.cli.ts';

const fixture = (name: string) => new URL(`../../collect/extract/testdata/${name}`, import.meta.url);

async function runStream(lines: string[]): Promise<Record<string, unknown>[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const done = extractStream(input, output, 'WIB');
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return Buffer.concat(chunks)
    .toString('utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

describe('pantau extract --jsonl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-extract-'));
  const gz = join(dir, 'portal.html.gz');
  writeFileSync(gz, gzipSync(readFileSync(fixture('portal-jsonld.html'))));
  const junk = join(dir, 'junk.html');
  writeFileSync(junk, Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 91) % 256)));

  it('answers every line in input order, and a bad line or page does not stop the run', async () => {
    const rows = await runStream([
      JSON.stringify({ id: 'a', path: gz, url: 'https://warta-sukamaju.example/daerah/2025/03/03/x' }),
      '{"id": "broken", ',
      JSON.stringify({ id: 'b', path: join(dir, 'missing.html') }),
      JSON.stringify({ id: 'c', path: junk }),
      JSON.stringify({ id: 7, path: fixture('latin1-table.html').pathname }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['a', null, 'b', 'c', 7]);
    expect(Object.keys(rows[0])).toEqual(['id', 'title', 'text', 'author', 'published', 'lang', 'canonical']);
    expect(rows[0]).toMatchObject({
      author: 'Rina Marlina',
      published: '2025-03-03T14:05:00+07:00',
      lang: 'id',
    });
    expect(rows[1].error).toMatch(/JSON/);
    expect(rows[2].error).toMatch(/not_found/);
    expect(rows[3].error).toMatch(/no_content/);
    expect(rows[4]).toMatchObject({ author: null, published: '2025-03-07T19:30:00+07:00' });
  });
});

describe('pantau extract FILE', () => {
  it('shows one page with Indonesian labels', async () => {
    const a = await extractFile(fixture('amp-article.html').pathname, undefined, 'WIB');
    const shown = formatArticle(a);
    expect(shown).toMatch(/^Judul\s+: Harga Beras di Pasar Tradisional Mulai Turun$/m);
    expect(shown).toMatch(/^Penulis\s+: Dewi Lestari$/m);
    expect(shown).toMatch(/^Terbit\s+: 2025-03-04T09:12:00\+09:00$/m);
    expect(shown).toMatch(/^Ringkasan\s+: —$/m);
    expect(shown).toContain('Isi:\nJAYAPURA – Harga beras medium');
  });
});
