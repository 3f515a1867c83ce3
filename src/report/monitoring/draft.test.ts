// The drafted report says what the period's figures say, in Indonesian, and addresses each
// recommendation to the agency the issue's own words name (or says it cannot tell).
import { describe, expect, test } from 'vitest';
import { plainText } from '../rich-text.ts';
import type { KeyIssueData, ReportData } from './data.ts';
import { draftReport } from './draft.ts';

const flood: KeyIssueData = {
  id: 7,
  title: 'Banjir rob Tambak Lorok',
  articles: 40,
  tones: { positive: 4, neutral: 12, negative: 24 },
  firstAt: '2 Des 2026',
  lastAt: '6 Des 2026',
  daily: [
    { day: '2 Des', articles: 5 },
    { day: '3 Des', articles: 22 },
    { day: '4 Des', articles: 13 },
  ],
  topOutlets: [{ outlet: 'Warta Sukamaju', articles: 11 }],
  summary: 'Rob merendam permukiman nelayan selama tiga hari.',
  keyPhrases: ['pompa air', 'tanggul laut'],
  names: ['Dinas PUPR', 'Lurah Tambak Lorok'],
  representative: [
    {
      title: 'Dinas PUPR kerahkan 12 pompa ke Tambak Lorok',
      outlet: 'Warta Sukamaju',
      publishedAt: '3 Des 2026 08:00 WIB',
      url: 'https://warta.example/1',
      tone: 'neutral',
    },
  ],
  quotes: [
    {
      speaker: 'Wali Kota',
      text: 'Kami tambah pompa dan percepat tanggul laut tahun ini.',
      outlet: 'Warta Sukamaju',
    },
  ],
  crisisLevel: 'siaga',
};

const parking: KeyIssueData = {
  ...flood,
  id: 9,
  title: 'Keluhan antre layanan kependudukan',
  articles: 10,
  tones: { positive: 2, neutral: 6, negative: 2 },
  keyPhrases: ['antre'],
  names: [],
  summary: '',
  representative: [],
  quotes: [],
  crisisLevel: null,
};

const data: ReportData = {
  region: 'Kota Sukamaju',
  letterhead: ['PEMERINTAH KOTA SUKAMAJU', 'SEKRETARIAT DAERAH'],
  period: {
    from: '2026-11-30T17:00:00.000Z',
    to: '2026-12-07T17:00:00.000Z',
    label: '1–7 Desember 2026',
    previousLabel: '24–30 November 2026',
  },
  preparedAt: '8 Des 2026 07:45 WIB',
  preparedBy: 'Rina Penelaah',
  totals: {
    articles: { current: 1200, previous: 1000 },
    outlets: { current: 31, previous: 29 },
    negative: { current: 300, previous: 300 },
    positive: { current: 400, previous: 500 },
  },
  media: { online: 1200, print: 0 },
  tones: { positive: 400, neutral: 500, negative: 300 },
  daily: [{ day: '1 Des', positive: 50, neutral: 70, negative: 40 }],
  outlets: [
    {
      name: 'Warta Sukamaju',
      articles: { current: 210, previous: 150 },
      tones: { positive: 50, neutral: 100, negative: 60 },
    },
  ],
  spokespersons: [{ name: 'Wali Kota', quotes: { current: 35, previous: 20 } }],
  persons: [],
  keyPhrases: [],
  keyIssues: [flood, parking],
  negative: [
    {
      title: 'Warga Tambak Lorok mengungsi',
      outlet: 'Kabar Pesisir',
      publishedAt: '3 Des 2026 10:00 WIB',
      url: 'https://k.example/2',
      tone: 'negative',
      issue: 'Banjir rob Tambak Lorok',
    },
  ],
  alerts: [
    {
      level: 'siaga',
      scope: 'Banjir rob Tambak Lorok',
      reason: '24 berita negatif dalam 6 jam',
      at: '3 Des 2026 09:10 WIB',
    },
  ],
  agencies: [
    { name: 'Dinas Pekerjaan Umum dan Penataan Ruang', shortName: 'Dinas PUPR' },
    { name: 'Dinas Perhubungan', shortName: 'Dishub' },
  ],
  followUps: [
    {
      number: '004/ARH/2026',
      subject: 'Percepat penanganan rob Tambak Lorok',
      givenAt: '24 Nov 2026',
      dueAt: '1 Des 2026',
      closed: false,
      recipients: [
        { agency: 'Dinas PUPR', status: 'done', overdue: false },
        { agency: 'Dishub', status: 'in_progress', overdue: true },
      ],
    },
  ],
  annex: [
    {
      publishedAt: '1 Des 2026 06:00 WIB',
      outlet: 'Warta Sukamaju',
      mediaType: 'Online',
      title: 'A',
      tone: 'negative',
      issue: 'Banjir rob Tambak Lorok',
      url: 'https://w.example/a',
    },
    {
      publishedAt: '1 Des 2026 07:00 WIB',
      outlet: 'Kabar Pesisir',
      mediaType: 'Online',
      title: 'B',
      tone: null,
      issue: '',
      url: 'https://k.example/b',
    },
  ],
};

const sectionText = (key: string) => {
  const s = draftReport(data).sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key}`);
  return plainText(s.body);
};

describe('drafting the monitoring report', () => {
  test('the sections of an SOP A report, one analysis per key issue', () => {
    expect(draftReport(data).sections.map((s) => s.key)).toEqual([
      'pendahuluan',
      'ringkasan',
      'statistik',
      'isu-utama',
      'analisis-isu-1',
      'analisis-isu-2',
      'tindak-lanjut',
      'pemberitaan-negatif',
      'rekomendasi',
      'penutup',
    ]);
  });

  test('figures are stated with their change, in Indonesian number format', () => {
    expect(sectionText('ringkasan')).toContain('1.200 berita, naik 20% dari 1.000 pada periode sebelumnya.');
    expect(sectionText('ringkasan')).toContain('berita negatif sama dengan periode sebelumnya (300)');
    const stats = draftReport(data).sections.find((s) => s.key === 'statistik');
    expect(stats?.tables[0].rows).toEqual([
      ['Jumlah berita', '1.200', '1.000', '+20%'],
      ['Jumlah media', '31', '29', '+7%'],
      ['Berita positif', '400', '500', '−20%'],
      ['Berita negatif', '300', '300', '0%'],
    ]);
    expect(stats?.tables[1].rows).toEqual([
      ['Online', '1.200', '100%'],
      ['Cetak', '0', '0%'],
    ]);
  });

  test('an issue analysis tells its chronology, framing, quotes and crisis potential', () => {
    const text = sectionText('analisis-isu-1');
    expect(text).toContain('sejak 2 Des 2026 hingga 6 Des 2026, dengan puncak pada 3 Des (22 berita)');
    expect(text).toContain('Nada pemberitaan dominan negatif (4 positif, 12 netral, 24 negatif)');
    expect(text).toContain('Wali Kota: “Kami tambah pompa dan percepat tanggul laut tahun ini.”');
    expect(text).toContain('peringatan dini berstatus siaga');
  });

  test('recommendations name the agency the news names, or say it cannot be told', () => {
    const text = sectionText('rekomendasi');
    expect(text).toContain(
      'Penanggung jawab: Dinas Pekerjaan Umum dan Penataan Ruang (dipilih karena pemberitaan menyebut: pupr).',
    );
    expect(text).toContain('Keluhan antre layanan kependudukan');
    expect(text).toContain('belum dapat ditentukan dari data');
  });

  test("last period's directions are followed up, agency by agency", () => {
    expect(sectionText('tindak-lanjut')).toContain(
      'Percepat penanganan rob Tambak Lorok (004/ARH/2026, 24 Nov 2026; tenggat 1 Des 2026): Dinas PUPR — selesai; Dishub — dalam proses, melewati tenggat.',
    );
  });

  test('the annex numbers every article and says its tone in words', () => {
    const { annex, status, approvals } = draftReport(data);
    expect(annex.map((a) => [a.no, a.title, a.tone])).toEqual([
      [1, 'A', 'Negatif'],
      [2, 'B', 'Belum dianalisis'],
    ]);
    expect(status).toBe('DRAF');
    expect(approvals).toEqual([]);
  });
});
