// Issues (topics): read by every staff role; renamed, locked, merged, split and moved by analysts.
import { ALL_STAFF, definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const issuesPolicy = definePolicy('issues', { read: ALL_STAFF, edit: OPERATORS });
