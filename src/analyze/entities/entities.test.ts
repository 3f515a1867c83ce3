import { describe, expect, it } from 'vitest';
import { createGazetteer, findEntities } from './index.ts';

const workspace = createGazetteer([
  { name: 'Sukamaju', kind: 'city' },
  { name: 'Sukaraja', kind: 'district' },
]);

const brief = (text: string, options = {}) =>
  findEntities(text, options).map((e) => ({
    text: e.text,
    type: e.type,
    canonical: e.canonical,
    role: e.role ?? null,
  }));

describe('findEntities', () => {
  it('finds a leader with role and title, and resolves later short mentions to the full name', () => {
    const text =
      'Wali Kota Sukamaju H. Arief Wicaksono, S.Sos. meresmikan Jembatan Cibeureum di Kecamatan Sukaraja, Selasa (12/3). ' +
      'Menurut Arief, pembangunan itu dibiayai APBD. Selain itu, Pak Wali juga meminta warga menjaga kebersihan.';
    const found = brief(text, { gazetteer: workspace });
    expect(found).toContainEqual({
      text: 'Arief Wicaksono',
      type: 'PER',
      canonical: 'Arief Wicaksono',
      role: 'Wali Kota Sukamaju',
    });
    expect(found).toContainEqual({ text: 'Arief', type: 'PER', canonical: 'Arief Wicaksono', role: null });
    expect(found).toContainEqual({
      text: 'Pak Wali',
      type: 'PER',
      canonical: 'Arief Wicaksono',
      role: 'Wali Kota Sukamaju',
    });
    expect(found).toContainEqual({
      text: 'Kecamatan Sukaraja',
      type: 'LOC',
      canonical: 'Kecamatan Sukaraja',
      role: null,
    });
    // Sentence openers, days, titles and budget acronyms are not entities.
    const texts = found.map((e) => e.text);
    for (const word of ['Menurut', 'Selain', 'Selasa', 'APBD', 'S.Sos', 'H'])
      expect(texts).not.toContain(word);
  });

  it('keeps the city and the regency of the same name apart', () => {
    const found = brief('Banjir melanda Kabupaten Bekasi dan Kota Bekasi, sementara Kab. Bogor aman.');
    expect(found.map((e) => [e.text, e.type, e.canonical])).toEqual([
      ['Kabupaten Bekasi', 'LOC', 'Kabupaten Bekasi'],
      ['Kota Bekasi', 'LOC', 'Kota Bekasi'],
      ['Kab. Bogor', 'LOC', 'Kabupaten Bogor'],
    ]);
  });

  it('names government bodies with their acronym and resolves the acronym later', () => {
    const text =
      'Badan Penanggulangan Bencana Daerah (BPBD) Jawa Barat mencatat 12 rumah rusak. BPBD meminta Dinas Pekerjaan Umum dan Penataan Ruang bergerak cepat.';
    const found = findEntities(text);
    const orgs = found.filter((e) => e.type === 'ORG').map((e) => [e.text, e.canonical]);
    expect(orgs).toEqual([
      ['Badan Penanggulangan Bencana Daerah (BPBD)', 'Badan Penanggulangan Bencana Daerah'],
      ['BPBD', 'Badan Penanggulangan Bencana Daerah'],
      ['Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
    ]);
    expect(found).toContainEqual(expect.objectContaining({ text: 'Jawa Barat', type: 'LOC' }));
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('reads speakers after speech verbs and officials after their office', () => {
    const found = brief(
      'Kami siap membantu, kata Sutrisno. Kapolres Sukamaju AKBP Dedi Kurniawan memimpin apel di Lapangan Merdeka.',
      { gazetteer: workspace },
    );
    expect(found).toContainEqual({ text: 'Sutrisno', type: 'PER', canonical: 'Sutrisno', role: null });
    expect(found).toContainEqual({
      text: 'Dedi Kurniawan',
      type: 'PER',
      canonical: 'Dedi Kurniawan',
      role: 'Kapolres Sukamaju',
    });
    expect(found).toContainEqual({
      text: 'Lapangan Merdeka',
      type: 'LOC',
      canonical: 'Lapangan Merdeka',
      role: null,
    });
  });

  it('tells a place from a nationality', () => {
    const found = brief(
      'Turis Tiongkok memadati pantai. Ekspor kopi ke Tiongkok naik, sementara militer Israel menyerang Gaza.',
    );
    expect(found.filter((e) => e.type === 'LOC').map((e) => e.text)).toEqual(['Tiongkok', 'Gaza']);
    expect(found.map((e) => e.text)).not.toContain('Israel');
  });

  it('lets workspace aliases decide who a bare role is', () => {
    const aliases = [
      {
        canonical: 'Dewi Lestari',
        type: 'PER' as const,
        aliases: ['Sekda', 'Bu Sekda'],
        role: 'Sekda Kota Sukamaju',
      },
    ];
    const found = brief('Bu Sekda membuka rapat koordinasi. Sekda meminta semua dinas hadir.', { aliases });
    expect(found.filter((e) => e.type === 'PER')).toEqual([
      { text: 'Bu Sekda', type: 'PER', canonical: 'Dewi Lestari', role: 'Sekda Kota Sukamaju' },
      { text: 'Sekda', type: 'PER', canonical: 'Dewi Lestari', role: 'Sekda Kota Sukamaju' },
    ]);
  });

  it("reads the workspace's own villages as places, also where a person could stand", () => {
    const own = createGazetteer([
      { name: 'Ujoeng Kareung', kind: 'village' },
      { name: 'Cibiru', kind: 'district' },
    ]);
    const text = 'Warga Ujoeng Kareung mengeluhkan banjir. Puskesmas Cibiru membuka posko.';
    expect(brief(text, { gazetteer: own }).map((e) => [e.text, e.type])).toEqual([
      ['Ujoeng Kareung', 'LOC'],
      ['Puskesmas Cibiru', 'ORG'],
    ]);
  });

  it('reads regional government bodies whole, by the official list of them', () => {
    const found = brief(
      'Satuan Polisi Pamong Praja menertibkan pedagang di depan kantor Badan Perencanaan Pembangunan Daerah. ' +
        'Kepala Dinas Kependudukan dan Pencatatan Sipil, Rina Marlina, membuka layanan Sabtu.',
    );
    expect(found.map((e) => [e.text, e.type])).toEqual([
      ['Satuan Polisi Pamong Praja', 'ORG'],
      ['Badan Perencanaan Pembangunan Daerah', 'ORG'],
      ['Dinas Kependudukan dan Pencatatan Sipil', 'ORG'],
      ['Rina Marlina', 'PER'],
    ]);
  });

  it('does not invent names from a headline in title case', () => {
    const found = brief('Harga Cabai Naik Jelang Lebaran, Warga Mengeluh\nHarga cabai di pasar naik.');
    expect(found).toEqual([]);
  });
});
