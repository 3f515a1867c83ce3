// The subject query language: precedence (NOT > NEAR > AND > OR), stemming of query words, and
// syntax errors that say in Indonesian what is wrong and where.
import { describe, expect, test } from 'vitest';
import { PantauError } from '../../domain/errors.ts';
import type { QueryNode } from './ast.ts';
import { parseSubjectQuery } from './parse.ts';

/** A compact rendering of the tree: words by their lexemes, operators as prefix forms. */
function show(node: QueryNode): string {
  switch (node.kind) {
    case 'pattern': {
      const words = node.tests.map((t) => (t.prefix ? `${t.lexeme}*` : t.lexeme)).join(' ');
      return node.tests.length > 1 ? `"${words}"` : words;
    }
    case 'near':
      return `near${node.distance}(${show(node.left)}, ${show(node.right)})`;
    case 'not':
      return `not(${show(node.child)})`;
    case 'title':
      return `title(${show(node.child)})`;
    default:
      return `${node.kind}(${node.children.map(show).join(', ')})`;
  }
}

const parsed = (q: string) => show(parseSubjectQuery(q));

function errorOf(q: string): string {
  try {
    parseSubjectQuery(q);
  } catch (e) {
    expect(e).toBeInstanceOf(PantauError);
    expect((e as PantauError).code).toBe('validation');
    return (e as Error).message;
  }
  throw new Error(`no error for ${q}`);
}

describe('precedence', () => {
  test('adjacent words are ANDed, and AND binds tighter than OR', () => {
    expect(parsed('banjir jalan OR bupati')).toBe('or(and(banjir, jalan), bupat)');
    expect(parsed('banjir OR jalan AND bupati')).toBe('or(banjir, and(jalan, bupat))');
  });

  test('NOT and the minus sign bind tightest, then NEAR', () => {
    expect(parsed('-banjir jalan')).toBe('and(not(banjir), jalan)');
    expect(parsed('NOT banjir jalan')).toBe('and(not(banjir), jalan)');
    expect(parsed('wali NEAR/3 banjir jalan')).toBe('and(near3(wali, banjir), jalan)');
    expect(parsed('a1 OR wali NEAR/2 kota')).toBe('or(a1, near2(wali, kota))');
  });

  test('parentheses and title: group', () => {
    expect(parsed('(banjir OR genangan) jalan')).toBe('and(or(banjir, genang), jalan)');
    expect(parsed('title:(banjir OR "wali kota") -title:hoaks')).toBe(
      'and(title(or(banjir, "wali kota")), not(title(hoaks)))',
    );
    expect(parsed('judul:banjir')).toBe('title(banjir)');
  });

  test('an exclusion applies to the whole query, whichever alternative it is written next to', () => {
    // The README's example: floods or waterlogging, but nothing about the regency.
    expect(parsed('banjir OR genangan -"Kabupaten Sukamaju"')).toBe(
      'and(or(banjir, genang), not("kabupaten sukamaju"))',
    );
    expect(parsed('-hoaks banjir OR genangan')).toBe('and(or(banjir, genang), not(hoaks))');
    expect(parsed('NOT banjir OR jalan')).toBe('and(jalan, not(banjir))');
    expect(parsed('banjir jalan OR bupati -hoaks -title:iklan')).toBe(
      'and(or(and(banjir, jalan), bupat), not(hoaks), not(title(iklan)))',
    );
  });

  test('inside brackets an exclusion applies to the bracket only', () => {
    expect(parsed('(banjir -jalan) OR genangan')).toBe('or(and(banjir, not(jalan)), genang)');
    expect(parsed('banjir OR (-jalan)')).toBe('or(banjir, not(jalan))');
    expect(parsed('title:(banjir OR rob -hoaks) OR jalan')).toBe(
      'or(title(and(or(banjir, rob), not(hoaks))), jalan)',
    );
  });

  test('a query of exclusions only keeps them all', () => {
    expect(parsed('-banjir OR -jalan')).toBe('and(not(banjir), not(jalan))');
  });

  test('the exclusion used for a city and the regency of the same name', () => {
    expect(parsed('"Kota Bekasi" -"Kabupaten Bekasi"')).toBe('and("kota bekasi", not("kabupaten bekasi"))');
  });
});

describe('words', () => {
  test('query words are stemmed and lower-cased as the store indexes them', () => {
    expect(parsed('Pemerintahan')).toBe('perintah');
    expect(parsed('KEBANJIRAN')).toBe('banjir');
    expect(parsed('"Wali Kota"')).toBe('"wali kota"');
  });

  test('a hyphenated word is a phrase of its whole and its parts, as the index holds it', () => {
    expect(parsed('sehari-hari')).toBe('"sehari-har sehar hari"');
  });

  test('a prefix is matched against stems and is not itself stemmed', () => {
    expect(parsed('Banj*')).toBe('banj*');
    expect(parsed('pemerin*')).toBe('pemerin*');
  });

  test('operators are read in any case; a quoted "or" is the word', () => {
    expect(parsed('pasar or banjir')).toBe('or(pasar, banjir)');
    expect(parsed('pasar Or banjir and jalan')).toBe('or(pasar, and(banjir, jalan))');
    expect(parsed('pasar not banjir')).toBe('and(pasar, not(banjir))');
    expect(parsed('"or" pasar')).toBe('and(or, pasar)');
  });

  test('a word written twice is looked for once', () => {
    expect(parsed('kota '.repeat(125))).toBe('kota');
    expect(parsed('Kota kota OR KOTA -banjir -banjir')).toBe('and(kota, not(banjir))');
    expect(parsed('(banjir OR rob) (rob OR banjir)')).toBe('and(or(banjir, rob), or(rob, banjir))');
  });

  test('stray punctuation between words is ignored', () => {
    expect(parsed('Kota & Kabupaten')).toBe('and(kota, kabupaten)');
  });
});

describe('errors name the position', () => {
  test.each([
    ['"wali kota', 1, 'tanda kutip'],
    ['(banjir OR jalan', 1, "kurung buka '('"],
    ['banjir) jalan', 7, "kurung tutup ')'"],
    ['banjir OR', 10, 'berakhir'],
    ['OR banjir', 1, 'OR'],
    ['banjir NEAR jalan', 8, 'NEAR/5'],
    ['banjir NEAR/0 jalan', 8, 'antara 1 dan 20'],
    ['banjir NEAR/21 jalan', 8, 'antara 1 dan 20'],
    ['a1 NEAR/2 b2 NEAR/2 c3', 14, 'dirangkai'],
    ['-banjir NEAR/2 jalan', 9, 'NEAR hanya'],
    ['ban*jir', 4, "'*'"],
    ['b*', 1, 'minimal 2'],
    ['covid-1*', 1, 'awalan'],
    ['""', 1, 'frasa kosong'],
    ['banjir - jalan', 8, "'-'"],
    ['title: OR', 1, 'title:'],
    ['NOT &', 5, 'huruf atau angka'],
    ['banjir or', 10, 'berakhir'],
    ['pasar not', 10, 'berakhir'],
  ])('%s → position %i', (query, position, words) => {
    const message = errorOf(query);
    expect(message).toContain(`posisi ${position}:`);
    expect(message).toContain(words);
  });

  test('every message is in Indonesian first, then in English', () => {
    expect(errorOf('(banjir OR jalan')).toMatch(
      /^Kueri tidak valid pada posisi 1: .+ — invalid query at position 1: .+/,
    );
    expect(errorOf(`${'kata'.repeat(600)}`)).toMatch(/ — invalid query at position 2001: /);
  });

  test('the number of different words is bounded, not the number written', () => {
    const words = Array.from({ length: 65 }, (_, i) => `kata${i}`).join(' ');
    expect(errorOf(words)).toContain('terlalu banyak kata yang berbeda (maksimum 64)');
    expect(errorOf(words)).toContain(`posisi ${words.indexOf('kata64') + 1}:`);
  });

  test('wide NEARs between phrases are bounded by the work they cost, a repeated one counted once', () => {
    const nears = [
      '"wali kota" NEAR/20 "banjir bandang"',
      '"bupati baru" NEAR/20 "pasar rakyat"',
      '"dinas pupr" NEAR/20 "jalan rusak"',
      '"camat baru" NEAR/20 "desa wisata"',
    ];
    expect(() => parseSubjectQuery(nears.slice(0, 3).join(' OR '))).not.toThrow();
    expect(() => parseSubjectQuery(`${nears[0]} OR `.repeat(20) + nears[1])).not.toThrow();
    const query = nears.join(' OR ');
    const message = errorOf(query);
    expect(message).toContain(`posisi ${query.lastIndexOf('NEAR/20') + 1}:`);
    expect(message).toContain('NEAR dalam kueri terlalu berat (bobot 688, maksimum 600)');
  });

  test('empty, too long, too deep and too many words', () => {
    expect(errorOf('   ')).toContain('kueri kosong');
    expect(errorOf('banjir '.repeat(400))).toContain('terlalu panjang');
    expect(errorOf(`${'('.repeat(13)}banjir${')'.repeat(13)}`)).toContain('terlalu dalam');
    expect(errorOf(Array.from({ length: 65 }, (_, i) => `w${i}`).join(' '))).toContain('terlalu banyak kata');
    expect(errorOf(`"${'kata '.repeat(13)}"`)).toContain('frasa terlalu panjang');
  });
});
