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

/** Minutes the workspace's clock is ahead of UTC (WIB 420, WITA 480, WIT 540). */
export function zoneOffsetMinutes(zone: TimeZoneName): number {
  const offset = TIME_ZONE_OFFSETS[zone];
  const [h, m] = offset.slice(1).split(':').map(Number);
  return (offset.startsWith('-') ? -1 : 1) * (h * 60 + m);
}

/** The local calendar day (YYYY-MM-DD) an instant (epoch ms) falls in, for a zone offset in minutes. */
export function localDayOf(at: number, offsetMinutes: number): string {
  return new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The instant (epoch ms) local day `day` (YYYY-MM-DD) begins at, for a zone offset in minutes. */
export function localDayStart(day: string, offsetMinutes: number): number {
  return Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000;
}
