// Who may read their own notices (everyone with a role: each reads only their own) and who sets the
// workspace's quiet hours for notice e-mails.
import { ADMINS, ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const noticesPolicy = definePolicy('notices', {
  read: [...ALL_STAFF, 'agency_officer'],
  configure: ADMINS,
});
