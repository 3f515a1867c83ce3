// The offsets behind highlights: same lexemes as the index, each pointing at the word it came from.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { searchLexemes, searchTokens } from '../../text/tokens.ts';
import { searchLexemesWithOffsets } from './lexeme-offsets.ts';

const TEXTS = [
  'Wali Kota Bekasi meninjau banjir, Senin (4/3/2024), pukul 10.30 WIB.',
  'Informasi: https://bekasikota.go.id/berita/banjir-2024?hal=2 atau humas@bekasikota.go.id',
  'Penanganan COVID-19 dan kegiatan sehari-hari warga se-Jawa Barat; dana Rp1.500.000 dan/atau bantuan.',
  "Ma'ruf Amin hadir di Jl. Ahmad Yani No.12, Kec. Bekasi Selatan -- tanpa e-KTP.",
  'İstanbul dan Ǆemal: kota-kota kembar; banjir.. surut. Kota kota kota.',
  'Anggaran naik +19 persen; suhu -2.5 derajat; 3e5 orang; v2.0 rilis; www.example.com:8080/a/b',
];

test.each(TEXTS)('lexemes equal searchLexemes and point at their words: %s', (text) => {
  const found = searchLexemesWithOffsets(text);
  expect(found.map((l) => l.lexeme)).toEqual(searchLexemes(text));
  const tokens = searchTokens(text);
  found.forEach((l, i) => {
    expect(text.slice(l.start, l.end).toLowerCase()).toBe(tokens[i]);
  });
});

test('repeated words get their own positions, in order', () => {
  const found = searchLexemesWithOffsets('kota Kota KOTA');
  expect(found.map((l) => [l.start, l.end])).toEqual([
    [0, 4],
    [5, 9],
    [10, 14],
  ]);
});

test('any text made of news-like pieces gives the lexemes searchLexemes gives, at the right words', () => {
  const piece = fc.constantFrom(
    'Banjir',
    'kota',
    'se-Jawa',
    'sehari-hari',
    'COVID-19',
    'Rp1.500',
    'No.12',
    'dan/atau',
    'humas@kota.go.id',
    'https://kota.go.id/a?b=1',
    'www.kota.go.id',
    '-5',
    '3.5',
    "Ma'ruf",
    'İzin',
    'Ǆemal',
    'e-KTP',
    'v2',
    '..',
    '/',
    ' ',
    ', ',
    '. ',
    '-',
    '(',
    ')',
    '"',
    '\n',
    '<b>',
    '&amp;',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const found = searchLexemesWithOffsets(text);
      expect(found.map((l) => l.lexeme)).toEqual(searchLexemes(text));
      const tokens = searchTokens(text);
      found.forEach((l, i) => {
        expect(text.slice(l.start, l.end).toLowerCase()).toBe(tokens[i]);
      });
    }),
    { numRuns: 500 },
  );
});
