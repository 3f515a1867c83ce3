// Analysts' corrections win wherever a figure is read (search, dashboard, exports, alerts): the
// subquery every repository uses to read the newest one of a kind for the article in its query.
import type { ExpressionBuilder } from 'kysely';
import type { CorrectionTable, Database } from './schema.ts';

/**
 * The newest analyst correction of a kind for the article in the outer query (its JSON text), or
 * null; `subjectId` null means the correction is about the article as a whole.
 */
export function newestCorrection(
  eb: ExpressionBuilder<Database, 'article'>,
  kind: CorrectionTable['kind'],
  subjectId: number | null,
) {
  return eb
    .selectFrom('correction')
    .select('correction.value')
    .whereRef('correction.article_id', '=', 'article.id')
    .where('correction.kind', '=', kind)
    .where('correction.subject_id', subjectId === null ? 'is' : '=', subjectId)
    .orderBy('correction.id', 'desc')
    .limit(1);
}
