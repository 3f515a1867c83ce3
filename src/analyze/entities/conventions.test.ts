// The rules' reading, without the trained tagger: the rules give every name the tagger finds its
// canonical form and its holder's role, and the entity bench scores the tagger beside them.
// What the product finds is in entities.test.ts.
import { describe, expect, it } from 'vitest';
import { findEntities } from './index.ts';

const RULES = { tagger: null };

const pairs = (text: string) => findEntities(text, RULES).map((e) => [e.text, e.type] as const);

describe('findEntities news conventions', () => {
  it('reports the house, not its numbered commission', () => {
    expect(pairs('Anggota Komisi IV DPR Rahmat Hidayat meninjau gudang beras.')).toEqual([
      ['DPR', 'ORG'],
      ['Rahmat Hidayat', 'PER'],
    ]);
    expect(pairs('Rapat dengar pendapat digelar Komisi II pekan depan.')).toEqual([]);
  });

  it('reports the party, not the board written before it', () => {
    expect(pairs('Keputusan DPP sudah final, kata Ketua DPW Golkar Andi Saputra.')).toEqual([
      ['Golkar', 'ORG'],
      ['Andi Saputra', 'PER'],
    ]);
    expect(pairs('Sebanyak 20 DPD Lampung mendukung usulan itu.')).toEqual([]);
  });

  it('keeps a lower-case side of a place inside the place, but not the aspect word "tengah"', () => {
    expect(pairs('Roket jatuh di Suriah utara dan di Irak barat laut.')).toEqual([
      ['Suriah utara', 'LOC'],
      ['Irak barat laut', 'LOC'],
    ]);
    expect(pairs('Warga di Mesir tengah menunggu hasil pemilu.')).toEqual([['Mesir', 'LOC']]);
  });

  it('reads a parliament complex as a place with its head word', () => {
    expect(pairs('Ia ditemui di kompleks DPR, Senayan.')).toEqual([
      ['kompleks DPR', 'LOC'],
      ['Senayan', 'LOC'],
    ]);
  });

  it('reads a hyphenated ticket after "pemerintahan" as the government, not a person', () => {
    expect(pairs('Program itu dijalankan pemerintahan Budi-Rahmat sejak awal.')).toEqual([]);
  });

  it('reads Agung as a given name unless it completes an office', () => {
    expect(pairs('Ketua Umum Partai Golkar Agung Laksono hadir. Jaksa Agung Burhan Said datang.')).toEqual([
      ['Partai Golkar', 'ORG'],
      ['Agung Laksono', 'PER'],
      ['Burhan Said', 'PER'],
    ]);
  });

  it('reads a company by the nouns around it', () => {
    expect(pairs('Ia bekerja di perusahaan tambang swasta Harvind sejak 2010.')).toEqual([
      ['Harvind', 'ORG'],
    ]);
    expect(pairs('Bravitel, sebuah operator seluler, menaikkan tarif.')).toEqual([['Bravitel', 'ORG']]);
    expect(pairs('Investor memburu saham Kartamas pekan ini.')).toEqual([['Kartamas', 'ORG']]);
    expect(pairs('Hal itu disampaikan Andi kepada Warta.com di Bogor.')).toEqual([
      ['Andi', 'PER'],
      ['Warta.com', 'ORG'],
      ['Bogor', 'LOC'],
    ]);
  });

  it('keeps a building in apposition with an office a place', () => {
    expect(pairs('Mereka rapat di Hotel Melati, kantor sementara panitia.')).toEqual([
      ['Hotel Melati', 'LOC'],
    ]);
  });

  it('reads a ministry written in lower case with its portfolio and country', () => {
    expect(pairs('Pernyataan itu dikeluarkan kementerian luar negeri Jepang pada Senin.')).toEqual([
      ['kementerian luar negeri Jepang', 'ORG'],
    ]);
    expect(pairs('Juru bicara kementerian pertahanan menolak berkomentar.')).toEqual([
      ['kementerian pertahanan', 'ORG'],
    ]);
  });

  it('reads PD in capitals as the party, not a degree', () => {
    expect(pairs('Dua kader PD pindah partai.')).toEqual([['PD', 'ORG']]);
  });

  it('does not take a noun opening the sentence or "bersaudara" into a name', () => {
    expect(pairs('Kunjungan Hartono ke pabrik itu singkat.')).toEqual([['Hartono', 'PER']]);
    expect(pairs('Foto itu diambil Wiranto bersaudara.').map(([t]) => t)).toEqual(['Wiranto']);
    expect(pairs('Kakak beradik itu dikenal sebagai Suganda Bersaudara.').map(([t]) => t)).toEqual([
      'Suganda',
    ]);
  });

  it('reads a fuel or polling station after "di" as a place', () => {
    expect(pairs('Antrean mengular di setiap SPBU sejak pagi.')).toEqual([['SPBU', 'LOC']]);
    expect(pairs('Pasokan SPBU dikurangi.')).toEqual([]);
  });

  it('reads a country in brackets after a name as a place', () => {
    expect(pairs('Pemenangnya Amina Yusuf (Nigeria) dan Carlos Mendes (Brasil).')).toEqual([
      ['Amina Yusuf', 'PER'],
      ['Nigeria', 'LOC'],
      ['Carlos Mendes', 'PER'],
      ['Brasil', 'LOC'],
    ]);
  });

  it('reads a country after a border or an airspace as a place', () => {
    expect(pairs('Provinsi itu berbatasan dengan Pakistan.')).toEqual([['Pakistan', 'LOC']]);
    expect(pairs('Jet tempur itu memasuki wilayah udara Jepang.')).toEqual([['Jepang', 'LOC']]);
  });

  it('keeps a party named by common words whole and the office running through loanword nouns', () => {
    expect(pairs('Ia pindah ke Partai Keadilan dan Persatuan Indonesia.')).toEqual([
      ['Partai Keadilan dan Persatuan Indonesia', 'ORG'],
    ]);
    const found = findEntities(
      'Kepala Pusat Data dan Informasi Kebencanaan Rudi Hartono memaparkan data.',
      RULES,
    );
    expect(found.filter((e) => e.type === 'PER').map((e) => e.text)).toEqual(['Rudi Hartono']);
  });

  it('reads a lone name opening a sentence before a verb only a person does', () => {
    expect(pairs('Sulastri menyadari tugas itu berat.')).toEqual([['Sulastri', 'PER']]);
    expect(pairs('Gunarto optimistis target tercapai.')).toEqual([['Gunarto', 'PER']]);
  });

  it("keeps a ruler's title and regnal number in the name", () => {
    expect(pairs('Ia disambut Sultan Hamengku Buwono X di keraton.')).toEqual([
      ['Sultan Hamengku Buwono X', 'PER'],
    ]);
    expect(pairs('Ia bertemu Raja Abdullah II kemarin.')).toEqual([['Abdullah II', 'PER']]);
    expect(pairs('Juara Umum III diraih tim tuan rumah.')).toEqual([]);
  });

  it('does not read an award, an operation or a disease named in English as a person', () => {
    expect(pairs('Ia meraih Bintang Makmur Award tahun ini.')).toEqual([]);
    expect(pairs('Militer melancarkan Operation Iron Shield pekan lalu.')).toEqual([]);
  });

  it('reads a one-word name joined by "dan" to an organisation as an organisation', () => {
    expect(pairs('Saham Astra Graphia Tbk dan Kalbera turun tajam.')).toEqual([
      ['Astra Graphia Tbk', 'ORG'],
      ['Kalbera', 'ORG'],
    ]);
    expect(pairs('Hal itu dikatakan Ketua KPK, Agus, di Jakarta.')).toContainEqual(['Agus', 'PER']);
  });

  it('knows well-known agencies and companies by their short names', () => {
    expect(pairs('Satelit itu diluncurkan NASA dan ponsel baru dirilis Huawei.')).toEqual([
      ['NASA', 'ORG'],
      ['Huawei', 'ORG'],
    ]);
  });

  it('keeps the region of a lower-case regional office inside the office', () => {
    expect(pairs('Ia mencalonkan diri sebagai gubernur Jawa Tengah tahun depan.')).toEqual([]);
    expect(pairs('Ia pindah ke Jawa Tengah tahun depan.')).toEqual([['Jawa Tengah', 'LOC']]);
  });

  it('reads a city or country described as a place as a place, and one acting after a comma as none', () => {
    expect(pairs('Roma adalah kota tujuan wisata favorit.')).toEqual([['Roma', 'LOC']]);
    expect(pairs('Kroasia, negara kecil di Eropa, menolak usulan itu.')).toContainEqual(['Kroasia', 'LOC']);
    expect(pairs('Itu bukan hal baru, kata dia, Jepang ingin menambah kuota.')).toEqual([]);
    expect(pairs('Ia bepergian ke Tokyo, Jepang pada Mei.')).toEqual([
      ['Tokyo', 'LOC'],
      ['Jepang', 'LOC'],
    ]);
  });

  it('reads "se-" before a region as "all over" the region, not part of its name', () => {
    expect(pairs('Pengurus PAN se-Sulawesi Selatan berkumpul.')).toEqual([
      ['PAN', 'ORG'],
      ['Sulawesi Selatan', 'LOC'],
    ]);
  });

  it('keeps the holder of an office headed by a body word out of the body', () => {
    expect(pairs('Sekretaris Kabinet Andi Prasetyo mengumumkan jadwal itu.')).toEqual([
      ['Andi Prasetyo', 'PER'],
    ]);
    expect(pairs('Mereka adalah MS Hidayat dan Budi Karya.')).toEqual([
      ['MS Hidayat', 'PER'],
      ['Budi Karya', 'PER'],
    ]);
  });

  it('does not read common words after a role or a speech tag as a name', () => {
    expect(pairs('Ia melapor kepada Ketua Umumnya kemarin.')).toEqual([]);
    expect(pairs('Itu sudah jelas, ujarnya, Perundingan-perundingan akan dilanjutkan.')).toEqual([]);
    expect(pairs('Kesimpulannya sudah jelas, kata Perlman.')).toEqual([['Perlman', 'PER']]);
  });

  it('reads a name after a place word and a side as a place', () => {
    expect(pairs('Roket menghantam kota selatan Ashkelon.')).toEqual([['Ashkelon', 'LOC']]);
  });

  it('splits a faculty from its university and keeps a company form after an acronym', () => {
    expect(pairs('Peneliti Fakultas Pertanian Universitas Andalas menemukan varietas baru.')).toEqual([
      ['Fakultas Pertanian', 'ORG'],
      ['Universitas Andalas', 'ORG'],
    ]);
    expect(pairs('Saham DXT Corp naik.')).toEqual([['DXT Corp', 'ORG']]);
  });

  it('reads a name with English adjectives as a firm unless it follows a place word', () => {
    expect(pairs('Tawaran Western Pacific Holding ditolak.')).toEqual([['Western Pacific Holding', 'ORG']]);
    expect(pairs('Konser digelar di Royal Festival Hall pekan lalu.')).toEqual([
      ['Royal Festival Hall', 'LOC'],
    ]);
  });

  it('takes a lower-case "partai" into a party name only', () => {
    expect(pairs('Ia bergabung dengan partai Gerindra.')).toEqual([['partai Gerindra', 'ORG']]);
  });

  it('reads a cabinet named after its prime minister as the person', () => {
    expect(pairs('Ia menjabat menteri pada Kabinet Burhanuddin Harahap.')).toEqual([
      ['Burhanuddin Harahap', 'PER'],
    ]);
    expect(pairs('Para menteri Kabinet Indonesia Maju dilantik.')).toContainEqual([
      'Kabinet Indonesia Maju',
      'ORG',
    ]);
  });

  it('reads "Antara lain" as a list opener, not the news agency', () => {
    expect(pairs('Antara lain, petani di Kediri ikut hadir.')).toEqual([['Kediri', 'LOC']]);
  });

  it('reads guards, brigades and committees as organisations', () => {
    expect(pairs('Serangan itu diklaim Brigade Martir pada Senin.')).toEqual([['Brigade Martir', 'ORG']]);
    expect(pairs('Izin praktik dikeluarkan Konsil Kebidanan.')).toEqual([['Konsil Kebidanan', 'ORG']]);
  });

  it('reads a lone name before "kemudian" as the subject', () => {
    expect(pairs('Sutrisno kemudian meninggalkan ruangan.')).toEqual([['Sutrisno', 'PER']]);
  });
});
