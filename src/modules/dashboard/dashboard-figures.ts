// The dashboard's figures from the rows of two periods (the one asked for and the one of the same
// length before it): pure, so every figure is tested without a store and computed the same way on
// SQLite and PostgreSQL.
import type { ToneLabel } from '../../analyze/types.ts';
import type { Compared, Dashboard, Interval, ToneCounts } from './dashboard.schema.ts';

export interface PeriodArticle {
  id: number;
  title: string;
  sourceId: number | null;
  /** The outlet that published it (the article's own, else its source's name). */
  source: string;
  /** Publication time, else collection time, in epoch milliseconds. */
  at: number;
  publishedAt: string | null;
  tone: ToneLabel;
  headline: ToneLabel | null;
  persons: string[];
  speakers: string[];
  keyphrases: string[];
}

export interface SubjectHit {
  subjectId: number;
  articleId: number;
  at: number;
  tone: ToneLabel;
}

export interface IssueHit {
  issueId: number;
  title: string;
  locked: boolean;
  articleId: number;
}

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

export function dashboardFigures(
  period: Period,
  subjects: { id: number; name: string }[],
  articles: PeriodArticle[],
  subjectHits: SubjectHit[],
  issueHits: IssueHit[],
): Omit<Dashboard, 'period' | 'subjects' | 'alerts'> {
  const isCurrent = (at: number) => at >= period.from;
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
  const outletTone = new Map<string, ToneCounts>();
  const persons = new Tally<string>();
  const speakers = new Tally<string>();
  const phrases = new Tally<string>();
  const byId = new Map<number, PeriodArticle>();
  const pairs = new Map<string, number>();
  const disagreeing: PeriodArticle[] = [];
  const outletsSeen = [new Set<string>(), new Set<string>()];

  for (const a of articles) {
    byId.set(a.id, a);
    const current = isCurrent(a.at);
    const counts = totals.articles;
    if (current) counts.current++;
    else counts.previous++;
    if (a.tone === 'negative') totals.negative[current ? 'current' : 'previous']++;
    if (a.tone === 'positive') totals.positive[current ? 'current' : 'previous']++;
    if (a.source) {
      outletsSeen[current ? 0 : 1].add(a.source);
      outlets.add(a.source, current);
      if (!outletSources.has(a.source)) outletSources.set(a.source, a.sourceId);
      if (current) {
        entry(outletTone, a.source, noTone)[a.tone]++;
      }
    }
    for (const p of new Set(a.persons)) persons.add(p, current);
    for (const s of a.speakers) speakers.add(s, current);
    if (!current) continue;
    const i = slot(a.at);
    if (i !== undefined) volume[i].articles++;
    for (const k of new Set(a.keyphrases)) phrases.add(k, true);
    if (a.headline) {
      const key = `${a.headline}|${a.tone}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      if (a.headline !== a.tone) disagreeing.push(a);
    }
  }
  totals.outlets = { current: outletsSeen[0].size, previous: outletsSeen[1].size };

  const voice = new Tally<number>();
  const voiceTone = new Map<number, ToneCounts>(subjects.map((s) => [s.id, noTone()]));
  const about = [new Set<number>(), new Set<number>()];
  for (const h of subjectHits) {
    const current = isCurrent(h.at);
    voice.add(h.subjectId, current);
    about[current ? 0 : 1].add(h.articleId);
    if (!current) continue;
    const t = voiceTone.get(h.subjectId);
    if (t) t[h.tone]++;
    const i = slot(h.at);
    if (i === undefined) continue;
    const key = String(h.subjectId);
    volume[i].subjects[key] = (volume[i].subjects[key] ?? 0) + 1;
    tone[i][h.tone]++;
  }
  totals.aboutSubjects = { current: about[0].size, previous: about[1].size };

  const issues = new Tally<number>();
  const issueInfo = new Map<number, { title: string; locked: boolean; tone: ToneCounts }>();
  for (const h of issueHits) {
    const a = byId.get(h.articleId);
    if (!a) continue;
    const current = isCurrent(a.at);
    issues.add(h.issueId, current);
    const info = entry(issueInfo, h.issueId, () => ({ title: h.title, locked: h.locked, tone: noTone() }));
    if (current) info.tone[a.tone]++;
  }

  return {
    totals,
    volume,
    tone,
    shareOfVoice: subjects.map((s) => ({
      subjectId: s.id,
      name: s.name,
      articles: voice.counts.get(s.id) ?? noCount(),
      tone: voiceTone.get(s.id) ?? noTone(),
    })),
    issues: issues.top().map(([id, articles]) => {
      const info = issueInfo.get(id);
      return {
        id,
        title: info?.title ?? '',
        locked: info?.locked ?? false,
        articles,
        tone: info?.tone ?? noTone(),
      };
    }),
    outlets: outlets.top().map(([name, articles]) => ({
      name,
      sourceId: outletSources.get(name) ?? null,
      articles,
      tone: outletTone.get(name) ?? noTone(),
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
        .sort((a, b) => b.at - a.at)
        .slice(0, 50)
        .map((a) => ({
          id: a.id,
          title: a.title,
          source: a.source,
          publishedAt: a.publishedAt,
          headline: a.headline as ToneLabel,
          body: a.tone,
        })),
    },
  };
}
