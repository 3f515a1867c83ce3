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
import { dayNameCounts, NAMES, NameTally } from './name-counts.ts';

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

/** Counts per issue or subject in the current period, then the top ones with the period before's count. */
class Tally<K> {
  readonly counts = new Map<K, number>();
  add(key: K, n: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  /** A period has a few hundred issues at most: sorting them all is cheap. */
  top(previous: (key: K) => number, n = TOP): [K, Compared][] {
    return [...this.counts]
      .filter(([, c]) => c > 0)
      .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
      .slice(0, n)
      .map(([key, current]) => [key, { current, previous: previous(key) }]);
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
 * YYYY-MM-DD) of both periods; a day without a summary had no coverage. The current period is read
 * whole; of the period before, totals and the counts behind the top lists (names are added as
 * numbered arrays, see name-counts.ts; issues are looked up for the current top ten only).
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

  const currentDays: [number, DaySummary][] = [];
  const previousDays: DaySummary[] = [];
  for (const [key, day] of days) {
    const start = dayStart(key, period.offsetMinutes);
    if (start < period.previousFrom || start >= period.to) continue;
    if (start >= period.from) currentDays.push([start, day]);
    else previousDays.push(day);
  }
  const before = (pick: (day: DaySummary) => number | undefined) => {
    let n = 0;
    for (const day of previousDays) n += pick(day) ?? 0;
    return n;
  };

  // Every day of the view numbered first: the tallies are sized to the names known then.
  for (const [, day] of currentDays) dayNameCounts(day);
  for (const day of previousDays) dayNameCounts(day);
  const outlets = new NameTally(NAMES.outlets);
  const outletSources: (number | null | undefined)[] = [];
  const outletTones = new Float64Array(NAMES.outlets.names.length * 3);
  const persons = new NameTally(NAMES.persons);
  const speakers = new NameTally(NAMES.speakers);
  const phrases = new NameTally(NAMES.phrases);
  const issues = new Tally<number>();
  const issueTone = new Map<number, ToneTriple>();
  const voice = new Tally<number>();
  const voiceTone = new Map<number, ToneTriple>(subjects.map((s) => [s.id, [0, 0, 0]]));
  const pairs = new Map<string, number>();
  let disagreeing: DisagreeingArticle[] = [];
  let about = 0;
  const chosen = new Set(subjects.map((s) => s.id));
  /** The day's articles about one of the chosen subjects. */
  const aboutChosen = (day: DaySummary) => {
    let n = 0;
    for (const set of dayNameCounts(day).subjectSets) {
      if (set.subjects.some((id) => chosen.has(id))) n += set.articles;
    }
    return n;
  };
  const hourly = period.interval === 'hour';
  let articles = 0;
  let positive = 0;
  let negative = 0;

  for (const [start, day] of currentDays) {
    articles += day.articles;
    positive += day.tone[0];
    negative += day.tone[2];
    const names = dayNameCounts(day);
    outlets.add(names.outlets);
    const { numbers, tones, sourceIds } = names.outlets;
    for (let i = 0; i < numbers.length; i++) {
      const outlet = numbers[i];
      if (outletSources[outlet] === undefined) outletSources[outlet] = sourceIds[i];
      for (let t = 0; t < 3; t++) outletTones[outlet * 3 + t] += tones[i * 3 + t];
    }
    persons.add(names.persons);
    speakers.add(names.speakers);
    phrases.add(names.phrases);
    for (const id in day.issues) {
      issues.add(Number(id), day.issues[id].n);
      addTone(
        entry(issueTone, Number(id), (): ToneTriple => [0, 0, 0]),
        day.issues[id].tone,
      );
    }
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
      voice.add(s.id, hits.n);
      for (const h in hits.hours) {
        const t = hits.hours[h];
        addTone(voiceTone.get(s.id) as ToneTriple, t);
        const i = slot(start + (hourly ? Number(h) * HOUR : 0));
        if (i === undefined) continue;
        volume[i].subjects[s.id] += t[0] + t[1] + t[2];
        tone[i].positive += t[0];
        tone[i].neutral += t[1];
        tone[i].negative += t[2];
      }
    }
    about += aboutChosen(day);
    for (const pair in day.pairs) pairs.set(pair, (pairs.get(pair) ?? 0) + day.pairs[pair]);
    disagreeing = disagreeing.concat(day.disagreeing);
  }

  let aboutBefore = 0;
  for (const day of previousDays) {
    const names = dayNameCounts(day);
    outlets.add(names.outlets, 'previous');
    persons.add(names.persons, 'previous');
    speakers.add(names.speakers, 'previous');
    aboutBefore += aboutChosen(day);
  }
  const totals = {
    articles: { current: articles, previous: before((d) => d.articles) },
    outlets: { current: outlets.distinct(), previous: outlets.distinct('previous') },
    negative: { current: negative, previous: before((d) => d.tone[2]) },
    positive: { current: positive, previous: before((d) => d.tone[0]) },
    aboutSubjects: { current: about, previous: aboutBefore },
  };

  return {
    totals,
    volume,
    tone,
    shareOfVoice: subjects.map((s) => ({
      subjectId: s.id,
      name: s.name,
      articles: {
        current: voice.counts.get(s.id) ?? 0,
        previous: before((d) => d.subjects[s.id]?.n),
      },
      tone: toneCounts(voiceTone.get(s.id) ?? [0, 0, 0]),
    })),
    issues: issues
      .top((id) => before((d) => d.issues[id]?.n))
      .map(([id, articles]) => ({ id, articles, tone: toneCounts(issueTone.get(id) ?? [0, 0, 0]) })),
    outlets: outlets.top(TOP).map((o) => ({
      name: o.name,
      sourceId: outletSources[o.number] ?? null,
      articles: { current: o.current, previous: o.previous },
      tone: toneCounts([
        outletTones[o.number * 3],
        outletTones[o.number * 3 + 1],
        outletTones[o.number * 3 + 2],
      ]),
    })),
    persons: persons
      .top(TOP)
      .map((p) => ({ name: p.name, articles: { current: p.current, previous: p.previous } })),
    spokespersons: speakers
      .top(TOP)
      .map((p) => ({ name: p.name, quotes: { current: p.current, previous: p.previous } })),
    keyPhrases: phrases.top(20).map((p) => ({ phrase: p.name, articles: p.current })),
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
