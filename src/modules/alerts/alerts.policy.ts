// Crisis alerts: read by every staff role; a check run by the monitoring team; handling (acknowledge,
// assign, comment, resolve, reopen) by analysts and above; thresholds and quiet periods set by team
// leads and heads.
import { ALL_STAFF, definePolicy, LEADS, OPERATORS } from '../../kernel/auth/policy.ts';

export const alertsPolicy = definePolicy('alerts', {
  read: ALL_STAFF,
  check: OPERATORS,
  handle: OPERATORS,
  settings: LEADS,
});
