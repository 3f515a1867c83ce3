// `pantau analyze --jsonl` as the measuring harness runs it: in order, one line per input, the
// contract's fields, offsets into the text, and bad lines answered with an error, not a crash.
import { expect, test } from 'vitest';
import { jsonLines, runCli } from '../../../test/support/cli.ts';

// biome-ignore lint/suspicious/noExplicitAny: the JSON lines under test
type Json = any;

const TEXT =
  'Banjir merendam tiga kelurahan di Kecamatan Cibeureum, Kota Sukamaju, Senin (3/3/2025). ' +
  'Wali Kota Sukamaju Arief Wicaksono langsung meninjau lokasi dan menyalurkan bantuan. ' +
  '“Kami siapkan dapur umum dan perahu karet untuk warga,” kata Arief.';

test('analyze --jsonl answers every line in order with the contract fields', async () => {
  const input = [
    JSON.stringify({
      id: 'a1',
      title: 'Banjir rendam Cibeureum',
      text: TEXT,
      subjects: ['"wali kota" OR arief', 'korupsi'],
    }),
    'bukan json',
    JSON.stringify({ id: 'a3', text: 42 }),
    JSON.stringify({ id: 'a4', text: 'Rapat paripurna DPRD digelar Senin.', subjects: ['(('] }),
  ].join('\n');
  const res = await runCli(['analyze', '--jsonl'], {}, input);
  expect(res.code).toBe(0);
  const [first, second, third, fourth] = jsonLines<Record<string, Json>>(res.stdout);
  expect(first.id).toBe('a1');
  expect(Object.keys(first)).toEqual(
    expect.arrayContaining(['id', 'tone', 'subjects', 'entities', 'quotes', 'keyphrases', 'summary']),
  );
  expect(first.tone.label).toBe('negative');
  expect(first.tone.reasons.length).toBeGreaterThan(0);
  expect(first.subjects.map((s: Json) => [s.query, s.matched])).toEqual([
    ['"wali kota" OR arief', true],
    ['korupsi', false],
  ]);
  expect(first.subjects[0].tone.label).toBe('positive');
  for (const e of first.entities) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
  expect(first.entities.map((e: Json) => [e.type, e.text])).toContainEqual(['LOC', 'Kota Sukamaju']);
  const quote = first.quotes[0];
  expect(quote.speaker).toBe('Arief');
  expect(TEXT.slice(quote.start, quote.end)).toBe(quote.text);
  expect(quote.text).toContain('Kami siapkan dapur umum');
  expect(first.summary.length).toBeGreaterThan(20);
  expect(second).toEqual({ id: null, error: expect.stringContaining('JSON') });
  expect(third).toEqual({ id: 'a3', error: expect.stringContaining('text') });
  expect(fourth).toEqual({ id: 'a4', error: expect.stringContaining('posisi') });
});
