// Which field of a program each column of an uploaded sheet holds, recognised from its header as
// Indonesian offices and English templates write them ("Nama Program", "OPD", "Tahun Anggaran",
// "Tgl. Mulai", "Start date", …). The user may change the proposal before importing.

export const PROGRAM_FIELDS = [
  'name',
  'kind',
  'agency',
  'budgetYear',
  'location',
  'startDate',
  'endDate',
  'status',
  'contactName',
  'contactPhone',
  'contactEmail',
  'documents',
  'keywords',
  'description',
] as const;
export type ProgramField = (typeof PROGRAM_FIELDS)[number];

/** Each field's name in the preview and in row errors. */
export const FIELD_LABELS: Record<ProgramField, string> = {
  name: 'Nama program/kegiatan',
  kind: 'Jenis',
  agency: 'OPD',
  budgetYear: 'Tahun anggaran',
  location: 'Lokasi',
  startDate: 'Mulai',
  endDate: 'Selesai',
  status: 'Status',
  contactName: 'Kontak',
  contactPhone: 'Telepon',
  contactEmail: 'Surel',
  documents: 'Dokumen',
  keywords: 'Kata kunci',
  description: 'Keterangan',
};

const HEADERS: Record<ProgramField, string[]> = {
  name: [
    'nama program',
    'nama kegiatan',
    'nama sub kegiatan',
    'nama program kegiatan',
    'program kegiatan',
    'program',
    'kegiatan',
    'sub kegiatan',
    'nama',
    'judul',
    'uraian program',
    'uraian kegiatan',
    'name',
    'program name',
    'activity',
    'activity name',
    'title',
  ],
  kind: ['jenis', 'jenis kegiatan', 'tipe', 'type', 'kind'],
  agency: [
    'opd',
    'perangkat daerah',
    'nama opd',
    'skpd',
    'instansi',
    'dinas',
    'unit kerja',
    'pelaksana',
    'opd pelaksana',
    'agency',
    'department',
  ],
  budgetYear: ['tahun anggaran', 'ta', 'tahun', 'budget year', 'fiscal year', 'year'],
  location: ['lokasi', 'tempat', 'lokasi kegiatan', 'location', 'place'],
  startDate: [
    'mulai',
    'tanggal mulai',
    'tgl mulai',
    'jadwal mulai',
    'waktu mulai',
    'start',
    'start date',
    'begin',
  ],
  endDate: [
    'selesai',
    'tanggal selesai',
    'tgl selesai',
    'jadwal selesai',
    'waktu selesai',
    'berakhir',
    'tanggal berakhir',
    'end',
    'end date',
    'finish',
  ],
  status: ['status', 'status kegiatan', 'status program', 'state'],
  contactName: [
    'kontak',
    'narahubung',
    'nama kontak',
    'penanggung jawab',
    'pic',
    'contact',
    'contact person',
    'contact name',
  ],
  contactPhone: [
    'telepon',
    'telp',
    'no telp',
    'no telepon',
    'nomor telepon',
    'no hp',
    'hp',
    'whatsapp',
    'wa',
    'telepon kontak',
    'phone',
    'contact phone',
  ],
  contactEmail: ['email', 'e mail', 'surel', 'email kontak', 'contact email'],
  documents: ['dokumen', 'tautan dokumen', 'link dokumen', 'lampiran', 'documents', 'document'],
  keywords: ['kata kunci', 'keywords', 'keyword'],
  description: ['keterangan', 'deskripsi', 'uraian', 'catatan', 'description', 'notes'],
};

/** A header as compared: lower case, without punctuation ("Tgl. Mulai" → "tgl mulai"). */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const KNOWN = new Map<string, ProgramField>(
  PROGRAM_FIELDS.flatMap((f) => HEADERS[f].map((h) => [h, f] as [string, ProgramField])),
);

/** The field a header names, or null when it names none of them. */
export function fieldOfHeader(header: string): ProgramField | null {
  return KNOWN.get(normalizeHeader(header)) ?? null;
}

/** The proposed mapping: each column's field, a field given to its first column only. */
export function proposeMapping(headers: string[]): (ProgramField | null)[] {
  const taken = new Set<ProgramField>();
  return headers.map((h) => {
    const f = fieldOfHeader(h);
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
}
