// Collected articles: read (search, one article, export) by every staff role.
import { ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const articlesPolicy = definePolicy('articles', { read: ALL_STAFF });
