// Who may see and move SOP cases. Acting on a step is further limited by the SOP itself: only the
// role the step belongs to acts on it (src/sop/engine.ts). Agency officers work on directions, not
// on cases, and see none here.
import { ADMINS, ALL_STAFF, definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const sopCasesPolicy = definePolicy('sop-cases', {
  read: ALL_STAFF,
  start: OPERATORS,
  act: ALL_STAFF.filter((r) => r !== 'viewer'),
  configure: ADMINS,
});
