// Analysis results: read by every staff role; re-running analysis is the monitoring team's.
import { ALL_STAFF, definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const analysisPolicy = definePolicy('analysis', { read: ALL_STAFF, reanalyze: OPERATORS });
