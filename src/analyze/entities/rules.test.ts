// The rules' reading, without the trained tagger: the rules give every name the tagger finds its
// canonical form and its holder's role, and the entity bench scores the tagger beside them.
// What the product finds is in entities.test.ts.
import { describe, expect, it } from 'vitest';
import { createGazetteer, findEntities } from './index.ts';

const RULES = { tagger: null };

const workspace = createGazetteer([{ name: 'Sukamaju', kind: 'city' }]);
const pairs = (text: string) =>
  findEntities(text, { ...RULES, gazetteer: workspace }).map((e) => [e.text, e.type] as const);

describe('findEntities precision rules', () => {
  it('keeps the place an office serves inside the role, not as a separate place', () => {
    const found = findEntities('Gubernur Jawa Barat Dedi Mulyana meninjau banjir di Karawang.', RULES);
    expect(found.map((e) => [e.text, e.type])).toEqual([
      ['Dedi Mulyana', 'PER'],
      ['Karawang', 'LOC'],
    ]);
    expect(found[0]?.role).toBe('Gubernur Jawa Barat');
    expect(pairs('Wali Kota Sukamaju Arief Wicaksono hadir.')).toEqual([['Arief Wicaksono', 'PER']]);
  });

  it('reads an office portfolio as part of the role, not as a name', () => {
    const found = findEntities(
      'Direktur Pemasaran dan Niaga Pertamina Budi Santoso mengatakan stok aman. ' +
        'Menteri Kelautan dan Perikanan Sakti Wahyu meninjau pelabuhan.',
      RULES,
    );
    const people = found.filter((e) => e.type === 'PER').map((e) => [e.text, e.role]);
    expect(people).toEqual([
      ['Budi Santoso', 'Direktur Pemasaran dan Niaga Pertamina'],
      ['Sakti Wahyu', 'Menteri Kelautan dan Perikanan'],
    ]);
    expect(found.map((e) => e.text)).not.toContain('Pemasaran');
  });

  it('does not read a common noun or an affixed noun in capitals as a person', () => {
    const text =
      'Warga menolak kenaikan Harga Beras itu. Laporan soal Keterbukaan Informasi Publik dibahas, ' +
      'sementara militer meluncurkan Operasi Fajar di perbatasan.';
    expect(findEntities(text, RULES).filter((e) => e.type === 'PER')).toEqual([]);
  });

  it('does not read a house number after a street as a name', () => {
    expect(pairs('Kantor itu berada di Jalan Merdeka Barat No 7, Jakarta.').map(([t]) => t)).not.toContain(
      'No',
    );
  });

  it('reads a name after an organisation noun, or written like a brand, as an organisation', () => {
    expect(pairs('Penumpang maskapai Lionel terlantar, kata surat kabar Harian Fajar.')).toContainEqual([
      'Lionel',
      'ORG',
    ]);
    expect(pairs('Saham milik GlobalTel naik tajam.')).toContainEqual(['GlobalTel', 'ORG']);
    expect(pairs('Penerbangan Sriwijaya Air dibatalkan.')).toContainEqual(['Sriwijaya Air', 'ORG']);
  });
});

describe('findEntities things that are not people', () => {
  it('reads a capitalised word after a thing noun or inside an English title as no person', () => {
    const text =
      'Maskapai itu membeli pesawat Boeing baru, sementara aplikasi Android diperbarui. ' +
      'Ia mengutip Bill of Rights dalam pidatonya.';
    expect(findEntities(text, RULES).filter((e) => e.type === 'PER')).toEqual([]);
  });

  it('does not read technical acronyms as organisations', () => {
    const found = findEntities(
      'Perusahaan akan melaksanakan IPO setelah uji DNA dan rapat KLB selesai.',
      RULES,
    );
    expect(found).toEqual([]);
  });

  it('keeps an Arabic article with the surname', () => {
    expect(pairs('Presiden Suriah Bashar al-Assad menerima utusan PBB.')).toContainEqual([
      'Bashar al-Assad',
      'PER',
    ]);
  });
});

describe('findEntities office of a region', () => {
  it('keeps an unlisted region with the body it belongs to, before the holder', () => {
    const found = findEntities(
      'Kepala BPBD Kota Sukamaju Arief Wicaksono meninjau Kecamatan Cibeureum.',
      RULES,
    );
    expect(found.map((e) => [e.text, e.type])).toEqual([
      ['BPBD Kota Sukamaju', 'ORG'],
      ['Arief Wicaksono', 'PER'],
      ['Kecamatan Cibeureum', 'LOC'],
    ]);
  });
});

describe('findEntities places, parties and venues', () => {
  it('reads a foreign country as a place only where something happens there', () => {
    const text =
      'Jerman menolak usulan itu. Delegasi dari Jerman tiba di Kairo, Mesir, lalu bertemu pejabat Jerman.';
    const places = findEntities(text, RULES)
      .filter((e) => e.type === 'LOC')
      .map((e) => [e.text, e.start]);
    expect(places).toEqual([
      ['Jerman', text.indexOf('dari Jerman') + 5],
      ['Kairo', text.indexOf('Kairo')],
      ['Mesir', text.indexOf('Mesir')],
    ]);
  });

  it('reports the party, not its board, faction or branch region', () => {
    const found = findEntities(
      'Ketua DPD Partai Demokrat Jawa Timur Agus Santoso hadir. Fraksi PKB menolak, sementara Dewan Pimpinan Pusat Partai Golkar diam.',
      RULES,
    );
    expect(found.map((e) => [e.text, e.type])).toEqual([
      ['Partai Demokrat', 'ORG'],
      ['Agus Santoso', 'PER'],
      ['PKB', 'ORG'],
      ['Partai Golkar', 'ORG'],
    ]);
  });

  it('drops a bracketed acronym of a term and the title of a law, keeping a known body', () => {
    const text =
      'Kedua pihak meneken letter of intent (LoI) sesuai UU Jabatan Notaris, dan kasus itu dilaporkan ke komisi antirasuah (KPK).';
    expect(pairs(text)).toEqual([['KPK', 'ORG']]);
  });

  it('knows regency short names and reports their full names', () => {
    const found = findEntities('Banjir melanda Jaksel, lalu warga mengungsi ke Kukar.', RULES);
    expect(found.map((e) => [e.text, e.type, e.canonical])).toEqual([
      ['Jaksel', 'LOC', 'Jakarta Selatan'],
      ['Kukar', 'LOC', 'Kutai Kartanegara'],
    ]);
  });

  it('reads a court or hospital after "di" as the place where something happens', () => {
    expect(pairs('Sidang digelar di Pengadilan Negeri Sukamaju, Senin.')).toEqual([
      ['Pengadilan Negeri Sukamaju', 'LOC'],
    ]);
    expect(pairs('Pengadilan Negeri Sukamaju menolak gugatan itu.')).toEqual([
      ['Pengadilan Negeri Sukamaju', 'ORG'],
    ]);
  });

  it('keeps a member body whole and a ministry with its acronym portfolio', () => {
    expect(pairs('Ikatan Dokter Indonesia mengkritik Kementerian Hukum dan HAM.')).toEqual([
      ['Ikatan Dokter Indonesia', 'ORG'],
      ['Kementerian Hukum dan HAM', 'ORG'],
    ]);
  });

  it('reads "Tanah Air" as no organisation and keeps initials inside a name', () => {
    expect(pairs('Produk itu dijual di Tanah Air sejak lama.')).toEqual([]);
    expect(pairs('Partai itu mengusung Irianto MS Syaifuddin sebagai calon.')).toEqual([
      ['Irianto MS Syaifuddin', 'PER'],
    ]);
  });

  it('reads a lone sentence-opening name before a speech tag or a reporting verb as a person', () => {
    expect(pairs('Hasanuddin mengatakan warga sudah dievakuasi.')).toContainEqual(['Hasanuddin', 'PER']);
    expect(pairs('Fanshurullah menambahkan, stok aman.')).toContainEqual(['Fanshurullah', 'PER']);
    expect(pairs('Pernah menjabat bupati, ia kini pensiun.')).toEqual([]);
  });
});
