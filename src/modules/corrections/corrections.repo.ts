// Correction repository: analysts' verdicts, with who and when; the newest of a kind wins.

import { sql } from 'kysely';
import type { Correction, CorrectionKind } from '../../domain/subject.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { touchDashboardDays } from '../../kernel/db/dashboard-days.ts';

export interface NewCorrection {
  workspaceId: number;
  articleId: number;
  subjectId?: number | null;
  kind: CorrectionKind;
  value: unknown;
  actor: string;
}

export async function insertCorrection(store: Store, input: NewCorrection): Promise<Correction> {
  const row = await store.db
    .insertInto('correction')
    .values({
      workspace_id: input.workspaceId,
      article_id: input.articleId,
      subject_id: input.subjectId ?? null,
      kind: input.kind,
      value: JSON.stringify(input.value),
      actor: input.actor,
      created_at: new Date().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await touchDashboardDays(store.db, [input.articleId]);
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    articleId: row.article_id,
    subjectId: row.subject_id,
    kind: row.kind,
    value: JSON.parse(row.value),
    actor: row.actor,
    createdAt: row.created_at,
  };
}

/**
 * What a newer correction replaces: the same kind about the same subject — and for entity and
 * quote corrections, about the same span of the text.
 */
function correctionKey(kind: CorrectionKind, subjectId: number | null, value: unknown): string {
  const base = `${kind}:${subjectId ?? ''}`;
  if (kind !== 'entity' && kind !== 'quote_speaker') return base;
  const span = value as { start?: number; end?: number };
  return `${base}:${span.start}:${span.end}`;
}

/** The newest correction of each kind (and subject, and span) for an article. */
export async function currentCorrections(store: Store, articleId: number): Promise<Correction[]> {
  const rows = await store.db
    .selectFrom('correction')
    .selectAll()
    .where('article_id', '=', articleId)
    .orderBy('id', 'desc')
    .execute();
  const seen = new Set<string>();
  const out: Correction[] = [];
  for (const r of rows) {
    const value: unknown = JSON.parse(r.value);
    const key = correctionKey(r.kind, r.subject_id, value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      id: r.id,
      workspaceId: r.workspace_id,
      articleId: r.article_id,
      subjectId: r.subject_id,
      kind: r.kind,
      value,
      actor: r.actor,
      createdAt: r.created_at,
    });
  }
  return out;
}

/** Every correction of an article, newest first, superseded ones included: its correction history. */
export async function correctionHistory(store: Store, articleId: number): Promise<Correction[]> {
  const rows = await store.db
    .selectFrom('correction')
    .selectAll()
    .where('article_id', '=', articleId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    workspaceId: r.workspace_id,
    articleId: r.article_id,
    subjectId: r.subject_id,
    kind: r.kind,
    value: JSON.parse(r.value) as unknown,
    actor: r.actor,
    createdAt: r.created_at,
  }));
}

/** A workspace's entity corrections, newest first, for what future analyses learn from them. */
export async function workspaceEntityCorrections(
  store: Store,
  workspaceId: number,
): Promise<{ articleId: number; value: unknown }[]> {
  const rows = await store.db
    .selectFrom('correction')
    .select(['article_id', 'value'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'entity')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({ articleId: r.article_id, value: JSON.parse(r.value) }));
}

/** A workspace's quote-speaker corrections with their articles' text, newest first, for what is learnt. */
export async function workspaceSpeakerCorrections(
  store: Store,
  workspaceId: number,
): Promise<{ articleId: number; value: unknown; text: string }[]> {
  const rows = await store.db
    .selectFrom('correction')
    .innerJoin('article', 'article.id', 'correction.article_id')
    .select(['correction.article_id', 'correction.value', 'article.text'])
    .where('correction.workspace_id', '=', workspaceId)
    .where('correction.kind', '=', 'quote_speaker')
    .orderBy('correction.id', 'desc')
    .execute();
  return rows.map((r) => ({ articleId: r.article_id, value: JSON.parse(r.value), text: r.text ?? '' }));
}

/** Articles an analyst labelled with a tone, for the workspace's learner. */
export async function toneCorrections(store: Store, workspaceId: number) {
  const rows = await store.db
    .selectFrom('correction')
    .innerJoin('article', 'article.id', 'correction.article_id')
    .select(['correction.article_id', 'correction.value', 'article.title', 'article.text'])
    .where('correction.workspace_id', '=', workspaceId)
    .where('correction.kind', '=', 'tone')
    .orderBy('correction.id', 'desc')
    .execute();
  const seen = new Set<number>();
  return rows
    .filter((r) => !seen.has(r.article_id) && seen.add(r.article_id))
    .map((r) => ({
      articleId: r.article_id,
      label: JSON.parse(r.value) as string,
      title: r.title,
      text: r.text ?? '',
    }));
}

/** How many tone corrections a workspace has: a cheap check of whether its model is out of date. */
export async function countToneCorrections(store: Store, workspaceId: number): Promise<number> {
  const row = await store.db
    .selectFrom('correction')
    .select((eb) => eb.fn.count<number>('article_id').distinct().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'tone')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface ToneReviewRow {
  articleId: number;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  toneLabel: string;
  toneScore: number;
}

/**
 * Articles of a workspace nobody has corrected the tone of yet, published (or fetched) since
 * `since`, those whose tone score lies nearest the polar/neutral boundary first: the ones the
 * model is least sure about, where an analyst's verdict teaches it most.
 */
export async function toneReviewCandidates(
  store: Store,
  workspaceId: number,
  options: { since: string; boundary: number; limit: number },
): Promise<ToneReviewRow[]> {
  const rows = await store.db
    .selectFrom('article_analysis')
    .innerJoin('article', 'article.id', 'article_analysis.article_id')
    .select([
      'article.id',
      'article.title',
      'article.outlet',
      'article.published_at',
      'article.fetched_at',
      'article_analysis.tone_label',
      'article_analysis.tone_score',
    ])
    .where('article_analysis.workspace_id', '=', workspaceId)
    .where('article.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([eb('article.published_at', '>=', options.since), eb('article.fetched_at', '>=', options.since)]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('correction')
            .select('correction.id')
            .whereRef('correction.article_id', '=', 'article.id')
            .where('correction.kind', '=', 'tone'),
        ),
      ),
    )
    .orderBy(sql`abs(abs(article_analysis.tone_score) - ${options.boundary})`)
    .orderBy('article.id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({
    articleId: r.id,
    title: r.title,
    outlet: r.outlet,
    publishedAt: r.published_at ?? r.fetched_at,
    toneLabel: r.tone_label,
    toneScore: r.tone_score,
  }));
}
