// Analysts' corrections (tone, subject match, entity, quote speaker): the monitoring team's.
import { definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const correctionsPolicy = definePolicy('corrections', { create: OPERATORS });
