// Dates that CMSs write into article URLs: the permalink shapes of WordPress, Indonesian portals
// (/read/2020/12/07/…, /20201207140512-20-579000/…), Chinese wire sites (/2020-12/07/c_….htm), the
// Guardian's /2020/dec/07/, day-first /07/12/2020/, ?date= queries, and month-only /2020/12/slug.

export interface UrlDate {
  year: number;
  month: number;
  /** Absent when the URL names only the month (/2020/12/judul-berita). */
  day?: number;
  hour?: number;
  minute?: number;
}

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const Y = '((?:19|20)\\d{2})';
const M = '(0?[1-9]|1[0-2])';
const D = '(0?[1-9]|[12]\\d|3[01])';

/** Full dates, year first, with the groups year, month, day, then an optional compact time. */
const YEAR_FIRST: RegExp[] = [
  new RegExp(`/${Y}/${M}/${D}(?=[/_.-]|$)`),
  // Xinhua and other Chinese sites: /2020-12/07/ and /202012/07/.
  new RegExp(`/${Y}-?(0[1-9]|1[0-2])/${D}(?=/)`),
  // One run of digits: 2020-12-07, 2020_12_07, 20201207 and CNN/CNBC Indonesia's 20201207140512.
  /(?<!\d)((?:19|20)\d{2})([-_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:([01]\d|2[0-3])([0-5]\d)(?:[0-5]\d)?)?(?!\d)/,
];
const MONTH_NAMED = new RegExp(`/${Y}/(${ENGLISH_MONTHS.join('|')})[a-z]*/${D}(?=/|$)`, 'i');
const DAY_FIRST = new RegExp(`/${D}/(0[1-9]|1[0-2])/${Y}(?=/|$)`);
const MONTH_ONLY = new RegExp(`/${Y}/(0[1-9]|1[0-2])/(?=[^/\\d]|\\d+[^/\\d])`);

/** The date a URL's path or query states, to the day where it can, else to the month. */
export function urlDate(url: string | undefined): UrlDate | null {
  if (!url) return null;
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    /* not absolute: read it as a path */
  }
  for (const re of YEAR_FIRST) {
    const m = re.exec(path);
    if (!m) continue;
    // The compact pattern carries its separator as group 2.
    const [year, month, day, hour, minute] =
      m.length > 6 ? [m[1], m[3], m[4], m[5], m[6]] : [m[1], m[2], m[3], undefined, undefined];
    const found: UrlDate = { year: +year, month: +month, day: +day };
    if (hour !== undefined) [found.hour, found.minute] = [+hour, +minute];
    return found;
  }
  const named = MONTH_NAMED.exec(path);
  if (named)
    return {
      year: +named[1],
      month: ENGLISH_MONTHS.indexOf(named[2].slice(0, 3).toLowerCase()) + 1,
      day: +named[3],
    };
  const dayFirst = DAY_FIRST.exec(path);
  if (dayFirst) return { year: +dayFirst[3], month: +dayFirst[2], day: +dayFirst[1] };
  const month = MONTH_ONLY.exec(path);
  return month ? { year: +month[1], month: +month[2] } : null;
}
