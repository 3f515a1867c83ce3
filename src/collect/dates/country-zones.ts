// The usual time zone of a publisher, guessed from its country-code domain or its page language, so
// that a UTC stamp can be turned into the day its readers saw.
import type { TimeZone } from './zone.ts';

/** Country-code top-level domains → the zone of most of that country's newsrooms (capital or largest city). */
const BY_COUNTRY: Record<string, string> = {
  ae: 'Asia/Dubai',
  al: 'Europe/Tirane',
  ar: 'America/Argentina/Buenos_Aires',
  at: 'Europe/Vienna',
  au: 'Australia/Sydney',
  ba: 'Europe/Sarajevo',
  bd: 'Asia/Dhaka',
  be: 'Europe/Brussels',
  bg: 'Europe/Sofia',
  bo: 'America/La_Paz',
  br: 'America/Sao_Paulo',
  by: 'Europe/Minsk',
  ca: 'America/Toronto',
  ch: 'Europe/Zurich',
  cl: 'America/Santiago',
  cn: 'Asia/Shanghai',
  co: 'America/Bogota',
  cr: 'America/Costa_Rica',
  cu: 'America/Havana',
  cy: 'Asia/Nicosia',
  cz: 'Europe/Prague',
  de: 'Europe/Berlin',
  dk: 'Europe/Copenhagen',
  do: 'America/Santo_Domingo',
  dz: 'Africa/Algiers',
  ec: 'America/Guayaquil',
  ee: 'Europe/Tallinn',
  eg: 'Africa/Cairo',
  es: 'Europe/Madrid',
  fi: 'Europe/Helsinki',
  fr: 'Europe/Paris',
  gh: 'Africa/Accra',
  gr: 'Europe/Athens',
  gt: 'America/Guatemala',
  hk: 'Asia/Hong_Kong',
  hr: 'Europe/Zagreb',
  hu: 'Europe/Budapest',
  ie: 'Europe/Dublin',
  il: 'Asia/Jerusalem',
  in: 'Asia/Kolkata',
  iq: 'Asia/Baghdad',
  ir: 'Asia/Tehran',
  is: 'Atlantic/Reykjavik',
  it: 'Europe/Rome',
  jo: 'Asia/Amman',
  jp: 'Asia/Tokyo',
  ke: 'Africa/Nairobi',
  kr: 'Asia/Seoul',
  kz: 'Asia/Almaty',
  lb: 'Asia/Beirut',
  lk: 'Asia/Colombo',
  lt: 'Europe/Vilnius',
  lu: 'Europe/Luxembourg',
  lv: 'Europe/Riga',
  ma: 'Africa/Casablanca',
  md: 'Europe/Chisinau',
  mk: 'Europe/Skopje',
  mx: 'America/Mexico_City',
  my: 'Asia/Kuala_Lumpur',
  ng: 'Africa/Lagos',
  nl: 'Europe/Amsterdam',
  no: 'Europe/Oslo',
  np: 'Asia/Kathmandu',
  nz: 'Pacific/Auckland',
  pe: 'America/Lima',
  ph: 'Asia/Manila',
  pk: 'Asia/Karachi',
  pl: 'Europe/Warsaw',
  pt: 'Europe/Lisbon',
  py: 'America/Asuncion',
  qa: 'Asia/Qatar',
  ro: 'Europe/Bucharest',
  rs: 'Europe/Belgrade',
  ru: 'Europe/Moscow',
  sa: 'Asia/Riyadh',
  se: 'Europe/Stockholm',
  sg: 'Asia/Singapore',
  si: 'Europe/Ljubljana',
  sk: 'Europe/Bratislava',
  th: 'Asia/Bangkok',
  tn: 'Africa/Tunis',
  tr: 'Europe/Istanbul',
  tw: 'Asia/Taipei',
  ua: 'Europe/Kyiv',
  uk: 'Europe/London',
  us: 'America/New_York',
  uy: 'America/Montevideo',
  ve: 'America/Caracas',
  vn: 'Asia/Ho_Chi_Minh',
  za: 'Africa/Johannesburg',
  zw: 'Africa/Harare',
};

/**
 * Languages spoken essentially in one time zone. Languages shared across continents (English,
 * Spanish, Portuguese, French, Arabic, Russian) say nothing about the zone and are left out.
 */
const BY_LANGUAGE: Record<string, string> = {
  bg: 'Europe/Sofia',
  cs: 'Europe/Prague',
  da: 'Europe/Copenhagen',
  de: 'Europe/Berlin',
  el: 'Europe/Athens',
  et: 'Europe/Tallinn',
  fa: 'Asia/Tehran',
  fi: 'Europe/Helsinki',
  he: 'Asia/Jerusalem',
  hr: 'Europe/Zagreb',
  hu: 'Europe/Budapest',
  it: 'Europe/Rome',
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
  lt: 'Europe/Vilnius',
  lv: 'Europe/Riga',
  nb: 'Europe/Oslo',
  nl: 'Europe/Amsterdam',
  nn: 'Europe/Oslo',
  no: 'Europe/Oslo',
  pl: 'Europe/Warsaw',
  ro: 'Europe/Bucharest',
  sk: 'Europe/Bratislava',
  sl: 'Europe/Ljubljana',
  sv: 'Europe/Stockholm',
  th: 'Asia/Bangkok',
  tr: 'Europe/Istanbul',
  uk: 'Europe/Kyiv',
  vi: 'Asia/Ho_Chi_Minh',
};

const INDONESIA: Record<TimeZone, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/**
 * The IANA zone of a publisher from its address (country-code domain) or, failing that, its page
 * language; Indonesian outlets are read in the workspace zone. Null when neither says anything.
 */
export function publisherZoneName(
  url: string | undefined,
  lang: string | null,
  workspace: TimeZone = 'WIB',
): string | null {
  const host = hostOf(url);
  const tld = host ? host.slice(host.lastIndexOf('.') + 1) : '';
  if (tld === 'id') return INDONESIA[workspace];
  if (BY_COUNTRY[tld]) return BY_COUNTRY[tld];
  const language = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (language === 'id' || language === 'in') return INDONESIA[workspace];
  return BY_LANGUAGE[language] ?? null;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
