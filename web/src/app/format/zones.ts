// Indonesia's three time zones as the workspace names them, with the IANA zone and fixed offset
// behind each (none of them observes daylight saving time).
export type ZoneLabel = 'WIB' | 'WITA' | 'WIT';

export const ZONES: Record<ZoneLabel, { iana: string; offset: string; minutes: number }> = {
  WIB: { iana: 'Asia/Jakarta', offset: '+07:00', minutes: 420 },
  WITA: { iana: 'Asia/Makassar', offset: '+08:00', minutes: 480 },
  WIT: { iana: 'Asia/Jayapura', offset: '+09:00', minutes: 540 },
};

export function zoneOf(label: string | null | undefined): ZoneLabel {
  return label === 'WITA' || label === 'WIT' ? label : 'WIB';
}

/** Provinces in WITA and WIT (the rest of the country is WIB), for guessing a new workspace's zone. */
const WITA = /bali|nusa tenggara|kalimantan (selatan|timur|utara)|sulawesi|gorontalo/i;
const WIT = /maluku|papua/i;

export function zoneForProvince(province: string): ZoneLabel {
  if (WIT.test(province)) return 'WIT';
  if (WITA.test(province)) return 'WITA';
  return 'WIB';
}
