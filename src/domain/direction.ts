// A leader's direction (arahan) and its follow-up by the agencies (OPD) it is dispatched to: the
// words of the disposition sheet (sifat, "dengan hormat harap"), each recipient's status, and when a
// recipient counts as overdue (never stored: it follows from the clock).

/** Sifat of the disposition, as the sheet's four boxes name them. */
export const DIRECTION_NATURES = ['biasa', 'segera', 'sangat_segera', 'rahasia'] as const;
export type DirectionNature = (typeof DIRECTION_NATURES)[number];

export const NATURE_LABELS: Record<DirectionNature, string> = {
  biasa: 'Biasa',
  segera: 'Segera',
  sangat_segera: 'Sangat Segera',
  rahasia: 'Rahasia',
};

/** The "Dengan hormat harap:" items of the sheet, in the order it prints them. */
export const DIRECTION_ASKS = [
  'tindak_lanjut',
  'tanggapan',
  'koordinasi',
  'proses',
  'bahan',
  'hadir',
  'laporkan',
  'arsip',
] as const;
export type DirectionAsk = (typeof DIRECTION_ASKS)[number];

export const ASK_LABELS: Record<DirectionAsk, string> = {
  tindak_lanjut: 'Ditindaklanjuti',
  tanggapan: 'Tanggapan dan saran',
  koordinasi: 'Koordinasikan / konfirmasikan',
  proses: 'Proses lebih lanjut',
  bahan: 'Siapkan bahan',
  hadir: 'Hadiri / wakili',
  laporkan: 'Laporkan hasilnya',
  arsip: 'Untuk diketahui / arsip',
};

/** What a direction asks for when the giver ticks nothing: act on it and report back. */
export const DEFAULT_ASKS: DirectionAsk[] = ['tindak_lanjut', 'laporkan'];

export const RECIPIENT_STATUSES = ['sent', 'read', 'in_progress', 'done'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

export const RECIPIENT_STATUS_LABELS: Record<RecipientStatus | 'overdue', string> = {
  sent: 'Terkirim',
  read: 'Dibaca',
  in_progress: 'Dikerjakan',
  done: 'Selesai',
  overdue: 'Terlambat',
};

/** A recipient is overdue while its direction is open, it is not done, and the due time has passed. */
export function isOverdue(
  recipient: { status: RecipientStatus },
  direction: { status: 'open' | 'closed'; dueAt: string },
  now: Date,
): boolean {
  return (
    direction.status === 'open' && recipient.status !== 'done' && Date.parse(direction.dueAt) < now.getTime()
  );
}

/** Who gives directions in a region: a regency's head is the Bupati, a city's the Wali Kota. */
export function leaderTitleOf(region: string): string {
  return /^\s*kabupaten\b/i.test(region) ? 'Bupati' : 'Wali Kota';
}

/** Initials for the sheet's paraf column: "Dewi Kepala Bagian" → "DKB" (at most four letters). */
export function initialsOf(name: string): string {
  const letters = name
    .split(/[\s.,]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0].toUpperCase());
  return letters.slice(0, 4).join('') || '-';
}
