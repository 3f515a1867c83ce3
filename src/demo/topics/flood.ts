// Floods: an ordinary one in Cikalang early in the quarter, and the one in Cibeureum that the demo
// turns into a crisis — standing water, blocked drains, a broken pump, promises, anger in the
// council, and at the end a burst levee and a city hall besieged by residents.
import { type Book, type Phase, type Voice, writeFromBook } from '../book.ts';
import { COUNCIL, districtOf, OFFICIALS, type Person, RIVER, VOICES } from '../city.ts';
import { thousands } from '../prose.ts';
import type { Tone, Topic } from '../story.ts';
import { BACKGROUND, CLOSINGS, FACTS, HEADLINES, LEADS } from './flood-reporting.ts';

interface FloodPlace {
  issue: string;
  village: string;
  street: string;
  rw: number;
}

const CIKALANG: FloodPlace = {
  issue: 'banjir-cikalang',
  village: 'Cikalang',
  street: 'Jalan Pahlawan',
  rw: 4,
};
const CIBEUREUM: FloodPlace = {
  issue: 'banjir-cibeureum',
  village: 'Cibeureum',
  street: 'Jalan Cikaro Raya',
  rw: 7,
};

const OFFICIAL_LINES: Record<string, [keyof typeof OFFICIALS, string][]> = {
  genangan: [
    ['publicWorks', 'Kami akan cek saluran yang tersumbat di titik-titik genangan itu minggu ini'],
    [
      'disaster',
      'Intensitas hujan memang tinggi. Kami minta warga tetap waspada terutama yang tinggal di bantaran sungai',
    ],
  ],
  drainase: [
    [
      'publicWorks',
      'Pengerukan saluran di {village} sudah masuk jadwal. Kami mohon warga bersabar dan tidak membuang sampah ke saluran',
    ],
    [
      'cibeureumLurah',
      'Laporan warga sudah kami teruskan ke dinas teknis. Sementara ini kami gerakkan kerja bakti setiap Minggu',
    ],
  ],
  banjir: [
    [
      'disaster',
      'Tim kami sudah di lokasi sejak dini hari. Prioritas kami evakuasi lansia, ibu hamil, dan anak-anak',
    ],
    [
      'disaster',
      'Debit {river} naik sangat cepat. Kami sudah siagakan perahu karet dan petugas selama 24 jam',
    ],
    ['northCamat', 'Kami sudah koordinasi dengan kelurahan dan BPBD untuk pendataan warga terdampak'],
  ],
  pompa: [
    [
      'publicWorks',
      'Ada kerusakan pada panel listrik pompa. Teknisi sedang memperbaiki dan kami targetkan berfungsi lagi dalam dua hari',
    ],
    ['publicWorks', 'Kami akui pemeliharaan rumah pompa belum optimal. Ini akan kami evaluasi'],
  ],
  respons: [
    [
      'mayor',
      'Saya minta maaf kepada warga. Normalisasi {river} akan kami mulai tahun depan dan anggarannya sudah kami usulkan',
    ],
    [
      'mayor',
      'Pemkot hadir untuk warga. Kebutuhan pengungsi harus terpenuhi, jangan sampai ada yang kelaparan',
    ],
    ['mayor', 'Saya sudah perintahkan Dinas PUPR dan BPBD bekerja siang malam sampai air benar-benar surut'],
    ['northCamat', 'Kebutuhan pengungsi kami data setiap hari di posko kecamatan agar bantuan tepat sasaran'],
  ],
  kritik: [
    [
      'publicWorks',
      'Perbaikan tanggul permanen butuh anggaran besar dan kajian teknis, tidak bisa selesai dalam sebulan',
    ],
    ['mayor', 'Kritik dari dewan dan warga kami terima sebagai masukan. Kami terus bekerja'],
  ],
  bandang: [
    [
      'mayor',
      'Kami berduka atas warga yang meninggal. Saya sudah perintahkan seluruh perangkat daerah turun ke lapangan',
    ],
    ['mayor', 'Saya memahami kemarahan warga. Status tanggap darurat sedang kami kaji bersama BPBD'],
    ['disaster', 'Debit air {river} malam ini di luar perkiraan. Tanggul darurat tidak mampu menahan'],
    [
      'disaster',
      'Kami kekurangan perahu karet dan personel. Bantuan dari kabupaten tetangga sudah kami minta',
    ],
    ['cibeureumLurah', 'Kami sudah buka tiga posko tambahan, tapi jumlah pengungsi terus bertambah'],
  ],
};

const RESIDENT_LINES: Record<string, string[]> = {
  genangan: [
    'Baru hujan sebentar saja sudah tergenang begini, apalagi kalau semalaman',
    'Tiap hujan deras pasti banjir di depan rumah. Sudah lapor berkali-kali',
  ],
  drainase: [
    'Saluran di sini sudah mampet sejak lama, air tidak bisa mengalir ke sungai',
    'Kami sudah lapor ke kelurahan, tapi sampai sekarang belum ada petugas yang datang',
    'Kami takut banjir besar seperti tahun lalu terulang lagi',
  ],
  banjir: [
    'Air masuk rumah sampai sepinggang. Kasur, lemari, semuanya terendam',
    'Saya sudah tiga kali mengungsi tahun ini. Capek, Pak, barang-barang rusak semua',
    'Tengah malam air sudah masuk, kami tidak sempat menyelamatkan apa-apa',
  ],
  pompa: [
    'Pompanya mati pas banjir. Buat apa dibangun kalau tidak bisa dipakai',
    'Dua hari kami menguras air sendiri, tidak ada petugas yang datang',
    'Kami kecewa sekali, sudah bayar pajak tapi pelayanannya begini',
  ],
  respons: [
    'Alhamdulillah bantuan sudah datang, tapi kami lebih butuh tanggulnya diperbaiki',
    'Kami berterima kasih, tapi jangan hanya datang kalau sudah banjir',
  ],
  kritik: [
    'Janjinya normalisasi, tapi sampai sekarang tidak ada alat berat yang datang',
    'Kami merasa diabaikan. Laporan kami soal tanggul retak tidak pernah ditanggapi',
  ],
  bandang: [
    'Rumah saya hanyut, tinggal baju di badan. Pemkot ke mana saja selama ini',
    'Kami sudah teriak sejak minggu lalu soal tanggul, tapi tidak ada yang peduli',
    'Anak saya demam di pengungsian, obat tidak ada, selimut juga kurang',
    'Sudah empat kali banjir seminggu ini. Kami marah, kami kecewa berat',
    'Kami hanya ingin ketemu Pak Wali, minta kepastian kapan tanggul diperbaiki',
    'Bantuan lambat sekali. Kami makan seadanya dari sumbangan tetangga',
  ],
};

const CRITIC_LINES: [Person, string][] = [
  [
    COUNCIL.infrastructure,
    'Banjir ini bukan bencana alam semata, tetapi akibat lambannya Pemkot memperbaiki tanggul yang sudah lama dilaporkan rusak',
  ],
  [
    COUNCIL.infrastructure,
    'Kami akan memanggil Dinas PUPR dan BPBD. Penanganannya lamban dan tidak terkoordinasi',
  ],
  [
    COUNCIL.infrastructure,
    'Kami mendesak Wali Kota segera menetapkan status tanggap darurat supaya penanganan tidak berlarut-larut',
  ],
  [
    VOICES.riverForum,
    'Kami sudah memperingatkan soal tanggul yang retak sejak tiga bulan lalu, tetapi tidak digubris',
  ],
  [VOICES.riverForum, 'Warga bantaran {river} merasa ditelantarkan. Setiap tahun janjinya sama'],
  [
    VOICES.academic,
    'Pemkot gagal membaca risiko. Tata ruang di hulu {river} dibiarkan rusak dan drainase kota tidak pernah dibenahi',
  ],
  [
    VOICES.academic,
    'Komunikasi krisis Pemkot buruk. Warga tidak tahu harus mengungsi ke mana dan bantuan menumpuk di satu titik',
  ],
];

const TONE: Record<string, Tone> = {
  genangan: 'negative',
  drainase: 'negative',
  banjir: 'negative',
  pompa: 'negative',
  respons: 'neutral',
  kritik: 'negative',
  bandang: 'negative',
};

/** Reported speech: what officials said, as reporters paraphrase it. */
const REPORTED: Record<string, [keyof typeof OFFICIALS, string][]> = {
  genangan: [['publicWorks', 'sebagian saluran di kawasan itu menyempit karena tertutup bangunan']],
  drainase: [['cibeureumLurah', 'kelurahan sudah dua kali meminta pengerukan saluran ke dinas teknis']],
  banjir: [
    ['disaster', 'sedikitnya {evacuees} warga telah dievakuasi ke lokasi yang lebih aman'],
    ['northCamat', 'pendataan rumah terdampak masih berlangsung di setiap RW'],
  ],
  pompa: [['publicWorks', 'kerusakan terjadi pada panel listrik yang terendam air']],
  respons: [
    [
      'publicWorks',
      'normalisasi {river} membutuhkan anggaran sekitar Rp 40 miliar dan harus dikerjakan bertahap',
    ],
  ],
  kritik: [['disaster', 'pihaknya sudah bekerja maksimal dengan personel dan peralatan yang ada']],
  bandang: [
    ['disaster', 'jumlah pengungsi masih bisa bertambah karena hujan belum juga berhenti'],
    ['disaster', 'tim gabungan masih menyisir rumah-rumah di bantaran {river}'],
  ],
};

const LOUD = new Set(['pompa', 'kritik', 'bandang']);

function book(place: FloodPlace): Book {
  const phases: Record<string, Phase> = {};
  for (const key of Object.keys(TONE)) {
    phases[key] = {
      tone: TONE[key],
      headlines: HEADLINES[key],
      leads: LEADS[key],
      facts: FACTS[key],
      officials: OFFICIAL_LINES[key].map(([who, line]) => [OFFICIALS[who], line]),
      reports: REPORTED[key].map(([who, clause]) => [OFFICIALS[who], clause]),
      voices: [
        ...RESIDENT_LINES[key].map((line): [Voice, string] => ['resident', line]),
        ...(LOUD.has(key) ? CRITIC_LINES : []),
      ],
      closings: CLOSINGS[key],
      tags: LOUD.has(key) ? ['Pemkot Sukamaju'] : ['BPBD'],
    };
  }
  return {
    issue: place.issue,
    sections: ['Peristiwa', 'Daerah', 'Metropolitan'],
    tags: ['banjir', place.village, RIVER],
    where: ['saat meninjau lokasi', 'di posko pengungsian', 'di Kelurahan {village}'],
    background: BACKGROUND,
    slots: ({ rng, phase, arcDay }) => ({
      village: place.village,
      district: districtOf(place.village),
      street: place.street,
      river: RIVER,
      houses: thousands(rng.int(60, 140) + arcDay * rng.int(25, 45)),
      depth: rng.pick([40, 60, 70, 80, 100, 120, 150]),
      families: rng.int(90, 260),
      evacuees: thousands(
        phase === 'bandang' ? rng.int(11, 16) * 100 + rng.int(0, 9) * 10 : rng.int(120, 480),
      ),
    }),
    phases,
  };
}

const CIKALANG_BOOK = book(CIKALANG);
const CIBEUREUM_BOOK = book(CIBEUREUM);

export const cikalangFlood: Topic = {
  key: 'banjir-cikalang',
  write: (ctx) => writeFromBook(CIKALANG_BOOK, ctx),
};
export const cibeureumFlood: Topic = {
  key: 'banjir-cibeureum',
  write: (ctx) => writeFromBook(CIBEUREUM_BOOK, ctx),
};
