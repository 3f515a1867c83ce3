// A monitoring report as an analyst of the fictional Kota Sukamaju would hand it up SOP A's chain in
// December: four key issues (banjir rob, RSUD, PPDB, parkir liar), figures, charts, recommendations
// addressed to agencies, three sign-offs, and an annex as long as a test asks for.
import { Resvg } from '@resvg/resvg-js';
import { bullets, doc, numbered, paragraph, type RichBlock, type RichInline, text } from '../rich-text.ts';
import type { AnnexRow, ApprovalRow, MonitoringReport, ReportChart, ReportSection } from './model.ts';

const bold = (t: string) => text(t, { type: 'bold' });
const italic = (t: string) => text(t, { type: 'italic' });
const link = (t: string, href: string) => text(t, { type: 'link', attrs: { href } });
const heading = (t: string): RichBlock => ({ type: 'heading', attrs: { level: 3 }, content: [text(t)] });
const hardBreak: RichInline = { type: 'hardBreak' };

const NUMBER = new Intl.NumberFormat('id-ID');
const n = (x: number) => NUMBER.format(x);
const pct = (part: number, whole: number) => `${NUMBER.format(Math.round((part / whole) * 1000) / 10)}%`;

const DAYS = Array.from({ length: 30 }, (_, i) => `${i + 1} Nov`);
// Negative news climbs with the tidal flood of 10–14 November.
const POSITIVE = [
  8, 6, 9, 7, 10, 5, 4, 9, 11, 8, 7, 6, 5, 6, 9, 12, 10, 8, 7, 9, 6, 5, 11, 13, 9, 8, 7, 10, 12, 9,
];
const NEUTRAL = [
  14, 12, 15, 13, 16, 9, 8, 15, 17, 14, 13, 12, 11, 12, 15, 18, 16, 14, 13, 15, 10, 9, 17, 19, 15, 14, 13, 16,
  18, 15,
];
const NEGATIVE = [
  3, 2, 4, 3, 5, 2, 1, 4, 6, 9, 14, 17, 15, 11, 7, 5, 4, 6, 8, 5, 3, 2, 4, 3, 5, 4, 3, 3, 4, 2,
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const TONES = { Positif: sum(POSITIVE), Netral: sum(NEUTRAL), Negatif: sum(NEGATIVE) };
const TOTAL = TONES.Positif + TONES.Netral + TONES.Negatif;

const OUTLETS: { name: string; type: 'Online' | 'Cetak'; domain: string; articles: number }[] = [
  { name: 'Sukamaju Pos', type: 'Cetak', domain: '', articles: 142 },
  { name: 'Kompas.com', type: 'Online', domain: 'regional.kompas.com', articles: 118 },
  { name: 'Detik.com', type: 'Online', domain: 'news.detik.com', articles: 97 },
  { name: 'Tribun Sukamaju', type: 'Online', domain: 'sukamaju.tribunnews.com', articles: 88 },
  { name: 'Radar Sukamaju', type: 'Cetak', domain: '', articles: 76 },
  { name: 'Antara Banten', type: 'Online', domain: 'banten.antaranews.com', articles: 54 },
  { name: 'Kabar Pesisir', type: 'Online', domain: 'kabarpesisir.id', articles: 41 },
  { name: 'Suara Warga Online', type: 'Online', domain: 'suarawarga.co.id', articles: 33 },
];

const ISSUES = [
  { name: 'Banjir rob di pesisir utara', articles: 214, positive: 38, neutral: 71, negative: 105 },
  { name: 'Pelayanan RSUD Sukamaju', articles: 131, positive: 29, neutral: 47, negative: 55 },
  { name: 'PPDB dan sistem zonasi', articles: 96, positive: 18, neutral: 41, negative: 37 },
  { name: 'Parkir liar dan kemacetan', articles: 72, positive: 15, neutral: 33, negative: 24 },
];

const HEADLINES: { title: string; issue: string; tone: 'Positif' | 'Netral' | 'Negatif' }[] = [
  {
    title: 'Banjir Rob Rendam Ratusan Rumah di Kelurahan Muara Baru, Warga Minta Tanggul Permanen',
    issue: ISSUES[0].name,
    tone: 'Negatif',
  },
  {
    title: 'Wali Kota Sukamaju Tinjau Lokasi Banjir Rob dan Salurkan Bantuan Logistik',
    issue: ISSUES[0].name,
    tone: 'Positif',
  },
  {
    title: 'BPBD Sukamaju Siagakan 14 Pompa Air Hadapi Puncak Pasang Laut',
    issue: ISSUES[0].name,
    tone: 'Netral',
  },
  {
    title: 'DPRD Kritik Lambannya Penanganan Banjir Rob di Pesisir Utara',
    issue: ISSUES[0].name,
    tone: 'Negatif',
  },
  {
    title: 'Pasien Keluhkan Antrean Panjang di RSUD Sukamaju, Ada yang Menunggu Lima Jam',
    issue: ISSUES[1].name,
    tone: 'Negatif',
  },
  {
    title: 'RSUD Sukamaju Luncurkan Pendaftaran Daring untuk Memangkas Antrean',
    issue: ISSUES[1].name,
    tone: 'Positif',
  },
  {
    title: 'Ombudsman Terima Aduan soal Pelayanan IGD RSUD Sukamaju',
    issue: ISSUES[1].name,
    tone: 'Negatif',
  },
  {
    title: 'Direktur RSUD: Penambahan Dokter Spesialis Dilakukan Bertahap hingga 2027',
    issue: ISSUES[1].name,
    tone: 'Netral',
  },
  {
    title: 'Orang Tua Protes Sistem Zonasi PPDB, Minta Kuota Jalur Afirmasi Ditambah',
    issue: ISSUES[2].name,
    tone: 'Negatif',
  },
  {
    title: 'Dinas Pendidikan Sukamaju Buka Posko Pengaduan PPDB di Setiap Kecamatan',
    issue: ISSUES[2].name,
    tone: 'Positif',
  },
  {
    title: 'Evaluasi PPDB 2026 Dibahas dalam Rapat Dengar Pendapat Komisi IV DPRD',
    issue: ISSUES[2].name,
    tone: 'Netral',
  },
  {
    title: 'Parkir Liar di Jalan Merdeka Bikin Macet, Satpol PP Gelar Penertiban',
    issue: ISSUES[3].name,
    tone: 'Netral',
  },
  { title: 'Warga Resah Pungutan Parkir Liar di Kawasan Pasar Baru', issue: ISSUES[3].name, tone: 'Negatif' },
  {
    title: 'Dishub Sukamaju Terapkan Parkir Nontunai di 12 Titik Mulai Desember',
    issue: ISSUES[3].name,
    tone: 'Positif',
  },
  {
    title: 'Pemkot Sukamaju Raih Penghargaan Kota Layak Anak Kategori Nindya',
    issue: 'Prestasi pemerintah kota',
    tone: 'Positif',
  },
  {
    title: 'Wali Kota Pimpin Upacara Hari Pahlawan di Taman Makam Pahlawan Sukamaju',
    issue: 'Kegiatan pimpinan',
    tone: 'Netral',
  },
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function annex(rows: number): AnnexRow[] {
  const raw = Array.from({ length: rows }, (_, i) => {
    const day = 1 + ((i * 7) % 30);
    const minutes = (6 + ((i * 5) % 15)) * 60 + ((i * 13) % 60);
    return {
      i,
      day,
      minutes,
      headline: HEADLINES[(i * 5) % HEADLINES.length],
      outlet: OUTLETS[i % OUTLETS.length],
    };
  });
  raw.sort((a, b) => a.day - b.day || a.minutes - b.minutes || a.i - b.i);
  return raw.map((r, k) => {
    const time = `${String(Math.floor(r.minutes / 60)).padStart(2, '0')}:${String(r.minutes % 60).padStart(2, '0')}`;
    return {
      no: k + 1,
      publishedAt: `${r.day} Nov 2026 ${time} WIB`,
      outlet: r.outlet.name,
      mediaType: r.outlet.type,
      title: r.headline.title,
      tone: r.headline.tone,
      issue: r.headline.issue,
      // Print clippings have no address: the annex leaves their link empty.
      url: r.outlet.domain
        ? `https://${r.outlet.domain}/read/2026/11/${String(r.day).padStart(2, '0')}/${slug(r.headline.title)}-${k + 1}`
        : '',
    };
  });
}

const CHARTS: ReportChart[] = [
  {
    key: 'volume-harian',
    title: 'Jumlah berita per hari menurut nada, 1–30 November 2026',
    kind: 'line',
    unit: 'berita',
    categories: DAYS,
    series: [
      { name: 'Positif', values: POSITIVE },
      { name: 'Netral', values: NEUTRAL },
      { name: 'Negatif', values: NEGATIVE },
    ],
  },
  {
    key: 'nada',
    title: 'Komposisi nada pemberitaan',
    kind: 'pie',
    unit: 'berita',
    categories: ['Positif', 'Netral', 'Negatif'],
    series: [{ name: 'Berita', values: [TONES.Positif, TONES.Netral, TONES.Negatif] }],
  },
  {
    key: 'media-teratas',
    title: 'Delapan media dengan pemberitaan terbanyak',
    kind: 'bar',
    unit: 'berita',
    categories: OUTLETS.map((o) => o.name),
    series: [{ name: 'Berita', values: OUTLETS.map((o) => o.articles) }],
  },
];

const section = (
  key: string,
  title: string,
  body: RichBlock[],
  extra: Partial<ReportSection> = {},
): ReportSection => ({
  key,
  title,
  body: doc(...body),
  charts: [],
  tables: [],
  ...extra,
});

const SECTIONS: ReportSection[] = [
  section('pendahuluan', 'Pendahuluan', [
    heading('Latar Belakang'),
    paragraph(
      'Pemantauan media merupakan bagian dari tugas Bagian Protokol dan Komunikasi Pimpinan untuk menyediakan bahan masukan bagi pimpinan daerah. Laporan ini menghimpun pemberitaan tentang ',
      bold('Pemerintah Kota Sukamaju'),
      ' dan pimpinannya di media cetak dan online selama bulan November 2026.',
    ),
    heading('Maksud dan Tujuan'),
    paragraph(
      'Laporan disusun sebagai ',
      italic('early warning'),
      ' atas isu yang berkembang di masyarakat serta bahan evaluasi program perangkat daerah terkait.',
    ),
    heading('Ruang Lingkup'),
    paragraph('Pemantauan mencakup:'),
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            paragraph('Media online: portal berita nasional dan lokal, yaitu'),
            bullets([
              ['Kompas.com, Detik.com dan Antara Banten;'],
              ['Tribun Sukamaju, Kabar Pesisir dan Suara Warga Online.'],
            ]),
          ],
        },
        {
          type: 'listItem',
          content: [
            paragraph('Media cetak: harian ', italic('Sukamaju Pos'), ' dan ', italic('Radar Sukamaju'), '.'),
          ],
        },
      ],
    },
  ]),
  section(
    'statistik',
    'Statistik Pemberitaan',
    [
      paragraph(
        'Selama periode pemantauan tercatat ',
        bold(`${n(TOTAL)} berita`),
        `. Pemberitaan bernada netral mendominasi (${pct(TONES.Netral, TOTAL)}), diikuti nada positif (${pct(TONES.Positif, TOTAL)}) dan negatif (${pct(TONES.Negatif, TOTAL)}).`,
      ),
      paragraph(
        'Lonjakan berita negatif terjadi pada ',
        bold('10–14 November 2026'),
        ' bersamaan dengan banjir rob di pesisir utara; puncaknya 17 berita negatif pada 12 November.',
      ),
    ],
    {
      charts: ['volume-harian', 'nada', 'media-teratas'],
      tables: [
        {
          caption: 'Jumlah pemberitaan menurut nada',
          columns: ['Nada', 'Jumlah berita', 'Persentase'],
          numeric: [1, 2],
          rows: [
            ...(['Positif', 'Netral', 'Negatif'] as const).map((t) => [t, n(TONES[t]), pct(TONES[t], TOTAL)]),
            ['Jumlah', n(TOTAL), '100%'],
          ],
        },
        {
          caption: 'Media dengan pemberitaan terbanyak',
          columns: ['No', 'Media', 'Jenis', 'Jumlah berita', 'Perubahan'],
          numeric: [0, 3, 4],
          rows: OUTLETS.map((o, i) => [
            String(i + 1),
            o.name,
            o.type,
            n(o.articles),
            i % 3 === 1 ? '−8%' : `+${(i * 7) % 23}%`,
          ]),
        },
      ],
    },
  ),
  section(
    'isu-utama',
    'Isu Utama',
    [
      paragraph('Empat isu menonjol selama periode pemantauan, diurutkan menurut jumlah berita:'),
      numbered(
        ISSUES.map((i) => [
          bold(i.name),
          ` — ${n(i.articles)} berita, ${pct(i.negative, i.articles)} bernada negatif.`,
        ]),
      ),
    ],
    {
      tables: [
        {
          caption: 'Isu utama menurut jumlah dan nada pemberitaan',
          columns: ['Isu', 'Berita', 'Positif', 'Netral', 'Negatif'],
          numeric: [1, 2, 3, 4],
          rows: ISSUES.map((i) => [i.name, n(i.articles), n(i.positive), n(i.neutral), n(i.negative)]),
        },
      ],
    },
  ),
  section('analisis-isu-1', 'Analisis Isu: Banjir Rob di Pesisir Utara', [
    paragraph(
      'Banjir rob pada 10–14 November merendam permukiman di Kelurahan Muara Baru dan Kelurahan Tanjung Sari. Media menyoroti ketiadaan tanggul permanen dan lambannya distribusi bantuan pada hari pertama.',
    ),
    paragraph(
      'Kutipan yang paling banyak dikutip ulang berasal dari Ketua RW 05 Muara Baru: ',
      italic('"Setiap tahun kami kebanjiran, tapi tanggulnya tidak pernah selesai."'),
      hardBreak,
      'Sumber: ',
      link(
        'Kompas.com, 12 November 2026',
        'https://regional.kompas.com/read/2026/11/12/banjir-rob-muara-baru',
      ),
    ),
    paragraph(
      'Kunjungan Wali Kota ke lokasi pada 13 November mengubah arah pemberitaan: 38 berita positif memuat penyaluran bantuan dan rencana pompa tambahan.',
    ),
  ]),
  section('analisis-isu-2', 'Analisis Isu: Pelayanan RSUD Sukamaju', [
    paragraph(
      'Keluhan antrean di instalasi rawat jalan dan IGD muncul di media sosial lalu dikutip media online. Ombudsman Perwakilan menerima 11 aduan. Peluncuran pendaftaran daring pada 20 November mendapat sambutan positif, tetapi ',
      bold('belum menurunkan'),
      ' jumlah berita negatif secara berarti.',
    ),
  ]),
  section('analisis-isu-3', 'Analisis Isu: PPDB dan Sistem Zonasi', [
    paragraph(
      'Rapat dengar pendapat Komisi IV DPRD tentang evaluasi PPDB 2026 memicu pemberitaan tentang kuota jalur afirmasi. Posko pengaduan Dinas Pendidikan diberitakan positif, namun orang tua di Kecamatan Sukamaju Utara masih mempersoalkan jarak zonasi.',
    ),
  ]),
  section('analisis-isu-4', 'Analisis Isu: Parkir Liar dan Kemacetan', [
    paragraph(
      'Parkir liar di Jalan Merdeka dan kawasan Pasar Baru diberitakan sebagai penyebab kemacetan pada jam sibuk. Penertiban bersama Satpol PP dan Dinas Perhubungan diberitakan netral; pungutan liar oleh juru parkir tanpa izin diberitakan negatif.',
    ),
  ]),
  section('pemberitaan-negatif', 'Pemberitaan Bernada Negatif', [
    paragraph('Berita negatif dengan jangkauan terluas selama periode:'),
    bullets([
      [
        link(
          'Banjir Rob Rendam Ratusan Rumah di Kelurahan Muara Baru',
          'https://regional.kompas.com/read/2026/11/12/banjir-rob-muara-baru',
        ),
        ' (Kompas.com, 12 Nov 2026) — dikutip ulang oleh 9 media.',
      ],
      [
        'Pasien Keluhkan Antrean Panjang di RSUD Sukamaju (Detik.com, 18 Nov 2026) — dikutip ulang oleh 6 media.',
      ],
      [
        'Warga Resah Pungutan Parkir Liar di Kawasan Pasar Baru (',
        italic('Sukamaju Pos'),
        ', 24 Nov 2026, cetak).',
      ],
    ]),
  ]),
  section(
    'rekomendasi',
    'Rekomendasi',
    [
      paragraph(
        'Berdasarkan analisis di atas, disampaikan rekomendasi berikut kepada perangkat daerah terkait:',
      ),
      {
        type: 'orderedList',
        content: [
          {
            type: 'listItem',
            content: [
              paragraph(bold('Banjir rob'), ' — Dinas PUPR dan BPBD:'),
              numbered([
                ['menyampaikan jadwal pembangunan tanggul permanen kepada warga Muara Baru;'],
                ['menyiagakan pompa dan posko sebelum puncak pasang bulan Desember.'],
              ]),
            ],
          },
          {
            type: 'listItem',
            content: [
              paragraph(
                bold('Pelayanan RSUD'),
                ' — RSUD Sukamaju: mengumumkan waktu tunggu rata-rata setiap minggu.',
              ),
            ],
          },
          {
            type: 'listItem',
            content: [
              paragraph(
                bold('PPDB'),
                ' — Dinas Pendidikan: sosialisasi kuota jalur afirmasi sebelum Januari 2027.',
              ),
            ],
          },
          {
            type: 'listItem',
            content: [
              paragraph(
                bold('Parkir liar'),
                ' — Dinas Perhubungan dan Satpol PP: penertiban terjadwal dan kanal aduan pungutan liar.',
              ),
            ],
          },
        ],
      },
    ],
    {
      tables: [
        {
          caption: 'Rekomendasi tindak lanjut dan perangkat daerah penanggung jawab',
          columns: ['No', 'Rekomendasi', 'Perangkat Daerah', 'Tenggat'],
          numeric: [0],
          rows: [
            [
              '1',
              'Jadwal pembangunan tanggul permanen disampaikan kepada warga',
              'Dinas PUPR; BPBD',
              '15 Des 2026',
            ],
            ['2', 'Waktu tunggu rata-rata diumumkan setiap minggu', 'RSUD Sukamaju', '8 Des 2026'],
            ['3', 'Sosialisasi kuota jalur afirmasi PPDB 2027', 'Dinas Pendidikan', '31 Jan 2027'],
            [
              '4',
              'Penertiban parkir liar terjadwal dan kanal aduan pungutan liar',
              'Dinas Perhubungan; Satpol PP',
              '31 Des 2026',
            ],
          ],
        },
      ],
    },
  ),
  section('penutup', 'Penutup', [
    paragraph(
      'Demikian laporan monitoring media periode November 2026 ini disampaikan sebagai bahan masukan bagi pimpinan. Data lengkap setiap berita tercantum dalam lampiran.',
    ),
  ]),
];

const APPROVALS: ApprovalRow[] = [
  {
    step: 2,
    executor: 'Penelaah Teknis Kebijakan dan Pranata Humas',
    name: 'Dewi Anggraini, S.I.Kom.',
    action: 'Setuju',
    at: '2 Des 2026 10:15 WIB',
    note: 'Angka Tabel 2 dikoreksi sesuai data terbaru.',
  },
  {
    step: 3,
    executor: 'Ketua Tim Kerja Komunikasi Pimpinan',
    name: 'Bambang Hermawan, S.IP., M.Si.',
    action: 'Setuju',
    at: '2 Des 2026 14:40 WIB',
    note: '',
  },
  {
    step: 5,
    executor: 'Kepala Bagian Protokol dan Komunikasi Pimpinan',
    name: 'Drs. H. Ahmad Fauzi, M.M.',
    action: 'Setuju',
    at: '3 Des 2026 09:05 WIB',
    note: 'Diteruskan kepada Wali Kota.',
  },
];

// A shield with a star and waves: enough of an emblem to place and scale, drawn here so the fixture
// carries no binary.
const EMBLEM = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120" viewBox="0 0 100 120">
<path d="M50 4 L94 16 L94 58 C94 88 72 106 50 116 C28 106 6 88 6 58 L6 16 Z" fill="#1b5e20" stroke="#f9a825" stroke-width="5"/>
<path d="M50 22 L56 40 L75 40 L60 51 L66 69 L50 58 L34 69 L40 51 L25 40 L44 40 Z" fill="#f9a825"/>
<path d="M20 80 Q35 72 50 80 T80 80 L80 88 Q65 80 50 88 T20 88 Z" fill="#4fc3f7"/>
<path d="M26 94 Q38 88 50 94 T74 94 L72 100 Q61 95 50 100 T28 100 Z" fill="#4fc3f7"/></svg>`;

let emblem: Uint8Array | null = null;
export function emblemPng(): Uint8Array {
  emblem ??= new Uint8Array(new Resvg(EMBLEM).render().asPng());
  return emblem;
}

export function sampleReport(annexRows = 60): MonitoringReport {
  return {
    letterhead: [
      'PEMERINTAH KOTA SUKAMAJU',
      'SEKRETARIAT DAERAH',
      'BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN',
      'Jalan Merdeka Nomor 1, Sukamaju 15111, Telepon (021) 555-0101, Laman www.sukamajukota.go.id',
    ],
    logoPng: emblemPng(),
    title: 'LAPORAN HASIL MEDIA MONITORING',
    subtitle: 'Pemberitaan seputar Pemerintah Kota Sukamaju di media cetak dan online',
    number: '000.8.3.3/214-Prokompim/XII/2026',
    period: { from: '2026-11-01', to: '2026-11-30', label: '1–30 November 2026' },
    preparedAt: 'Disusun 1 Des 2026 15:30 WIB',
    preparedBy: 'Rudi Santoso, S.Sos.',
    // Copies: a test may change its report without changing the next test's.
    sections: structuredClone(SECTIONS),
    charts: structuredClone(CHARTS),
    annex: annex(annexRows),
    approvals: structuredClone(APPROVALS),
    status: 'DRAF',
  };
}
