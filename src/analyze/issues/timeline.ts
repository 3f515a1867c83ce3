// An issue's timeline: articles per day (or hour) in the workspace's time zone, with tone counts and
// empty periods filled so charts show the quiet days too.
import type { ToneLabel } from '../types.ts';

export interface TimelinePoint {
  publishedAt: Date | string;
  tone?: ToneLabel | null;
}

export interface TimelineBucket {
  /** Local start of the period: "2025-03-03" for days, "2025-03-03T08:00" for hours. */
  period: string;
  articles: number;
  positive: number;
  negative: number;
  neutral: number;
}

export interface TimelineOptions {
  bucket?: 'day' | 'hour';
  /** Offset of the workspace's zone from UTC; WIB (+7 h = 420) unless told. */
  utcOffsetMinutes?: number;
}

/** No chart needs more periods than this; a wider span is shown without its empty periods. */
const MAX_FILLED = 2000;

export function issueTimeline(points: TimelinePoint[], options: TimelineOptions = {}): TimelineBucket[] {
  const size = options.bucket === 'hour' ? 3_600_000 : 86_400_000;
  const offset = (options.utcOffsetMinutes ?? 420) * 60_000;
  const buckets = new Map<number, TimelineBucket>();
  const name = (index: number) => {
    const iso = new Date(index * size).toISOString();
    return size === 86_400_000 ? iso.slice(0, 10) : iso.slice(0, 16);
  };
  for (const p of points) {
    const time = new Date(p.publishedAt).getTime();
    if (Number.isNaN(time)) continue;
    const index = Math.floor((time + offset) / size);
    let bucket = buckets.get(index);
    if (!bucket) {
      bucket = { period: name(index), articles: 0, positive: 0, negative: 0, neutral: 0 };
      buckets.set(index, bucket);
    }
    bucket.articles++;
    bucket[p.tone ?? 'neutral']++;
  }
  const indexes = [...buckets.keys()].sort((a, b) => a - b);
  if (indexes.length === 0) return [];
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (last - first >= MAX_FILLED) return indexes.map((i) => buckets.get(i) as TimelineBucket);
  const out: TimelineBucket[] = [];
  for (let i = first; i <= last; i++) {
    out.push(buckets.get(i) ?? { period: name(i), articles: 0, positive: 0, negative: 0, neutral: 0 });
  }
  return out;
}
