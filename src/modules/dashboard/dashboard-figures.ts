// The dashboard's figures from the day summaries of two periods (the one asked for and the one of
// the same length before it): pure, so every figure is computed the same way on SQLite and
// PostgreSQL. Periods are whole local days: that is what a day summary can answer.
import type { ToneLabel } from '../../analyze/types.ts';
import type { Compared, Dashboard, Interval, ToneCounts } from './dashboard.schema.ts';
import {
  type DaySummary,
  DISAGREEING,
  type DisagreeingArticle,
  dayStart,
  type ToneTriple,
} from './dashboard-day.ts';

export interface Period {
  from: number;
  to: number;
  previousFrom: number;
  interval: Interval;
  /** Minutes the workspace's clock is ahead of UTC: buckets start at local midnight. */
  offsetMinutes: number;
}

const TOP = 10;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The bucket a period of this length reads best in: hours for a day or two, months past a year. */
export function defaultInterval(from: number, to: number): Interval {
  const days = (to - from) / DAY;
  if (days <= 2) return 'hour';
  if (days <= 92) return 'day';
  if (days <= 366) return 'week';
  return 'month';
}

/** Start of the bucket holding `at`, in the workspace's local calendar (weeks start on Monday). */
export function bucketStart(at: number, interval: Interval, offsetMinutes: number): number {
  const shift = offsetMinutes * 60_000;
  const local = at + shift;
  if (interval === 'hour') return Math.floor(local / HOUR) * HOUR - shift;
  const day = Math.floor(local / DAY) * DAY;
  if (interval === 'day') return day - shift;
  if (interval === 'week') {
    const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
    return day - weekday * DAY - shift;
  }
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - shift;
}

function nextBucket(start: number, interval: Interval, offsetMinutes: number): number {
  if (interval === 'hour') return start + HOUR;
  if (interval === 'day') return start + DAY;
  if (interval === 'week') return start + 7 * DAY;
  const shift = offsetMinutes * 60_000;
  const d = new Date(start + shift);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - shift;
}

/** Every bucket of the period, empty ones included, so a quiet day shows as zero, not as a gap. */
export function bucketsOf(period: Period): number[] {
  const out: number[] = [];
  for (
    let b = bucketStart(period.from, period.interval, period.offsetMinutes);
    b < period.to && out.length < 5000;
    b = nextBucket(b, period.interval, period.offsetMinutes)
  ) {
    out.push(b);
  }
  return out;
}

/** The map's value for the key, made and stored first if it has none. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const noTone = (): ToneCounts => ({ positive: 0, neutral: 0, negative: 0 });
const noCount = (): Compared => ({ current: 0, previous: 0 });

/** Counts per key in both periods, then the keys with most in the current one. */
class Tally<K> {
  readonly counts = new Map<K, Compared>();
  add(key: K, current: boolean, n = 1): void {
    const c = entry(this.counts, key, noCount);
    if (current) c.current += n;
    else c.previous += n;
  }
  top(n = TOP): [K, Compared][] {
    return [...this.counts]
      .filter(([, c]) => c.current > 0)
      .sort(
        (a, b) =>
          b[1].current - a[1].current ||
          b[1].previous - a[1].previous ||
          String(a[0]).localeCompare(String(b[0])),
      )
      .slice(0, n);
  }
}

const toneCounts = (t: ToneTriple): ToneCounts => ({ positive: t[0], neutral: t[1], negative: t[2] });

function addTone(into: ToneTriple, t: ToneTriple): void {
  into[0] += t[0];
  into[1] += t[1];
  into[2] += t[2];
}

export type Figures = Omit<Dashboard, 'period' | 'subjects' | 'alerts' | 'issues'> & {
  /** The top issues by id; their titles are read live (a rename changes no day summary). */
  issues: { id: number; articles: Compared; tone: ToneCounts }[];
};

/**
 * Every figure of the period beside the period before, from the day summaries (keyed by local day,
 * YYYY-MM-DD) of both periods; a day without a summary had no coverage.
 */
export function dashboardFigures(
  period: Period,
  subjects: { id: number; name: string }[],
  days: Map<string, DaySummary>,
): Figures {
  const buckets = bucketsOf(period);
  const bucketIndex = new Map(buckets.map((b, i) => [b, i]));
  const slot = (at: number) => bucketIndex.get(bucketStart(at, period.interval, period.offsetMinutes));
  const volume = buckets.map((b) => ({
    bucket: new Date(b).toISOString(),
    articles: 0,
    subjects: Object.fromEntries(subjects.map((s) => [String(s.id), 0])),
  }));
  const tone = buckets.map((b) => ({ bucket: new Date(b).toISOString(), ...noTone() }));

  const totals = {
    articles: noCount(),
    outlets: noCount(),
    negative: noCount(),
    positive: noCount(),
    aboutSubjects: noCount(),
  };
  const outlets = new Tally<string>();
  const outletSources = new Map<string, number | null>();
  const outletTone = new Map<string, ToneTriple>();
  const persons = new Tally<string>();
  const speakers = new Tally<string>();
  const phrases = new Tally<string>();
  const issues = new Tally<number>();
  const issueTone = new Map<number, ToneTriple>();
  const voice = new Tally<number>();
  const voiceTone = new Map<number, ToneTriple>(subjects.map((s) => [s.id, [0, 0, 0]]));
  const pairs = new Map<string, number>();
  let disagreeing: DisagreeingArticle[] = [];
  const outletsSeen = [new Set<string>(), new Set<string>()];
  const about = [new Set<number>(), new Set<number>()];
  const hourly = period.interval === 'hour';

  for (const [key, day] of days) {
    const start = dayStart(key, period.offsetMinutes);
    if (start < period.previousFrom || start >= period.to) continue;
    const current = start >= period.from;
    const side = current ? 'current' : 'previous';
    totals.articles[side] += day.articles;
    totals.positive[side] += day.tone[0];
    totals.negative[side] += day.tone[2];
    for (const [name, o] of Object.entries(day.outlets)) {
      outletsSeen[current ? 0 : 1].add(name);
      outlets.add(name, current, o.n);
      if (!outletSources.has(name)) outletSources.set(name, o.sourceId);
      if (current)
        addTone(
          entry(outletTone, name, (): ToneTriple => [0, 0, 0]),
          o.tone,
        );
    }
    for (const [name, n] of Object.entries(day.persons)) persons.add(name, current, n);
    for (const [name, n] of Object.entries(day.speakers)) speakers.add(name, current, n);
    for (const [id, issue] of Object.entries(day.issues)) {
      issues.add(Number(id), current, issue.n);
      if (current)
        addTone(
          entry(issueTone, Number(id), (): ToneTriple => [0, 0, 0]),
          issue.tone,
        );
    }
    for (const s of subjects) {
      const hits = day.subjects[s.id];
      if (!hits) continue;
      voice.add(s.id, current, hits.articleIds.length);
      for (const id of hits.articleIds) about[current ? 0 : 1].add(id);
    }
    if (!current) continue;

    if (hourly) {
      day.hours.forEach((n, h) => {
        const i = slot(start + h * HOUR);
        if (i !== undefined) volume[i].articles += n;
      });
    } else {
      const i = slot(start);
      if (i !== undefined) volume[i].articles += day.articles;
    }
    for (const s of subjects) {
      const hits = day.subjects[s.id];
      if (!hits) continue;
      for (const [h, t] of Object.entries(hits.hours)) {
        addTone(voiceTone.get(s.id) as ToneTriple, t);
        const i = slot(start + (hourly ? Number(h) * HOUR : 0));
        if (i === undefined) continue;
        volume[i].subjects[s.id] += t[0] + t[1] + t[2];
        tone[i].positive += t[0];
        tone[i].neutral += t[1];
        tone[i].negative += t[2];
      }
    }
    for (const [phrase, n] of Object.entries(day.phrases)) phrases.add(phrase, true, n);
    for (const [pair, n] of Object.entries(day.pairs)) pairs.set(pair, (pairs.get(pair) ?? 0) + n);
    disagreeing = disagreeing.concat(day.disagreeing);
  }
  totals.outlets = { current: outletsSeen[0].size, previous: outletsSeen[1].size };
  totals.aboutSubjects = { current: about[0].size, previous: about[1].size };

  return {
    totals,
    volume,
    tone,
    shareOfVoice: subjects.map((s) => ({
      subjectId: s.id,
      name: s.name,
      articles: voice.counts.get(s.id) ?? noCount(),
      tone: toneCounts(voiceTone.get(s.id) ?? [0, 0, 0]),
    })),
    issues: issues.top().map(([id, articles]) => ({
      id,
      articles,
      tone: toneCounts(issueTone.get(id) ?? [0, 0, 0]),
    })),
    outlets: outlets.top().map(([name, articles]) => ({
      name,
      sourceId: outletSources.get(name) ?? null,
      articles,
      tone: toneCounts(outletTone.get(name) ?? [0, 0, 0]),
    })),
    persons: persons.top().map(([name, articles]) => ({ name, articles })),
    spokespersons: speakers.top().map(([name, quotes]) => ({ name, quotes })),
    keyPhrases: phrases.top(20).map(([phrase, c]) => ({ phrase, articles: c.current })),
    headlineTone: {
      pairs: [...pairs].map(([key, n]) => {
        const [headline, body] = key.split('|') as [ToneLabel, ToneLabel];
        return { headline, body, articles: n };
      }),
      disagreeing: disagreeing
        .sort((a, b) => b.at - a.at || b.id - a.id)
        .slice(0, DISAGREEING)
        .map(({ at: _at, ...a }) => a),
    },
  };
}
