// Matching a subject query on one article: stemming, phrases, NEAR, title:, exclusions, and
// highlights that point at the words in the original title and text.
import { describe, expect, test } from 'vitest';
import { matchQuery, prepareSubjectDocument } from './match.ts';
import { parseSubjectQuery } from './parse.ts';

const BEKASI = {
  title: 'Wali Kota Bekasi Tinjau Banjir di Bekasi Timur',
  text:
    'Wali Kota Bekasi meninjau lokasi kebanjiran di Kecamatan Bekasi Timur, Senin (4/3/2024). ' +
    'Pemerintah Kota Bekasi menyiapkan perahu karet dan dapur umum bagi warga.',
};
const KABUPATEN = {
  title: 'Bupati Bekasi Resmikan Perbaikan Jalan',
  text: 'Pemerintah Kabupaten Bekasi memperbaiki jalan rusak di Cikarang. Bupati meminta warga melapor.',
};

const matches = (query: string, doc: { title: string; text: string }) =>
  matchQuery(parseSubjectQuery(query), doc).matched;

function highlighted(query: string, doc: { title: string; text: string }): string[] {
  const result = matchQuery(parseSubjectQuery(query), doc);
  return result.highlights.map((h) => `${h.field}:${doc[h.field].slice(h.start, h.end)}`);
}

describe('which articles a subject matches', () => {
  test('affixed and differently cased forms meet through stemming', () => {
    expect(matches('banjir', BEKASI)).toBe(true);
    expect(matches('PERBAIKAN', KABUPATEN)).toBe(true);
    expect(matches('pemerintahan', KABUPATEN)).toBe(true);
    expect(matches('banjir', KABUPATEN)).toBe(false);
  });

  test('a city is told apart from the regency of the same name', () => {
    const query = '"Kota Bekasi" -"Kabupaten Bekasi"';
    expect(matches(query, BEKASI)).toBe(true);
    expect(matches(query, KABUPATEN)).toBe(false);
    expect(matches('bekasi -"Kota Bekasi"', KABUPATEN)).toBe(true);
  });

  test('phrases keep their order; OR and brackets combine', () => {
    expect(matches('"kota wali"', BEKASI)).toBe(false);
    expect(matches('(bupati OR "wali kota") jalan', KABUPATEN)).toBe(true);
    expect(matches('(bupati OR "wali kota") jalan', BEKASI)).toBe(false);
  });

  test('NEAR/n counts lexeme positions between the two, in either order, within one field', () => {
    // text: "… lokasi kebanjiran …" — "wali kota" ends at position 1, "kebanjiran" sits at 5.
    expect(matches('"wali kota" NEAR/3 kebanjiran', { title: '', text: BEKASI.text })).toBe(false);
    expect(matches('"wali kota" NEAR/4 kebanjiran', { title: '', text: BEKASI.text })).toBe(true);
    expect(matches('kebanjiran NEAR/4 "wali kota"', { title: '', text: BEKASI.text })).toBe(true);
    expect(matches('wali NEAR/1 kota', { title: 'kota wali', text: '' })).toBe(true);
    // The title's last word and the text's first are not neighbours.
    expect(matches('timur NEAR/1 wali', BEKASI)).toBe(false);
    expect(matches('"timur wali"', BEKASI)).toBe(false);
  });

  test('a prefix matches any stem that begins with it', () => {
    expect(matches('banj*', BEKASI)).toBe(true);
    expect(matches('perahu NEAR/3 kar*', BEKASI)).toBe(true);
    expect(matches('cika*', BEKASI)).toBe(false);
  });

  test('title: looks at the headline only', () => {
    expect(matches('title:perahu', BEKASI)).toBe(false);
    expect(matches('perahu', BEKASI)).toBe(true);
    expect(matches('title:(banjir "wali kota")', BEKASI)).toBe(true);
    expect(matches('title:(banjir -bupati) OR title:jalan', KABUPATEN)).toBe(true);
    expect(matches('title:(banjir -bupati)', KABUPATEN)).toBe(false);
  });

  test("the README's subject example leaves out the regency's floods", () => {
    const query = 'banjir OR genangan -"Kabupaten Sukamaju"';
    const regency = {
      title: 'Banjir rendam tiga desa',
      text: 'BPBD Kabupaten Sukamaju mendata rumah yang terendam banjir.',
    };
    const city = { title: 'Genangan di jalan protokol', text: 'Dinas PUPR Kota Sukamaju menyedot genangan.' };
    expect(matches(query, regency)).toBe(false);
    expect(matches(query, city)).toBe(true);
    expect(matches('banjir or genangan', city)).toBe(true);
  });

  test('a query that only excludes matches every article without those words', () => {
    expect(matches('-banjir', KABUPATEN)).toBe(true);
    expect(matches('-banjir', BEKASI)).toBe(false);
  });

  test('a prepared article gives the same answers for many subjects', () => {
    const prepared = prepareSubjectDocument(BEKASI);
    for (const q of ['banjir', '"Kota Bekasi" -"Kabupaten Bekasi"', 'title:jalan', 'perahu NEAR/3 kar*']) {
      expect(matchQuery(parseSubjectQuery(q), prepared)).toEqual(matchQuery(parseSubjectQuery(q), BEKASI));
    }
  });
});

describe('highlights', () => {
  test('point at the words as written, in title and text', () => {
    expect(highlighted('"wali kota" banjir', BEKASI)).toEqual([
      'title:Wali Kota',
      'title:Banjir',
      'text:Wali Kota',
      'text:kebanjiran',
    ]);
  });

  test('excluded words and branches that did not match are not highlighted', () => {
    expect(highlighted('"Kota Bekasi" -"Kabupaten Bekasi"', BEKASI)).toEqual([
      'title:Kota Bekasi',
      'text:Kota Bekasi',
      'text:Kota Bekasi',
    ]);
    expect(highlighted('(perahu cikarang) OR dapur', BEKASI)).toEqual(['text:dapur']);
    expect(highlighted('-banjir', KABUPATEN)).toEqual([]);
  });

  test('NEAR highlights only the occurrences close enough', () => {
    const doc = {
      title: '',
      text: 'Banjir surut sejak pagi tadi. Jalan rusak parah. Jalan ditutup karena banjir kembali.',
    };
    expect(highlighted('jalan NEAR/3 banjir', doc)).toEqual(['text:Jalan', 'text:banjir']);
  });

  test('hyphenated words, prefixes and text after characters that change length when lower-cased', () => {
    const doc = { title: 'İzin banjir', text: 'Warga membersihkan rumah sehari-hari setelah kebanjiran.' };
    expect(highlighted('sehari-hari', doc)).toEqual(['text:sehari-hari']);
    expect(highlighted('hari', doc)).toEqual(['text:hari']);
    expect(highlighted('banj*', doc)).toEqual(['title:banjir', 'text:kebanjiran']);
  });

  test('a word written many times is highlighted once where it occurs', () => {
    const doc = { title: '', text: 'Pemerintah kota dan warga kota bekerja bakti.' };
    expect(highlighted('kota '.repeat(125), doc)).toEqual(['text:kota', 'text:kota']);
  });

  test('overlapping spans are merged', () => {
    expect(highlighted('"wali kota" "kota bekasi"', { title: '', text: 'Wali Kota Bekasi hadir.' })).toEqual([
      'text:Wali Kota Bekasi',
    ]);
  });
});
