// Which articles are about a subject as analysts see them: the subject query's matches, minus those
// an analyst said are not about it, plus those an analyst said are (the query missed them), each with
// the tone toward the subject. Corrections win at every step; everything is decided in SQL so limits
// and date filters apply to the corrected set.
import type { ExpressionBuilder } from 'kysely';
import type { ToneLabel } from '../../analyze/types.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { countedAt } from '../../kernel/db/counted-at.ts';
import { newestCorrection } from '../../kernel/db/newest-correction.ts';
import type { Database } from '../../kernel/db/schema.ts';

export { newestCorrection };

/** The subject's articles with what decides their tone toward it; callers add order, limit, filters. */
export function subjectCoverage(store: Store, subjectId: number) {
  // Only the subject's matches and verdicts can qualify: the planner starts from them, not from
  // every article (the condition in coverageOf decides; this one only says where to look).
  return coverageOf(store, subjectId).where('article.id', 'in', (eb) =>
    eb
      .selectFrom('article_subject as matched')
      .select('matched.article_id')
      .where('matched.subject_id', '=', subjectId)
      .union(
        eb
          .selectFrom('correction as verdict')
          .select('verdict.article_id')
          .where('verdict.subject_id', '=', subjectId)
          .where('verdict.kind', '=', 'subject_match'),
      ),
  );
}

function coverageOf(store: Store, subjectId: number) {
  const match = (eb: ExpressionBuilder<Database, 'article'>) =>
    newestCorrection(eb, 'subject_match', subjectId);
  return store.db
    .selectFrom('article')
    .leftJoin('article_subject', (join) =>
      join
        .onRef('article_subject.article_id', '=', 'article.id')
        .on('article_subject.subject_id', '=', subjectId),
    )
    .leftJoin('article_analysis', 'article_analysis.article_id', 'article.id')
    .where((eb) =>
      eb.or([
        eb(match(eb), '=', JSON.stringify(true)),
        eb.and([eb(match(eb), 'is', null), eb('article_subject.article_id', 'is not', null)]),
      ]),
    )
    .select([
      'article.id as article_id',
      'article.title',
      'article.url',
      'article.outlet',
      'article.published_at',
      'article.fetched_at',
      'article_subject.tone_label as subject_tone',
      'article_subject.tone_score as subject_score',
      'article_analysis.tone_label as article_tone',
      'article_analysis.tone_score as article_score',
    ])
    .select((eb) => [
      newestCorrection(eb, 'subject_tone', subjectId).as('corrected_subject_tone'),
      newestCorrection(eb, 'tone', null).as('corrected_article_tone'),
      match(eb).as('corrected_match'),
    ]);
}

export interface CoverageTone {
  tone: ToneLabel;
  score: number;
  /** An analyst set the tone toward the subject. */
  corrected: boolean;
  /** An analyst said the article is about the subject (the query may have missed it). */
  matchCorrected: boolean;
}

/**
 * The tone toward the subject: the analyst's, else the analysis', else — for an article an analyst
 * added — the article's own tone (corrected or analysed), else neutral.
 */
export function coverageTone(row: {
  subject_tone: ToneLabel | null;
  subject_score: number | null;
  article_tone: ToneLabel | null;
  article_score: number | null;
  corrected_subject_tone: string | null;
  corrected_article_tone: string | null;
  corrected_match: string | null;
}): CoverageTone {
  const matchCorrected = row.corrected_match !== null;
  const score = Number(row.subject_score ?? row.article_score ?? 0);
  if (row.corrected_subject_tone)
    return { tone: JSON.parse(row.corrected_subject_tone), score, corrected: true, matchCorrected };
  if (row.subject_tone) return { tone: row.subject_tone, score, corrected: false, matchCorrected };
  const articleTone = row.corrected_article_tone
    ? (JSON.parse(row.corrected_article_tone) as ToneLabel)
    : (row.article_tone ?? 'neutral');
  return { tone: articleTone, score, corrected: false, matchCorrected };
}

/** A subject's articles counted in [from, to), as analysts corrected them, with the tone toward it. */
export async function subjectCoverageBetween(
  store: Store,
  subject: { id: number; workspaceId: number },
  from: Date,
  to: Date,
) {
  // A period's articles are fewer than a subject's matches over years: start from the period (the
  // article_counted index), and let the coverage condition pick the subject's among them.
  const rows = await coverageOf(store, subject.id)
    .where('article.workspace_id', '=', subject.workspaceId)
    .where('article.status', '=', 'fetched')
    .where(countedAt, '>=', from.toISOString())
    .where(countedAt, '<', to.toISOString())
    .select(countedAt.as('at'))
    .execute();
  return rows.map((r) => ({ articleId: r.article_id, at: Date.parse(r.at), tone: coverageTone(r).tone }));
}
