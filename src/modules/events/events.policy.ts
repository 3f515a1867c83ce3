// Live updates tell what was collected and raised: every staff role that reads the coverage.
import { ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const eventsPolicy = definePolicy('events', { read: ALL_STAFF });
