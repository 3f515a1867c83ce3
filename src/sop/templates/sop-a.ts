// SOP A as the seed writes it: Kota Tangerang, Bagian Protokol dan Komunikasi Pimpinan, SOP
// 59/000.8.3.3/III/2025. Texts, times and outputs are the seed's, character for character. The
// seed's table lost the marks in its executor columns (only the "Setuju" cells survive), so who
// acts in each step follows the product's reading in docs/mission.md: the reviewer of step 2 works
// in the analysts' column, the team lead hands over to the assistant in step 4, the head of bureau
// submits to the mayor in step 5 and passes the mayor's directions on in step 7.
import type { SopDefinition } from '../definition.ts';

const DRAFT_EDIT = 'Draft Edit Hasil Media Monitoring';
const FINAL = 'Draft Final Hasil Media Monitoring';

export const SOP_A: SopDefinition = {
  key: 'sop-a',
  identity: {
    organisation: [
      'PEMERINTAH KOTA TANGERANG',
      'SEKRETARIAT DAERAH',
      'BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN',
    ],
    number: '59/000.8.3.3/ III / 2025',
    madeOn: '3 Maret 2025',
    revisedOn: '',
    effectiveOn: '',
    approvedBy: { position: 'SEKRETARIS DAERAH', name: 'HERMAN SUWARMAN', nip: '' },
    title:
      'Analisa dan Tindak Lanjut atas Isu Pemberitaan Media Terkait Pemerintah Kota Tangerang dan Pimpinan',
    legalBasis: [
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan;',
      'Peraturan Daerah Nomor 8 Tahun 2020 tentang Perubahan atas Peraturan Daerah Nomor 8 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah;',
      'Peraturan Walikota Tangerang Nomor 33 Tahun 2014 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan;',
      'Peraturan Walikota Nomor 127 Tahun 2021 Tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Sekretariat Daerah;',
    ],
    qualifications: [
      'Memahami peraturan perundangan mengenai analisis publikasi',
      'Memahami agenda setting dan strategi komunikasi',
      'Memahami tugas pokok dan fungsinya',
      'Dapat bekerjasama dalam Tim',
    ],
    relatedSops: [],
    equipment: [
      'Komputer/scanner/printer',
      'Jaringan Internet',
      'Alat dan Jaringan Komunikasi',
      'Alat Tulis Kantor/Stempel',
      'Tools IMA',
    ],
    warnings: [
      'Pelaksana bertanggung jawab atas pelaksanaan aktivitas yang telah dibakukan dan ditetapkan.',
      'Segala bentuk penyimpangan atas mutu baku terkait perlengkapan, waktu maupun output dikategorikan sebagai bentuk kegagalan yang harus dipertanggungjawabkan oleh pelaksana.',
    ],
    records: ['Data disimpan secara elektronik'],
  },
  executors: [
    { key: 'penelaah', title: 'Penelaah Teknis Kebijakan dan Pranata Humas', role: 'analyst' },
    { key: 'ketua-tim', title: 'Ketua Tim Kerja Komunikasi Pimpinan', role: 'team_lead' },
    { key: 'kepala-bagian', title: 'Kepala Bagian Protokol dan Komunikasi Pimpinan', role: 'head' },
    { key: 'asisten', title: 'Asisten Administrasi Umum', role: 'assistant' },
    { key: 'wali-kota', title: 'Wali Kota', role: 'leader' },
  ],
  steps: [
    {
      no: 1,
      activity:
        'Menyusun draft laporan hasil media monitoring pemberitaan seputar Kota Tangerang di media cetak dan online menggunakan bantuan tools Intelligence Media Analytics atau IMA.',
      executor: 'penelaah',
      requirement: 'Tools Intelligence Media Analytics atau IMA.',
      time: { amount: 120, unit: 'minute' },
      output: 'Draft Hasil Media Monitoring',
      remarks: '',
    },
    {
      no: 2,
      activity: 'Menerima dan mengoreksi laporan hasil media monitoring.',
      executor: 'penelaah',
      role: 'reviewer',
      requirement: 'Draft Hasil Media Monitoring',
      time: { amount: 30, unit: 'minute' },
      output: DRAFT_EDIT,
      remarks: '',
      approval: true,
    },
    {
      no: 3,
      activity: 'Menerima dan memeriksa Laporan Hasil Media Monitoring dari tim.',
      executor: 'ketua-tim',
      requirement: DRAFT_EDIT,
      time: { amount: 30, unit: 'minute' },
      output: DRAFT_EDIT,
      remarks: '',
      approval: true,
    },
    {
      no: 4,
      activity:
        'Menyerahkan dan menjelaskan garis besar hasil monitoring publikasi kepada Asisten Administrasi Umum sebagai bahan pertimbangan pimpinan atas kebijakan/program pembangunan.',
      executor: 'ketua-tim',
      handsTo: 'asisten',
      requirement: DRAFT_EDIT,
      time: { amount: 30, unit: 'minute' },
      output: DRAFT_EDIT,
      remarks: '',
    },
    {
      no: 5,
      activity:
        'Menerima, mengecek hasil laporan hasil media monitoring pemberitaan seputar Kota Tangerang dan menyerahkan kepada Wali Kota secara berkala',
      executor: 'kepala-bagian',
      requirement: DRAFT_EDIT,
      time: { amount: 30, unit: 'minute' },
      output: DRAFT_EDIT,
      remarks: '',
      approval: true,
    },
    {
      no: 6,
      activity:
        'Menerima dan mempelajari untuk kemudian menjadi bahan evaluasi dan perbaikan program/kegiatan pembangunan ke depannya bagi perangkat daerah terkait.',
      executor: 'wali-kota',
      requirement: '',
      time: { amount: 30, unit: 'minute' },
      output: FINAL,
      remarks: '',
    },
    {
      no: 7,
      activity: 'Menerima arahan Wali Kota dan menyampaikan kepada perangkat daerah terkait',
      executor: 'kepala-bagian',
      requirement: FINAL,
      time: { amount: 120, unit: 'minute' },
      output: FINAL,
      remarks: '',
    },
  ],
};
