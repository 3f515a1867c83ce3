// A workspace's place list as long as a region's villages: its places are still found, whole words
// only, whatever the case, and a later entry for the same name wins over an earlier one.
import { describe, expect, it } from 'vitest';
import { createGazetteer, type GazetteerEntry } from './gazetteer.ts';
import { findEntities } from './index.ts';

const HEADS = ['Suka', 'Ci', 'Karang', 'Sumber', 'Tanjung', 'Pasir', 'Wono', 'Muara', 'Batu', 'Rawa'];
const BODIES = ['maju', 'mulya', 'jaya', 'asih', 'rahayu', 'makmur', 'sari', 'rejo', 'agung', 'wangi'];
const TAILS = ['', ' Kidul', ' Lor', ' Wetan', ' Kulon', ' Hilir', ' Hulu', ' Baru'];

/** 80,000 distinct village-like names ("Sukamulya Kidul", "Cisari Wetan 12"), then the given ones. */
function villages(...own: GazetteerEntry[]): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (let i = 0; out.length < 80_000; i++) {
    const head = HEADS[i % HEADS.length];
    const body = BODIES[Math.floor(i / HEADS.length) % BODIES.length];
    const tail = TAILS[Math.floor(i / 100) % TAILS.length];
    const number = Math.floor(i / 800);
    out.push({ name: `${head}${body}${tail}${number ? ` ${number}` : ''}`, kind: 'village' });
  }
  out.splice(40_000, 0, ...own);
  return out;
}

const big = createGazetteer(
  villages(
    { name: 'Cipadung Kidul', kind: 'village' },
    { name: 'Cipadung Kidul Hilir', kind: 'village' },
    { name: 'Pasirjati', kind: 'district' },
  ),
);

const places = (text: string) =>
  findEntities(text, { gazetteer: big })
    .filter((e) => e.type === 'LOC')
    .map((e) => e.text);

describe('a workspace place list of 80,000 names', () => {
  it('finds a place from the middle of the list in an article', () => {
    const text = 'Menurut Cipadung Kidul, jalan rusak. Sementara itu air mulai surut, kata Pasirjati.';
    expect(places(text)).toEqual(['Cipadung Kidul', 'Pasirjati']);
    // Without the list the same words are no places.
    expect(findEntities(text).filter((e) => e.type === 'LOC')).toEqual([]);
  });

  it('still finds the shipped places next to the workspace ones', () => {
    expect(places('Banjir melanda Bandung dan Pasirjati, Jawa Barat, pada Selasa.')).toEqual([
      'Bandung',
      'Pasirjati',
      'Jawa Barat',
    ]);
  });

  it('reads a name followed by punctuation as the name', () => {
    expect(places('Petugas tiba di Cipadung Kidul, lalu ke Pasirjati.')).toEqual([
      'Cipadung Kidul',
      'Pasirjati',
    ]);
  });

  it('matches whole words, the longest name first', () => {
    expect(big.match(['di', 'Cipadung', 'Kidul'], 1)).toEqual({
      length: 2,
      entry: { name: 'Cipadung Kidul', kind: 'village' },
    });
    expect(big.match(['Cipadung', 'Kidul', 'Hilir', 'banjir'], 0)?.entry.name).toBe('Cipadung Kidul Hilir');
    // The first word of a name, a longer word or a hyphenated one is not the place.
    expect(big.match(['Cipadung'], 0)).toBeNull();
    expect(big.match(['Cipadung', 'Kidulan'], 0)).toBeNull();
    expect(big.match(['Cipadung-Kidul'], 0)).toBeNull();
    expect(big.match(['Pasirjati.'], 0)).toBeNull();
    expect(big.match(['Pasir', 'jati'], 0)).toBeNull();
    // A match starts where it is asked to and stops before `end`.
    expect(big.match(['Kidul', 'Pasirjati'], 0)).toBeNull();
    expect(big.match(['Cipadung', 'Kidul', 'Hilir'], 0, 2)?.length).toBe(2);
    expect(big.match(['Cipadung', 'Kidul'], 0, 5)?.length).toBe(2);
  });

  it('ignores case on both sides', () => {
    expect(big.match(['CIPADUNG', 'KIDUL'], 0)?.length).toBe(2);
    expect(big.match(['cipadung', 'kidul'], 0)?.length).toBe(2);
    const shouted = createGazetteer([{ name: 'SUKARAME hilir', kind: 'village' }]);
    expect(shouted.match(['Sukarame', 'Hilir'], 0)?.entry.name).toBe('SUKARAME hilir');
  });

  it('splits names on any run of spaces', () => {
    const spaced = createGazetteer([{ name: 'Pasar   Kembang', kind: 'place' }]);
    expect(spaced.match(['Pasar', 'Kembang'], 0)?.length).toBe(2);
  });

  it('lets a later entry for the same name win', () => {
    const twice = createGazetteer([
      { name: 'Sukaraja', kind: 'district' },
      { name: 'SUKARAJA', kind: 'village' },
    ]);
    expect(twice.match(['Sukaraja'], 0)?.entry).toEqual({ name: 'SUKARAJA', kind: 'village' });
  });

  it('finds nothing in an empty list', () => {
    expect(createGazetteer([]).match(['Sukaraja'], 0)).toBeNull();
  });
});
