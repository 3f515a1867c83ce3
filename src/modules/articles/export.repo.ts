// What an export adds to each article: its analysis as analysts see it (their tone and subject
// corrections win), the subjects it is about, and its issue, read for a page of articles at once.
import type { Entity, ToneLabel } from '../../analyze/types.ts';
import type { Store } from '../../kernel/db/connect.ts';

export interface ExportAnalysis {
  tone: ToneLabel | null;
  toneScore: number | null;
  toneCorrected: boolean;
  subjects: string[];
  issue: { id: number; label: string } | null;
  entities: Entity[];
  keyphrases: string[];
}

/** The analysis of each of these articles, by article id; articles not analysed yet are absent. */
export async function exportAnalyses(
  store: Store,
  articleIds: number[],
): Promise<Map<number, ExportAnalysis>> {
  const out = new Map<number, ExportAnalysis>();
  if (articleIds.length === 0) return out;
  const [analyses, matches, corrections, issues] = await Promise.all([
    store.db
      .selectFrom('article_analysis')
      .select(['article_id', 'tone_label', 'tone_score', 'entities', 'keyphrases'])
      .where('article_id', 'in', articleIds)
      .execute(),
    store.db
      .selectFrom('article_subject')
      .innerJoin('subject', 'subject.id', 'article_subject.subject_id')
      .select(['article_subject.article_id', 'subject.id', 'subject.name'])
      .where('article_subject.article_id', 'in', articleIds)
      .execute(),
    store.db
      .selectFrom('correction')
      .leftJoin('subject', 'subject.id', 'correction.subject_id')
      .select(['correction.article_id', 'correction.kind', 'correction.subject_id', 'correction.value'])
      .select('subject.name as subject_name')
      .where('correction.article_id', 'in', articleIds)
      .where('correction.kind', 'in', ['tone', 'subject_match'])
      .orderBy('correction.id', 'asc')
      .execute(),
    store.db
      .selectFrom('issue_article')
      .innerJoin('issue', 'issue.id', 'issue_article.issue_id')
      .select(['issue_article.article_id', 'issue.id', 'issue.label', 'issue.manual_label'])
      .where('issue_article.article_id', 'in', articleIds)
      .execute(),
  ]);
  for (const r of analyses) {
    out.set(r.article_id, {
      tone: r.tone_label,
      toneScore: Number(r.tone_score),
      toneCorrected: false,
      subjects: [],
      issue: null,
      entities: JSON.parse(r.entities),
      keyphrases: JSON.parse(r.keyphrases),
    });
  }
  // Subjects by id per article, so an analyst's "not about it" removes a query's match.
  const subjects = new Map<number, Map<number, string>>();
  for (const m of matches) {
    if (!subjects.has(m.article_id)) subjects.set(m.article_id, new Map());
    subjects.get(m.article_id)?.set(m.id, m.name);
  }
  // Oldest first, so the newest correction of each kind is the one left standing.
  for (const c of corrections) {
    const a = out.get(c.article_id);
    if (c.kind === 'tone' && a) {
      a.tone = JSON.parse(c.value) as ToneLabel;
      a.toneCorrected = true;
    } else if (c.kind === 'subject_match' && c.subject_id !== null) {
      if (!subjects.has(c.article_id)) subjects.set(c.article_id, new Map());
      const of = subjects.get(c.article_id);
      if (JSON.parse(c.value) === true) of?.set(c.subject_id, c.subject_name ?? `#${c.subject_id}`);
      else of?.delete(c.subject_id);
    }
  }
  for (const [articleId, names] of subjects) {
    const a = out.get(articleId);
    if (a) a.subjects = [...names.values()].sort((x, y) => x.localeCompare(y, 'id'));
  }
  for (const i of issues) {
    const a = out.get(i.article_id);
    if (a) a.issue = { id: i.id, label: i.manual_label ?? i.label };
  }
  return out;
}
