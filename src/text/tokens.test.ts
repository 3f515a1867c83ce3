// Search words of Indonesian news text; expected tokens are what PostgreSQL's ts_debug('indonesian', …)
// gives for the same text, so SQLite and PostgreSQL index the same words.
import { describe, expect, it } from 'vitest';
import { searchLexemes, searchTokens, stemmedText } from './tokens.ts';

describe('searchTokens', () => {
  it('lower-cases words and indexes a hyphenated word whole and by its parts', () => {
    expect(searchTokens('Warga mengeluhkan layanan e-KTP; sehari-hari antre.')).toEqual([
      'warga',
      'mengeluhkan',
      'layanan',
      'e-ktp',
      'e',
      'ktp',
      'sehari-hari',
      'sehari',
      'hari',
      'antre',
    ]);
  });

  it('keeps e-mail addresses and links whole, with the link’s host and path as well', () => {
    expect(
      searchTokens('Hubungi humas@slemankab.go.id atau https://www.slemankab.go.id/berita/banjir.html.'),
    ).toEqual([
      'hubungi',
      'humas@slemankab.go.id',
      'atau',
      'www.slemankab.go.id/berita/banjir.html.',
      'www.slemankab.go.id',
      '/berita/banjir.html.',
    ]);
  });

  it('reads amounts, decimals and times the way PostgreSQL does', () => {
    expect(searchTokens('Rp1,5 miliar, 3,5 persen, 12.5 km, 1.500.000 jiwa, pukul 07.30 WIB, 25%.')).toEqual([
      'rp1',
      '5',
      'miliar',
      '3',
      '5',
      'persen',
      '12.5',
      'km',
      '1.500.000',
      'jiwa',
      'pukul',
      '07.30',
      'wib',
      '25',
    ]);
  });

  it('takes the hyphen before a number as its sign (COVID-19, ke-3, H-1)', () => {
    expect(searchTokens('COVID-19 pada rapat ke-3, 200-an orang, H-1 Lebaran.')).toEqual([
      'covid',
      '-19',
      'pada',
      'rapat',
      'ke',
      '-3',
      '200',
      'an',
      'orang',
      'h',
      '-1',
      'lebaran',
    ]);
  });

  it('splits at apostrophes and quotes, and keeps slashed words and dates as one', () => {
    expect(searchTokens('Jum’at, Ma’ruf — “kutipan” dan/atau kabupaten/kota (12/3/2024).')).toEqual([
      'jum',
      'at',
      'ma',
      'ruf',
      'kutipan',
      'dan/atau',
      'kabupaten/kota',
      '12/3/2024',
    ]);
  });

  it('skips HTML tags and entities left in the text', () => {
    expect(searchTokens('<p>Bupati &amp; Wakil Bupati</p> hadir.')).toEqual([
      'bupati',
      'wakil',
      'bupati',
      'hadir',
    ]);
  });

  it('keeps letters outside ASCII inside words', () => {
    expect(searchTokens('Café Ménara ÉLITE di Jl. A. Yani No. 5')).toEqual([
      'café',
      'ménara',
      'élite',
      'di',
      'jl',
      'a',
      'yani',
      'no',
      '5',
    ]);
  });

  it('finds nothing in empty or punctuation-only text', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens(' — , . ; “” ')).toEqual([]);
  });
});

describe('stemmedText', () => {
  it('stems words but leaves numbers, links and addresses as they are', () => {
    expect(
      stemmedText('Pemerintah menyampaikan 3 kebijakan di kompas.com/read/2024 dan humas@pemda.go.id'),
    ).toBe('perintah sampai 3 bijak di kompas.com/read/2024 kompas.com /read/2024 dan humas@pemda.go.id');
  });

  it('lets "pemerintahan" and "pemerintah" share a search term', () => {
    expect(stemmedText('Pemerintahan')).toBe(stemmedText('pemerintah'));
  });

  it('stems hyphenated words whole and by part, as PostgreSQL does', () => {
    expect(searchLexemes('sehari-hari dan ditanya-tanya')).toEqual([
      'sehari-har',
      'sehar',
      'hari',
      'dan',
      'tanya-ta',
      'dita',
      'tanya',
    ]);
  });

  it('leaves words containing digits unstemmed (they go to the simple dictionary)', () => {
    expect(searchLexemes('kecamatan2 zx-9r')).toEqual(['kecamatan2', 'zx-9r', 'zx', '9r']);
  });
});
