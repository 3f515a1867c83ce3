// The period, subjects and interval of the dashboard, kept in the address so a link shows the same
// dashboard (and a reload keeps it): ?period=7d|30d|90d|custom&from=&to=&subjects=1,2&interval=day.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { addDays, dayInZone, startOfDayIso } from '../../app/format/time.ts';
import type { ZoneLabel } from '../../app/format/zones.ts';
import type { Interval } from './dashboard.api.ts';

export type Preset = '7d' | '30d' | '90d' | 'custom';
export const PRESETS: Preset[] = ['7d', '30d', '90d', 'custom'];
const PRESET_DAYS: Record<Exclude<Preset, 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90 };
const INTERVALS: Interval[] = ['hour', 'day', 'week', 'month'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface DashboardView {
  preset: Preset;
  /** First and last calendar day shown (inclusive), in the workspace's zone. */
  fromDay: string;
  toDay: string;
  /** The same as instants for the API: from inclusive, to exclusive. */
  from: string;
  to: string;
  subjects: number[];
  interval: Interval | null;
  volumeMode: 'count' | 'share';
}

export function readView(
  params: URLSearchParams,
  zone: ZoneLabel,
  today = dayInZone(new Date(), zone),
): DashboardView {
  const raw = params.get('period');
  let preset: Preset = PRESETS.includes(raw as Preset) ? (raw as Preset) : '30d';
  let fromDay = params.get('from') ?? '';
  let toDay = params.get('to') ?? '';
  if (preset === 'custom' && !(DAY.test(fromDay) && DAY.test(toDay) && fromDay <= toDay)) preset = '30d';
  if (preset !== 'custom') {
    toDay = today;
    fromDay = addDays(today, -(PRESET_DAYS[preset] - 1));
  }
  const subjects = (params.get('subjects') ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const interval = INTERVALS.includes(params.get('interval') as Interval)
    ? (params.get('interval') as Interval)
    : null;
  return {
    preset,
    fromDay,
    toDay,
    from: startOfDayIso(fromDay, zone),
    to: startOfDayIso(addDays(toDay, 1), zone),
    subjects,
    interval,
    volumeMode: params.get('volume') === 'share' ? 'share' : 'count',
  };
}

export function useDashboardView(zone: ZoneLabel) {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params, zone), [params, zone]);
  const update = (change: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: false },
    );
  return { view, update };
}
