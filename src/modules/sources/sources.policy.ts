// Sources: every staff role reads them; the monitoring team adds, pauses and removes them.
import { ALL_STAFF, definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const sourcesPolicy = definePolicy('sources', { read: ALL_STAFF, manage: OPERATORS });
