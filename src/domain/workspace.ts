// A workspace is one government's monitoring: its name, region and time zone.
export type TimeZoneName = 'WIB' | 'WITA' | 'WIT';

export const TIME_ZONE_OFFSETS: Record<TimeZoneName, string> = {
  WIB: '+07:00',
  WITA: '+08:00',
  WIT: '+09:00',
};
export const TIME_ZONE_IANA: Record<TimeZoneName, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

export interface Workspace {
  id: number;
  slug: string;
  name: string;
  region: string;
  timeZone: TimeZoneName;
  createdAt: string;
}

export function isTimeZoneName(value: string): value is TimeZoneName {
  return value === 'WIB' || value === 'WITA' || value === 'WIT';
}
