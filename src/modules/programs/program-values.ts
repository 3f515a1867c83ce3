// Reading one cell of a program sheet as the field it is mapped to: dates as offices write them
// (31/12/2026, 2026-12-31, 31 Desember 2026, Excel's day numbers), statuses in Indonesian or
// English, budget years, documents as "title | url" lists. Each reader answers a value or the
// Indonesian reason it cannot.
import type { ProgramDocument, ProgramKind, ProgramStatus } from '../../domain/program.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(message: string): Read<T> => ({ ok: false, message });

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function calendarDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const at = new Date(Date.UTC(y, m - 1, d));
  // 31/02 rolls over into March: a day the calendar does not have.
  if (at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Excel's day numbers count from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function readDate(raw: string): Read<string | null> {
  const s = raw.trim();
  if (!s) return ok(null);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const written = /^(\d{1,2})\s+([\p{L}.]+)\s+(\d{4})$/u.exec(s);
  let day: string | null = null;
  if (iso) day = calendarDay(+iso[1], +iso[2], +iso[3]);
  // Day first, as Indonesia writes dates (31/12/2026).
  else if (numeric) day = calendarDay(+numeric[3], +numeric[2], +numeric[1]);
  else if (written) {
    const month = MONTHS[written[2].toLowerCase().replace(/\.$/, '')];
    if (month) day = calendarDay(+written[3], month, +written[1]);
  } else if (/^\d{5}(?:\.0+)?$/.test(s)) {
    const at = new Date(EXCEL_EPOCH + Number.parseInt(s, 10) * 86_400_000);
    day = calendarDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
  }
  return day ? ok(day) : bad(`tanggal "${s}" tidak dikenali; tulis 31/12/2026 atau 2026-12-31`);
}

export function readYear(raw: string): Read<number | null> {
  const s = raw.trim();
  if (!s) return ok(null);
  const m = /^(?:ta\.?\s*)?(\d{4})(?:\.0+)?$/i.exec(s);
  const year = m ? Number(m[1]) : Number.NaN;
  if (!(year >= 2000 && year <= 2100)) {
    return bad(`tahun anggaran "${s}" tidak dikenali; tulis tahun empat angka, mis. 2026`);
  }
  return ok(year);
}

const STATUSES: Record<string, ProgramStatus> = {
  rencana: 'rencana',
  direncanakan: 'rencana',
  perencanaan: 'rencana',
  'belum dimulai': 'rencana',
  'belum mulai': 'rencana',
  planned: 'rencana',
  plan: 'rencana',
  planning: 'rencana',
  berjalan: 'berjalan',
  'sedang berjalan': 'berjalan',
  pelaksanaan: 'berjalan',
  'dalam pelaksanaan': 'berjalan',
  'sedang dilaksanakan': 'berjalan',
  proses: 'berjalan',
  aktif: 'berjalan',
  ongoing: 'berjalan',
  'on going': 'berjalan',
  'in progress': 'berjalan',
  running: 'berjalan',
  active: 'berjalan',
  selesai: 'selesai',
  'sudah selesai': 'selesai',
  tuntas: 'selesai',
  rampung: 'selesai',
  done: 'selesai',
  completed: 'selesai',
  complete: 'selesai',
  finished: 'selesai',
  ditunda: 'ditunda',
  tunda: 'ditunda',
  tertunda: 'ditunda',
  dihentikan: 'ditunda',
  postponed: 'ditunda',
  'on hold': 'ditunda',
  suspended: 'ditunda',
};

export function readStatus(raw: string): Read<ProgramStatus> {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s) return ok('rencana');
  const status = STATUSES[s];
  return status
    ? ok(status)
    : bad(`status "${raw.trim()}" tidak dikenal; pilih rencana, berjalan, selesai atau ditunda`);
}

export function readKind(raw: string): Read<ProgramKind> {
  const s = raw.trim().toLowerCase();
  if (!s || s === 'program') return ok('program');
  if (['kegiatan', 'sub kegiatan', 'subkegiatan', 'activity'].includes(s)) return ok('kegiatan');
  return bad(`jenis "${raw.trim()}" tidak dikenal; pilih program atau kegiatan`);
}

export function readEmail(raw: string): Read<string | null> {
  const s = raw.trim();
  if (!s) return ok(null);
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? ok(s) : bad(`surel "${s}" tidak valid`);
}

/** "Title | https://…" items separated by line breaks or semicolons; a bare URL is its own title. */
export function readDocuments(raw: string): Read<ProgramDocument[]> {
  const out: ProgramDocument[] = [];
  for (const part of raw.split(/[\n;]+/)) {
    const s = part.trim();
    if (!s) continue;
    const url = /\bhttps?:\/\/\S+/i.exec(s)?.[0] ?? null;
    const title = (url ? s.replace(url, '') : s).replace(/^[\s|:–-]+|[\s|:–-]+$/g, '').trim();
    out.push({ title: (title || url || s).slice(0, 300), url });
  }
  return out.length > 20 ? bad('paling banyak 20 dokumen per baris') : ok(out);
}

export function readKeywords(raw: string): Read<string[]> {
  const words = raw
    .split(/[,;\n]+/)
    .map((k) => k.replace(/["“”]/g, '').trim())
    .filter(Boolean);
  if (words.length > 20) return bad('paling banyak 20 kata kunci');
  if (words.some((k) => k.length > 120)) return bad('kata kunci terlalu panjang (paling banyak 120 huruf)');
  return ok(words);
}
