// SOP B as the seed writes it: Kabupaten Trenggalek, Dinas Komunikasi dan Informatika, SOP
// 7-3/SOP//2022 "Media Informasi". Texts, times and outputs are the seed's, character for character.
// Its executor marks were lost like SOP A's; who acts follows docs/mission.md: functional staff
// inventory, analyse, act on the approval and publish; the head of division reviews; the head of
// agency decides YES (on to publication) or NO (back to the analysis of step 2 for revision).
import type { SopDefinition } from '../definition.ts';

const COMPOSED = 'Informasi tersusun sebagai bahan publikasi';
const APPROVED = 'Informasi sebagai bahan publikasi yang telah disetujui pimpinan';

export const SOP_B: SopDefinition = {
  key: 'sop-b',
  identity: {
    organisation: [
      'PEMERINTAH KABUPATEN TRENGGALEK',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'KABUPATEN TRENGGALEK',
    ],
    number: '7-3 /SOP//2022',
    madeOn: '21 Januari 2022',
    revisedOn: '',
    effectiveOn: 'Januari 2022',
    approvedBy: {
      position: 'DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN TRENGGALEK',
      name: 'EDIF HAYUMAN SISWANTO, S.Sos, M.Si',
      nip: '19710609 199201 1 002',
    },
    title: 'MEDIA INFORMASI',
    legalBasis: [
      'Peraturan Menteri Komunikasi Dan Informatika Republik Indonesia Nomor 07 /Per/M.Kominfo/6/2010 Tentang Pedoman Pengembangan Kemitraan Media',
      'Peraturan Menteri Komunikasi Dan Informatika Republik Indonesia Nomor 17 /Per/M.Kominfo/03/2009 Tentang Desiminasi Informasi Nasional Oleh Pemerintah, Pemerintah daerah Provinsi dan Pemerintah Daerah Kabupaten/Kota',
      'Peraturan Menteri Pendayagunaan Aparatur Negara Dan Reformasi Birokrasi Republik Indonesia Nomor 83 Tahun 2012 Tentang Pedoman Pemanfaatan Media Sosial Instansi Pemerintah',
      'Peraturan Menteri Komunikasi dan Informatika RI No. 8 Tahun 2019 tentang Penyelenggaraan Urusan Pemerintahan Konkuren Bidang Komunikasi dan Informatika',
    ],
    qualifications: [
      'Memahami peraturan undangan tentang pers',
      'Memahami peraturan pengadaan barang/jasa pemerintah',
      'Memahami peraturan keterbukaan informasi publik',
      'Memahami tugas kehumasan',
    ],
    relatedSops: [],
    equipment: ['Komputer', 'Kualifikasi media masa'],
    warnings: [
      'Penyebarluasan informasi program dan kinerja pemerintah daerah tidak akan efektif apabila tidak didukung dengan pemanfaatan melalui kerja sama media masa mengingat informasi program dan kinerja pemerintah daerah yang diterima masyarakat dapat meningkatkan reputasi, kepercayaan dan partisipasi masyarakat dalam penyelenggaraan pemerintahan dan pembangunan',
    ],
    records: [
      'Buku agenda naskah dinas masuk/keluar',
      'Lembar disposisi',
      'Bendel penyimpanan arsip naskah dinas masuk dan keluar',
    ],
  },
  executors: [
    { key: 'fungsional', title: 'Fungsional', role: 'analyst' },
    { key: 'kepala-bidang', title: 'Kepala Bidang', role: 'head' },
    { key: 'sekretaris', title: 'Sekretaris', role: 'secretary' },
    { key: 'kepala-dinas', title: 'Kepala Dinas', role: 'leader' },
  ],
  steps: [
    {
      no: 1,
      activity: 'Inventarisasi program dan kegiatan pemerintah daerah serta isu publik',
      executor: 'fungsional',
      requirement: 'Informasi program, kegiatan dan isu publik',
      time: { amount: 30, unit: 'hour' },
      output: 'Data Informasi program, kegiatan dan isu publik',
      remarks: '',
    },
    {
      no: 2,
      activity:
        'Menelaah program dan kegiatan pemerintah daerah serta isu publik yang terindikasi krisis sebagai bahan penyusunan informasi dan publikasi',
      executor: 'fungsional',
      requirement: 'Informasi program, kegiatan dan isu publik yang tersusun',
      time: { amount: 1, unit: 'hour' },
      output: COMPOSED,
      remarks: '',
    },
    {
      no: 3,
      activity:
        'Menelaah program dan kegiatan pemerintah daerah serta isu publik yang terindikasi krisis sebagai bahan penyusunan informasi dan publikasi untuk mendapatkan persetujuan pimpinan',
      executor: 'kepala-bidang',
      requirement: COMPOSED,
      time: { amount: 15, unit: 'minute' },
      output: COMPOSED,
      remarks: '',
    },
    {
      no: 4,
      activity:
        'Menelaah bahan informasi dan publikasi, jika YA disetujui untuk dipublikasikan, jika TIDAK diperbaiki',
      executor: 'kepala-dinas',
      requirement: COMPOSED,
      time: { amount: 15, unit: 'minute' },
      output: 'disposisi persetujuan',
      remarks: '',
      decision: { yes: 5, no: 2 },
    },
    {
      no: 5,
      activity: 'Menindaklanjuti persetujuan pimpinan untuk dipublikasikan',
      executor: 'fungsional',
      requirement: APPROVED,
      time: { amount: 15, unit: 'minute' },
      output: APPROVED,
      remarks: '',
    },
    {
      no: 6,
      activity:
        'Mendokumentasikan dan mempublikasikan informasi program, kegiatan pemerintah daerah melalui media komunikasi milik daerah maupun media masa',
      executor: 'fungsional',
      requirement: 'Informasi sebagai bahan publikasi; media komunikasi',
      time: { amount: 10, unit: 'minute' },
      output: 'Informasi yang telah terpublikasi',
      remarks: '',
    },
  ],
};
