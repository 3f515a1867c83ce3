// Indonesian date and time wording as regional news sites print it, always in WIB (UTC+7).

export const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const WIB_OFFSET_MS = 7 * 3600 * 1000;

interface WallClock {
  day: number;
  date: number;
  month: number;
  year: number;
  hh: string;
  mm: string;
  ss: string;
}

function wib(instant: Date): WallClock {
  const t = new Date(instant.getTime() + WIB_OFFSET_MS);
  return {
    day: t.getUTCDay(),
    date: t.getUTCDate(),
    month: t.getUTCMonth(),
    year: t.getUTCFullYear(),
    hh: pad(t.getUTCHours()),
    mm: pad(t.getUTCMinutes()),
    ss: pad(t.getUTCSeconds()),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export type IndonesianDateStyle = 'long' | 'short-month' | 'numeric' | 'piped' | 'dashed';

/** The visible date line of an article page, in one of the shapes Indonesian CMSs print. */
export function formatIndonesian(instant: Date, style: IndonesianDateStyle): string {
  const w = wib(instant);
  switch (style) {
    case 'long':
      return `${DAYS[w.day]}, ${w.date} ${MONTHS[w.month]} ${w.year} ${w.hh}:${w.mm} WIB`;
    case 'short-month':
      return `${DAYS[w.day]}, ${pad(w.date)} ${SHORT_MONTHS[w.month]} ${w.year} ${w.hh}:${w.mm} WIB`;
    case 'numeric':
      return `${pad(w.date)}/${pad(w.month + 1)}/${w.year}, ${w.hh}:${w.mm} WIB`;
    case 'piped':
      return `${w.date} ${MONTHS[w.month]} ${w.year} | ${w.hh}.${w.mm} WIB`;
    case 'dashed':
      return `${DAYS[w.day]}, ${w.date} ${MONTHS[w.month]} ${w.year} - ${w.hh}:${w.mm}`;
  }
}

/** "Senin (3/3/2025)" — how a news sentence names the day something was said. */
export function dayReference(instant: Date): string {
  const w = wib(instant);
  return `${DAYS[w.day]} (${w.date}/${w.month + 1}/${w.year})`;
}

export function dayName(instant: Date): string {
  return DAYS[wib(instant).day];
}

/** "17 Maret 2025" */
export function calendarDate(instant: Date): string {
  const w = wib(instant);
  return `${w.date} ${MONTHS[w.month]} ${w.year}`;
}

/** ISO 8601 with the +07:00 offset, as meta tags and JSON-LD carry it. */
export function isoWib(instant: Date): string {
  const w = wib(instant);
  return `${w.year}-${pad(w.month + 1)}-${pad(w.date)}T${w.hh}:${w.mm}:${w.ss}+07:00`;
}

/** RFC 822 date with a +0700 zone, as RSS 2.0 pubDate carries it on Indonesian sites. */
export function rfc822Wib(instant: Date): string {
  const w = wib(instant);
  return `${EN_DAYS[w.day]}, ${pad(w.date)} ${EN_MONTHS[w.month]} ${w.year} ${w.hh}:${w.mm}:${w.ss} +0700`;
}

export function wibParts(instant: Date): { year: string; month: string; day: string } {
  const w = wib(instant);
  return { year: String(w.year), month: pad(w.month + 1), day: pad(w.date) };
}
