// Who works on SOP B's publication materials. Drafting is the functional staff's and their leads',
// publishing the functional staff's (the SOP's "Fungsional" acts at step 6), writing is for the roles
// SOP B gives a step (the service checks it is the caller's step), correcting what the public reads
// for staff and the head, withdrawing it for the head and above.
import { ADMINS, ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

export const publicationsPolicy = definePolicy('publications', {
  read: ALL_STAFF,
  draft: ['analyst', 'team_lead', 'head', 'admin'],
  write: ['analyst', 'head', 'leader'],
  publish: ['analyst'],
  correct: ['analyst', 'head', 'admin'],
  withdraw: ['head', 'secretary', 'leader', 'admin'],
  webhooks: ADMINS,
});
