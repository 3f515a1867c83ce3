// Who may read and keep the agency (OPD) registry. Agency officers read only their own agency
// (the service narrows the list).
import { ALL_STAFF, definePolicy, LEADS } from '../../kernel/auth/policy.ts';

export const agenciesPolicy = definePolicy('agencies', {
  read: [...ALL_STAFF, 'agency_officer'],
  manage: LEADS,
});
