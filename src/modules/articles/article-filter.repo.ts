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
import { queryCondition, queryRank, rankedMatches } from '../../kernel/db/query-search.ts';
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
): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [
    eb('article.workspace_id', '=', workspaceId),
    eb('article.status', '=', 'fetched'),
  ];
  if (f.query && !queryJoined) out.push(queryCondition(store.dialect, f.query));
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
  const ranked = f.query ? rankedMatches(store.dialect, f.query) : null;
  let q = ranked
    ? store.db
        .selectFrom('article')
        .innerJoin(ranked, 'hits.fts_id', 'article.id')
        .where((eb) => eb.and(conditions(store, workspaceId, f, eb, true)))
        .selectAll('article')
        .select('hits.fts_rank as rank')
    : filtered(store, workspaceId, f)
        .selectAll('article')
        .select(f.query ? queryRank(store.dialect, f.query).as('rank') : sql<number>`0`.as('rank'));
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

export async function searchFacets(
  store: Store,
  workspaceId: number,
  f: ArticleFilter,
): Promise<SearchFacets> {
  const ids = (eb: ExpressionBuilder<Database, keyof Database>) =>
    eb
      .selectFrom('article')
      .select('article.id')
      .where((inner) => inner.and(conditions(store, workspaceId, f, inner)));
  const [total, outlets, tones, subjects, issues] = await Promise.all([
    filtered(store, workspaceId, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
    filtered(store, workspaceId, f)
      .select([outletOf.as('name'), (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(outletOf)
      .orderBy('n', 'desc')
      .limit(FACET_SIZE)
      .execute(),
    filtered(store, workspaceId, f)
      .select((eb) => [toneOf(eb).as('tone'), eb.fn.countAll<number>().as('n')])
      .groupBy('tone')
      .execute(),
    store.db
      .selectFrom('article_subject')
      .innerJoin('subject', 'subject.id', 'article_subject.subject_id')
      .where('article_subject.article_id', 'in', ids)
      .select(['subject.id', 'subject.name', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['subject.id', 'subject.name'])
      .orderBy('n', 'desc')
      .limit(FACET_SIZE)
      .execute(),
    store.db
      .selectFrom('issue_article')
      .innerJoin('issue', 'issue.id', 'issue_article.issue_id')
      .where('issue_article.article_id', 'in', ids)
      .select(['issue.id', 'issue.label', 'issue.manual_label', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['issue.id', 'issue.label', 'issue.manual_label'])
      .orderBy('n', 'desc')
      .limit(FACET_SIZE)
      .execute(),
  ]);
  return {
    total: Number(total?.n ?? 0),
    outlets: outlets.filter((o) => o.name).map((o) => ({ name: o.name, count: Number(o.n) })),
    tones: tones
      .filter((t) => t.tone)
      .map((t) => ({ tone: JSON.parse(t.tone as string) as ToneLabel, count: Number(t.n) })),
    subjects: subjects.map((s) => ({ id: s.id, name: s.name, count: Number(s.n) })),
    issues: issues.map((i) => ({ id: i.id, title: i.manual_label ?? i.label, count: Number(i.n) })),
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
