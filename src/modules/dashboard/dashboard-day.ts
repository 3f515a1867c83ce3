// One local day of a workspace's coverage boiled down to the counts every dashboard figure is a sum
// of. A dashboard over 30 days then adds 60 of these instead of reading ~80,000 articles with their
// entities and quotes on every view (issue 10: 1M articles, p95 ≤ 150 ms). Pure: stored as JSON.
import type { ToneLabel } from '../../analyze/types.ts';
import { localDayStart } from '../../domain/workspace.ts';

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
  articleId: number;
}

/** [positive, neutral, negative] */
export type ToneTriple = [number, number, number];

export interface DisagreeingArticle {
  id: number;
  title: string;
  source: string;
  publishedAt: string | null;
  at: number;
  headline: ToneLabel;
  body: ToneLabel;
}

export interface DaySummary {
  /** Format of this JSON; a summary of another format is rebuilt. */
  format: number;
  /** The zone offset the day was cut with; a workspace that moves zone gets its days rebuilt. */
  offsetMinutes: number;
  articles: number;
  /** Articles per local hour (0–23). */
  hours: number[];
  tone: ToneTriple;
  /** Per outlet: articles, tone, and its source when it has one. */
  outlets: Record<string, { n: number; tone: ToneTriple; sourceId: number | null }>;
  persons: Record<string, number>;
  speakers: Record<string, number>;
  phrases: Record<string, number>;
  /** Articles per "headline|body" tone pair. */
  pairs: Record<string, number>;
  /** The day's newest articles whose headline and body tone disagree (at most DISAGREEING). */
  disagreeing: DisagreeingArticle[];
  /** Per subject: its articles, and their tone per local hour. */
  subjects: Record<string, { n: number; hours: Record<string, ToneTriple> }>;
  /**
   * Articles per set of subjects they are about, keyed by the subjects' ids ("3,7"): "articles
   * about any of the chosen subjects" is the sum of the sets that hold one of them. A list of
   * article ids would answer it too, but a view over 90 days would then make a set of 100,000 ids.
   */
  subjectSets: Record<string, number>;
  issues: Record<string, { n: number; tone: ToneTriple }>;
}

export const SUMMARY_FORMAT = 3;
/**
 * Names and phrases kept per day, the most frequent first. The dashboard shows the top 10 persons
 * and spokespersons and the top 20 phrases of a period; a day's long tail (a phrase used once) is
 * what would make each summary ~100 KB at a large office's volume, and cannot reach a period's top.
 */
export const KEPT_PER_DAY = { persons: 300, speakers: 300, phrases: 200 };
export const DISAGREEING = 50;
const HOUR = 3_600_000;
const TONE_INDEX: Record<ToneLabel, 0 | 1 | 2> = { positive: 0, neutral: 1, negative: 2 };

export function toneIndex(tone: ToneLabel): 0 | 1 | 2 {
  return TONE_INDEX[tone];
}

/** Local midnight starting the day, as an instant. */
export function dayStart(day: string, offsetMinutes: number): number {
  return localDayStart(day, offsetMinutes);
}

function localHour(at: number, offsetMinutes: number): number {
  return Math.floor((at + offsetMinutes * 60_000) / HOUR) % 24;
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function mostFrequent(counts: Record<string, number>, keep: number): Record<string, number> {
  const entries = Object.entries(counts);
  if (entries.length <= keep) return counts;
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, keep));
}

/** The summary of one day from its articles, subject matches and issue memberships. */
export function summariseDay(
  offsetMinutes: number,
  articles: PeriodArticle[],
  subjectHits: SubjectHit[],
  issueHits: IssueHit[],
): DaySummary {
  const day: DaySummary = {
    format: SUMMARY_FORMAT,
    offsetMinutes,
    articles: 0,
    hours: new Array(24).fill(0),
    tone: [0, 0, 0],
    // Keys are names from the news: without a prototype, "__proto__" is a name like any other.
    outlets: Object.create(null),
    persons: Object.create(null),
    speakers: Object.create(null),
    phrases: Object.create(null),
    pairs: Object.create(null),
    disagreeing: [],
    subjects: Object.create(null),
    subjectSets: Object.create(null),
    issues: Object.create(null),
  };
  const toneOf = new Map<number, ToneLabel>();
  for (const a of articles) {
    toneOf.set(a.id, a.tone);
    day.articles++;
    day.hours[localHour(a.at, offsetMinutes)]++;
    day.tone[toneIndex(a.tone)]++;
    if (a.source) {
      day.outlets[a.source] ??= { n: 0, tone: [0, 0, 0], sourceId: a.sourceId };
      const outlet = day.outlets[a.source];
      outlet.n++;
      outlet.tone[toneIndex(a.tone)]++;
    }
    for (const p of new Set(a.persons)) bump(day.persons, p);
    for (const s of a.speakers) bump(day.speakers, s);
    for (const k of new Set(a.keyphrases)) bump(day.phrases, k);
    if (a.headline) {
      bump(day.pairs, `${a.headline}|${a.tone}`);
      if (a.headline !== a.tone) {
        day.disagreeing.push({
          id: a.id,
          title: a.title,
          source: a.source,
          publishedAt: a.publishedAt,
          at: a.at,
          headline: a.headline,
          body: a.tone,
        });
      }
    }
  }
  day.persons = mostFrequent(day.persons, KEPT_PER_DAY.persons);
  day.speakers = mostFrequent(day.speakers, KEPT_PER_DAY.speakers);
  day.phrases = mostFrequent(day.phrases, KEPT_PER_DAY.phrases);
  day.disagreeing = day.disagreeing.sort((a, b) => b.at - a.at || b.id - a.id).slice(0, DISAGREEING);

  const subjectsOf = new Map<number, Set<number>>();
  for (const h of subjectHits) {
    day.subjects[h.subjectId] ??= { n: 0, hours: {} };
    const subject = day.subjects[h.subjectId];
    const hour = String(localHour(h.at, offsetMinutes));
    subject.hours[hour] ??= [0, 0, 0];
    subject.hours[hour][toneIndex(h.tone)]++;
    subject.n++;
    const set = subjectsOf.get(h.articleId) ?? new Set<number>();
    subjectsOf.set(h.articleId, set.add(h.subjectId));
  }
  for (const set of subjectsOf.values()) bump(day.subjectSets, [...set].sort((a, b) => a - b).join(','));

  // An issue counts the day's analysed articles only, like every other figure.
  for (const h of issueHits) {
    const tone = toneOf.get(h.articleId);
    if (!tone) continue;
    day.issues[h.issueId] ??= { n: 0, tone: [0, 0, 0] };
    const issue = day.issues[h.issueId];
    issue.n++;
    issue.tone[toneIndex(tone)]++;
  }
  return day;
}
