// Workspaces: members read their workspace; installation administrators create workspaces.
import { ADMINS, ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const workspacesPolicy = definePolicy('workspaces', {
  read: [...ALL_STAFF, 'agency_officer'],
  manage: ADMINS,
});
