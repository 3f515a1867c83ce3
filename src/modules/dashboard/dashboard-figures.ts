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
/** A count by name, where a name from the news ("constructor") is never read off the prototype. */
const own = (counts: Record<string, number>, name: string) =>
  Object.hasOwn(counts, name) ? counts[name] : 0;

/** Counts per key in the current period, then the top keys with the period before's count. */
class Tally<K> {
  readonly counts = new Map<K, number>();
  add(key: K, n: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  /**
   * The n largest, ties by key. Picked in one pass over a short sorted list: a period's phrases
   * number in the tens of thousands, and sorting them all (ties compared as text) for twenty of
   * them was most of a dashboard view's time.
   */
  top(previous: (key: K) => number, n = TOP): [K, Compared][] {
    const best: [K, number][] = [];
    const before = (a: [K, number], b: [K, number]) =>
      a[1] > b[1] || (a[1] === b[1] && String(a[0]).localeCompare(String(b[0])) < 0);
    for (const entry of this.counts) {
      if (entry[1] <= 0) continue;
      if (best.length === n && !before(entry, best[n - 1])) continue;
      let at = best.length;
      while (at > 0 && before(entry, best[at - 1])) at--;
      best.splice(at, 0, entry);
      if (best.length > n) best.pop();
    }
    return best.map(([key, current]) => [key, { current, previous: previous(key) }]);
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
 * whole; of the period before, only totals and the current top lists' entries are looked up (a
 * 90-day view reads 180 days of a few hundred names each).
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
  let about = 0;
  const chosen = new Set(subjects.map((s) => String(s.id)));
  /** The day's articles about one of the chosen subjects. */
  const aboutChosen = (day: DaySummary) => {
    let n = 0;
    for (const set in day.subjectSets) {
      if (set.split(',').some((id) => chosen.has(id))) n += day.subjectSets[set];
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
    for (const name in day.outlets) {
      const o = day.outlets[name];
      outlets.add(name, o.n);
      if (!outletSources.has(name)) outletSources.set(name, o.sourceId);
      addTone(
        entry(outletTone, name, (): ToneTriple => [0, 0, 0]),
        o.tone,
      );
    }
    for (const name in day.persons) persons.add(name, day.persons[name]);
    for (const name in day.speakers) speakers.add(name, day.speakers[name]);
    for (const phrase in day.phrases) phrases.add(phrase, day.phrases[phrase]);
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

  const outletsBefore = new Set<string>();
  let aboutBefore = 0;
  for (const day of previousDays) {
    for (const name in day.outlets) outletsBefore.add(name);
    aboutBefore += aboutChosen(day);
  }
  const totals = {
    articles: { current: articles, previous: before((d) => d.articles) },
    outlets: { current: outlets.counts.size, previous: outletsBefore.size },
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
    outlets: outlets
      .top((name) => before((d) => (Object.hasOwn(d.outlets, name) ? d.outlets[name].n : 0)))
      .map(([name, articles]) => ({
        name,
        sourceId: outletSources.get(name) ?? null,
        articles,
        tone: toneCounts(outletTone.get(name) ?? [0, 0, 0]),
      })),
    persons: persons
      .top((name) => before((d) => own(d.persons, name)))
      .map(([name, articles]) => ({ name, articles })),
    spokespersons: speakers
      .top((name) => before((d) => own(d.speakers, name)))
      .map(([name, quotes]) => ({ name, quotes })),
    keyPhrases: phrases.top(() => 0, 20).map(([phrase, c]) => ({ phrase, articles: c.current })),
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
