// The dashboard: every staff role that reads the coverage reads its figures.
import { ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const dashboardPolicy = definePolicy('dashboard', { read: ALL_STAFF });
