// When an article counts in a period (dashboard, search filters, subject coverage): its
// publication, else its collection — one definition so every figure counts the same articles.
import { sql } from 'kysely';

export const countedAt = sql<string>`coalesce(article.published_at, article.fetched_at)`;
