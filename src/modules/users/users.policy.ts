// Who may manage accounts: administrators manage users and roles; every signed-in user manages
// their own password, sessions and API tokens (checked in the service against the record).
import { ADMINS, ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const usersPolicy = definePolicy('users', {
  manage: ADMINS,
  /** Own account: sign out everywhere, change password, personal API tokens. */
  self: [...ALL_STAFF, 'agency_officer'],
});
