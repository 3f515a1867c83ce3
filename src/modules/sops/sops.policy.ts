// Who may read the workspace's SOPs (every staff role and agency officers, who receive directions
// under them) and who may change them (administrators: an SOP is the office's own regulation).
import { ADMINS, ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const sopsPolicy = definePolicy('sops', {
  read: [...ALL_STAFF, 'agency_officer'],
  edit: ADMINS,
});
