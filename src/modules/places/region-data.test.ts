// The official list as idn-area-data ships it: every regency and city with its province, found by
// code or name, and one city's districts and villages with their kind, named as news writes them.
import { describe, expect, test } from 'vitest';
import { matchRegencies, newsName, readRegencies, readRegionPlaces, searchRegencies } from './region-data.ts';

describe('the official list of regions', () => {
  test('514 regencies and cities, found by code or name', async () => {
    const all = await readRegencies();
    expect(all).toHaveLength(514);
    expect(all.find((r) => r.code === '35.76')).toEqual({
      code: '35.76',
      name: 'Kota Mojokerto',
      province: 'Jawa Timur',
    });
    const exact = (q: string) => matchRegencies(all, q).exact.map((r) => r.name);
    expect(exact('3576')).toEqual(['Kota Mojokerto']);
    expect(exact('35.76')).toEqual(['Kota Mojokerto']);
    expect(exact('kab. mojokerto')).toEqual(['Kabupaten Mojokerto']);
    expect(exact('Mojokerto')).toEqual(['Kabupaten Mojokerto', 'Kota Mojokerto']);
    expect(exact('Sabang')).toEqual(['Kota Sabang']);
    expect(exact('Kota Jakarta Selatan')).toEqual(['Kota Administrasi Jakarta Selatan']);
    expect(exact('Bandng')).toEqual([]);
    expect(matchRegencies(all, 'Bandng').similar.map((r) => r.name)).toEqual([
      'Kabupaten Bandung',
      'Kota Bandung',
    ]);
    expect(searchRegencies(all, 'kota aceh').map((r) => r.code)).toEqual([
      '11.71',
      '11.72',
      '11.73',
      '11.74',
      '11.75',
    ]);
    expect(searchRegencies(all, '11.7')).toHaveLength(5);
    expect(searchRegencies(all)).toHaveLength(514);
  });

  test("one city's districts and villages, kelurahan told from desa by their code", async () => {
    const all = await readRegencies();
    const mojokerto = await readRegionPlaces(all.find((r) => r.code === '35.76') as (typeof all)[0]);
    expect(mojokerto.districts.map((d) => d.name)).toEqual(['Prajuritkulon', 'Magersari', 'Kranggan']);
    expect(mojokerto.villages).toHaveLength(18);
    expect(mojokerto.villages.every((v) => v.kind === 'kelurahan')).toBe(true);
    expect(mojokerto.villages[0]).toEqual({
      code: '35.76.01.1003',
      name: 'Mentikan',
      kind: 'kelurahan',
      district: 'Prajuritkulon',
    });
    const sabang = await readRegionPlaces(all.find((r) => r.code === '11.72') as (typeof all)[0]);
    expect(sabang.villages.every((v) => v.kind === 'desa')).toBe(true);
    const sumenep = await readRegionPlaces(all.find((r) => r.code === '35.29') as (typeof all)[0]);
    expect(sumenep.districts.map((d) => d.name)).toContain("Ra'as");
  });

  test('names as news writes them', () => {
    expect(newsName('KOTA BANDUNG')).toBe('Kota Bandung');
    expect(newsName('CIBEUNYING  KALER')).toBe('Cibeunying Kaler');
    expect(newsName('LUBUK PAKAM II')).toBe('Lubuk Pakam II');
    expect(newsName('SIMPANG IV (EMPAT)')).toBe('Simpang IV (Empat)');
    // The data's double quote is the apostrophe of Ra'as (Sumenep).
    expect(newsName('Ra"as')).toBe("Ra'as");
    expect(newsName('RA"AS')).toBe("Ra'as");
    // Mixed case is the data's own spelling, acronyms kept.
    expect(newsName('UPT Sei Bamban')).toBe('UPT Sei Bamban');
  });
});
