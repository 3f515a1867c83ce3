// The workspace's own places: read by every staff role, kept by the monitoring team.
import { ALL_STAFF, definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const placesPolicy = definePolicy('places', { read: ALL_STAFF, manage: OPERATORS });
