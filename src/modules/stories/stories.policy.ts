// Stories (syndicated copies grouped): read by every staff role.
import { ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const storiesPolicy = definePolicy('stories', { read: ALL_STAFF });
