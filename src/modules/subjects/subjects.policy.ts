// Monitored subjects: read by every staff role, kept by the monitoring team.
import { ALL_STAFF, definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const subjectsPolicy = definePolicy('subjects', { read: ALL_STAFF, manage: OPERATORS });
