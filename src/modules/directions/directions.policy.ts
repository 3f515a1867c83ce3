// Who may see and move the leader's directions. The office reads them all; those who give them also
// remind, close and answer clarifications; agency officers read only the directions addressed to
// their agency (the service narrows every read: another agency's direction is "not found") and act
// only on their agency's own recipient row.
import type { Role } from '../../domain/user.ts';
import { ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

/** The office: everyone on the staff who does more than read. */
const OFFICE: readonly Role[] = ALL_STAFF.filter((r) => r !== 'viewer');
/** Who gives directions and follows them up: the chain that carries the leader's word to the OPD. */
const GIVERS: readonly Role[] = ['team_lead', 'head', 'leader', 'admin'];

export const directionsPolicy = definePolicy('directions', {
  read: [...OFFICE, 'agency_officer'],
  overview: OFFICE,
  give: GIVERS,
  follow_up: GIVERS,
  respond: ['agency_officer'],
});
