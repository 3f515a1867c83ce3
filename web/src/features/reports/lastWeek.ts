// The period a weekly report usually covers: last week, Monday to Sunday, in the workspace's zone.
import { addDays, dayInZone } from '../../app/format/time.ts';
import type { ZoneLabel } from '../../app/format/zones.ts';

export function lastWeek(now: Date, zone: ZoneLabel): { from: string; to: string } {
  const today = dayInZone(now, zone);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const thisMonday = addDays(today, -((weekday + 6) % 7));
  return { from: addDays(thisMonday, -7), to: addDays(thisMonday, -1) };
}
