// The articles a search or an export is about: the query's matches narrowed by period, outlet,
// tone (as analysts corrected it), subject, issue and language, and the facets of that set — how
// many of them per outlet, tone, subject and issue — so a user sees where to narrow next.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { QueryNode } from '../../analyze/query/ast.ts';
import type { ToneLabel } from '../../analyze/types.ts';
import type { Article } from '../../domain/article.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { countedAt } from '../../kernel/db/counted-at.ts';
import { newestCorrection } from '../../kernel/db/newest-correction.ts';
import { type IdRange, queryCondition, queryRank, rankedMatches } from '../../kernel/db/query-search.ts';
import type { Database } from '../../kernel/db/schema.ts';
import { toArticle } from './articles.repo.ts';

export interface ArticleFilter {
  query?: QueryNode | null;
  /** Publication (else collection) time, ISO: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  outlet?: string;
  tone?: ToneLabel;
  subjectId?: number;
  issueId?: number;
  lang?: string;
}

export type SearchSort = 'relevance' | 'newest' | 'oldest';

type Eb = ExpressionBuilder<Database, 'article'>;

/** The outlet that published an article: its own, else its source's name. */
const outletOf = sql<string>`coalesce(article.outlet, (SELECT source.name FROM source WHERE source.id = article.source_id))`;
/** The article's tone as analysts see it, as JSON text ("negative"): the newest correction wins. */
const toneOf = (eb: Eb) =>
  sql<
    string | null
  >`coalesce((${newestCorrection(eb, 'tone', null)}), (SELECT '"' || article_analysis.tone_label || '"' FROM article_analysis WHERE article_analysis.article_id = article.id))`;

function conditions(
  store: Store,
  workspaceId: number,
  f: ArticleFilter,
  eb: Eb,
  queryJoined = false,
  within?: IdRange,
): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [
    eb('article.workspace_id', '=', workspaceId),
    eb('article.status', '=', 'fetched'),
  ];
  if (within) out.push(eb('article.id', '>=', within.lo), eb('article.id', '<=', within.hi));
  if (f.query && !queryJoined) out.push(queryCondition(store.dialect, f.query, within));
  if (f.from) out.push(eb(countedAt, '>=', f.from));
  if (f.to) out.push(eb(countedAt, '<', f.to));
  if (f.outlet) out.push(eb(outletOf, '=', f.outlet));
  if (f.lang) out.push(eb('article.lang', '=', f.lang));
  if (f.tone) out.push(eb(toneOf(eb), '=', JSON.stringify(f.tone)));
  if (f.subjectId !== undefined) {
    const subjectId = f.subjectId;
    // A match counts unless an analyst said the article is not about the subject; an analyst's
    // "it is about it" adds an article the query missed.
    const verdict = newestCorrection(eb, 'subject_match', subjectId);
    out.push(
      eb.or([
        eb(verdict, '=', JSON.stringify(true)),
        eb.and([
          eb(verdict, 'is', null),
          eb(
            'article.id',
            'in',
            eb
              .selectFrom('article_subject')
              .select('article_subject.article_id')
              .where('article_subject.subject_id', '=', subjectId),
          ),
        ]),
      ]),
    );
  }
  if (f.issueId !== undefined) {
    out.push(
      eb(
        'article.id',
        'in',
        eb
          .selectFrom('issue_article')
          .select('issue_article.article_id')
          .where('issue_article.issue_id', '=', f.issueId),
      ),
    );
  }
  return out;
}

function filtered(store: Store, workspaceId: number, f: ArticleFilter) {
  return store.db.selectFrom('article').where((eb) => eb.and(conditions(store, workspaceId, f, eb)));
}

export async function searchFiltered(
  store: Store,
  workspaceId: number,
  f: ArticleFilter,
  options: { sort: SearchSort; limit: number; offset: number },
): Promise<{ article: Article; rank: number }[]> {
  // The most relevant page is first looked for among the best-ranked matches only: when enough of
  // them pass the filters, they are the page (every match outside ranks lower than all of them).
  if (f.query && options.sort === 'relevance') {
    const best = (options.offset + options.limit) * 4 + 100;
    const page = await rankedPage(store, workspaceId, f, options, best);
    if (page !== null && page.length === options.limit) return page;
  }
  // PostgreSQL's GIN index reads each word's whole list whatever the period, so a window saves it
  // nothing: it sorts the matches it finds, as for any other filter.
  if (f.query && options.sort === 'newest' && store.dialect === 'sqlite') {
    const page = await newestInRecentDays(store, workspaceId, f, options);
    if (page !== null) return page;
  }
  return (await rankedPage(store, workspaceId, f, options)) ?? [];
}

const DAY_MS = 86_400_000;
/** The first window a newest-first search looks in, and how much each next one is wider. */
const FIRST_WINDOW_DAYS = 7;
const WIDER = 4;
/** Past this the windows would cover most of the archive: the whole filter is read at once. */
const LAST_WINDOW_DAYS = 500;

/**
 * The newest page of a query's matches, looked for in the last week first, then in windows four
 * times wider: a word in every twentieth article fills a page from a week's news, and reading a
 * week of the full-text index costs a fraction of reading two years of it. Exact: a window holds
 * every article counted from its start on, so when it has a full page, nothing outside it is newer.
 * FTS5 reads only the ids of the window's articles from each word's list, and those ids are close
 * together because articles are stored as they are collected. Null when no window is narrower
 * than the filter.
 */
async function newestInRecentDays(
  store: Store,
  workspaceId: number,
  f: ArticleFilter,
  options: { limit: number; offset: number },
): Promise<{ article: Article; rank: number }[] | null> {
  const need = options.offset + options.limit;
  const latest = await store.db
    .selectFrom('article')
    .select(countedAt.as('at'))
    .where('article.workspace_id', '=', workspaceId)
    .$if(f.to !== undefined, (q) => q.where(countedAt, '<', f.to as string))
    .orderBy(countedAt, 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest?.at) return null;
  const end = Date.parse(latest.at);
  for (let days = FIRST_WINDOW_DAYS; days <= LAST_WINDOW_DAYS; days *= WIDER) {
    const from = new Date(end - days * DAY_MS).toISOString();
    if (f.from && from <= f.from) return null;
    const windowed: ArticleFilter = { ...f, from };
    const ids = await store.db
      .selectFrom('article')
      .select((eb) => [eb.fn.min('article.id').as('lo'), eb.fn.max('article.id').as('hi')])
      .where('article.workspace_id', '=', workspaceId)
      .where(countedAt, '>=', from)
      .$if(f.to !== undefined, (q) => q.where(countedAt, '<', f.to as string))
      .executeTakeFirst();
    if (ids?.lo == null || ids.hi == null) continue;
    const within = { lo: Number(ids.lo), hi: Number(ids.hi) };
    const rows = await store.db
      .selectFrom('article')
      .where((eb) => eb.and(conditions(store, workspaceId, windowed, eb, false, within)))
      .selectAll('article')
      .orderBy(countedAt, 'desc')
      .orderBy('article.id', 'desc')
      .limit(need)
      .execute();
    if (rows.length === need)
      return rows.slice(options.offset).map((r) => ({ article: toArticle(r), rank: 0 }));
  }
  return null;
}

/** A page of the filter's articles; null when asked for the best matches where there is no rank. */
async function rankedPage(
  store: Store,
  workspaceId: number,
  f: ArticleFilter,
  options: { sort: SearchSort; limit: number; offset: number },
  best?: number,
): Promise<{ article: Article; rank: number }[] | null> {
  const ranked = f.query ? rankedMatches(store.dialect, f.query, best) : null;
  if (best !== undefined && !ranked) return null;
  let q = ranked
    ? store.db
        .selectFrom('article')
        .innerJoin(ranked, 'hits.fts_id', 'article.id')
        .where((eb) => eb.and(conditions(store, workspaceId, f, eb, true)))
        .selectAll('article')
        .select('hits.fts_rank as rank')
    : filtered(store, workspaceId, f)
        .selectAll('article')
        // Relevance only where it orders the page: SQLite's bm25 reads every match of each word
        // to weigh it, which a page in date order would pay for nothing.
        .select(
          f.query && options.sort === 'relevance'
            ? queryRank(store.dialect, f.query).as('rank')
            : sql<number>`0`.as('rank'),
        );
  if (options.sort === 'relevance' && f.query) q = q.orderBy('rank', 'desc').orderBy('article.id', 'desc');
  else if (options.sort === 'oldest') q = q.orderBy(countedAt, 'asc').orderBy('article.id', 'asc');
  else q = q.orderBy(countedAt, 'desc').orderBy('article.id', 'desc');
  const rows = await q.limit(options.limit).offset(options.offset).execute();
  return rows.map((r) => ({ article: toArticle(r), rank: Number(r.rank) }));
}

export interface SearchFacets {
  total: number;
  outlets: { name: string; count: number }[];
  tones: { tone: ToneLabel; count: number }[];
  subjects: { id: number; name: string; count: number }[];
  issues: { id: number; title: string; count: number }[];
}

const FACET_SIZE = 20;

/**
 * The facets in one statement over the matches read once: with five statements the full-text query
 * and the tone of every match were evaluated five times, which at a million articles was most of a
 * search's time. A subject counts the articles its filter lists: the query's matches an analyst
 * did not reject, and those an analyst added.
 */
export async function searchFacets(
  store: Store,
  workspaceId: number,
  f: ArticleFilter,
): Promise<SearchFacets> {
  const hits = store.db
    .selectFrom('article')
    .where((eb) => eb.and(conditions(store, workspaceId, f, eb)))
    .select((eb) => ['article.id', outletOf.as('outlet'), toneOf(eb).as('tone')]);
  const { rows } = await sql<{ kind: string; key: string | null; label: string | null; n: number | string }>`
    WITH hits AS ${hits}
    SELECT 'total' AS kind, NULL AS key, NULL AS label, count(*) AS n FROM hits
    UNION ALL SELECT * FROM (
      SELECT 'outlet', outlet, NULL, count(*) AS n FROM hits WHERE outlet IS NOT NULL AND outlet <> ''
      GROUP BY outlet ORDER BY n DESC, outlet LIMIT ${FACET_SIZE}) AS outlets
    UNION ALL SELECT 'tone', tone, NULL, count(*) FROM hits WHERE tone IS NOT NULL GROUP BY tone
    UNION ALL SELECT * FROM (
      SELECT 'subject', CAST(subject.id AS TEXT), subject.name, count(*) AS n FROM (
        SELECT article_subject.subject_id, hits.id AS article_id FROM hits
        JOIN article_subject ON article_subject.article_id = hits.id
        UNION
        SELECT correction.subject_id, hits.id FROM hits
        JOIN correction ON correction.article_id = hits.id AND correction.kind = 'subject_match'
      ) AS candidate
      JOIN subject ON subject.id = candidate.subject_id
      WHERE coalesce((
        SELECT verdict.value FROM correction AS verdict
        WHERE verdict.article_id = candidate.article_id AND verdict.kind = 'subject_match'
          AND verdict.subject_id = candidate.subject_id
        ORDER BY verdict.id DESC LIMIT 1), 'true') = 'true'
      GROUP BY subject.id, subject.name ORDER BY n DESC, subject.id LIMIT ${FACET_SIZE}) AS subjects
    UNION ALL SELECT * FROM (
      SELECT 'issue', CAST(issue.id AS TEXT), coalesce(issue.manual_label, issue.label), count(*) AS n FROM hits
      JOIN issue_article ON issue_article.article_id = hits.id
      JOIN issue ON issue.id = issue_article.issue_id
      GROUP BY issue.id, issue.manual_label, issue.label ORDER BY n DESC, issue.id LIMIT ${FACET_SIZE}) AS issues
  `.execute(store.db);
  // Each list in its own order again: a UNION ALL need not keep its branches' ORDER BY.
  const of = (kind: string) =>
    rows
      .filter((r) => r.kind === kind)
      .sort((a, b) => Number(b.n) - Number(a.n) || String(a.key).localeCompare(String(b.key)));
  return {
    total: Number(of('total')[0]?.n ?? 0),
    outlets: of('outlet').map((o) => ({ name: o.key ?? '', count: Number(o.n) })),
    tones: of('tone').map((t) => ({ tone: JSON.parse(t.key as string) as ToneLabel, count: Number(t.n) })),
    subjects: of('subject').map((s) => ({ id: Number(s.key), name: s.label ?? '', count: Number(s.n) })),
    issues: of('issue').map((i) => ({ id: Number(i.key), title: i.label ?? '', count: Number(i.n) })),
  };
}

/** Walks every article of the filter in id order, a page at a time (flat memory, for exports). */
export async function* iterateFiltered(
  store: Store,
  workspaceId: number,
  f: ArticleFilter,
  pageSize = 500,
): AsyncGenerator<Article> {
  let after = 0;
  for (;;) {
    const rows = await filtered(store, workspaceId, f)
      .selectAll('article')
      .where('article.id', '>', after)
      .orderBy('article.id')
      .limit(pageSize)
      .execute();
    for (const r of rows) yield toArticle(r);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].id;
  }
}

/** One article of a period as a report's annex lists it: no text, tone and issue as analysts left them. */
export interface ArticleLine {
  id: number;
  title: string | null;
  url: string;
  outlet: string | null;
  /** Publication time, else collection time (what "in the period" counts by). */
  at: string;
  /** The tone as analysts see it (a correction wins), null when not analysed. */
  tone: ToneLabel | null;
  issue: string | null;
  medium: 'online' | 'print';
}

/** The period's articles as annex lines, page by page in id order: one query per page, no article text. */
export async function* iteratePeriodLines(
  store: Store,
  workspaceId: number,
  range: { from: string; to: string },
  pageSize = 2000,
): AsyncGenerator<ArticleLine> {
  let after = 0;
  for (;;) {
    const rows = await filtered(store, workspaceId, { from: range.from, to: range.to })
      .select((eb) => [
        'article.id as id',
        'article.title as title',
        'article.url as url',
        'article.medium as medium',
        outletOf.as('outlet'),
        countedAt.as('at'),
        toneOf(eb).as('tone'),
        eb
          .selectFrom('issue_article')
          .innerJoin('issue', 'issue.id', 'issue_article.issue_id')
          .select(sql<string>`coalesce(issue.manual_label, issue.label)`.as('label'))
          .whereRef('issue_article.article_id', '=', 'article.id')
          .limit(1)
          .as('issue'),
      ])
      .where('article.id', '>', after)
      .orderBy('article.id')
      .limit(pageSize)
      .execute();
    for (const r of rows)
      yield {
        id: r.id,
        title: r.title,
        url: r.url,
        outlet: r.outlet,
        at: r.at,
        tone: r.tone ? (JSON.parse(r.tone) as ToneLabel) : null,
        issue: r.issue ?? null,
        medium: r.medium,
      };
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].id;
  }
}
