// Who may draft monitoring reports, read them, comment, and write in them. Writing is for the roles
// SOP A gives a step (analyst drafts, reviewer corrects, team lead checks, head of bureau submits,
// leader studies), further limited by the service to whoever is at the report's current step.
import { ADMINS, ALL_STAFF, definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const reportsPolicy = definePolicy('reports', {
  read: ALL_STAFF,
  draft: OPERATORS,
  write: ['analyst', 'reviewer', 'team_lead', 'head', 'leader'],
  comment: ALL_STAFF.filter((r) => r !== 'viewer'),
  letterhead: ADMINS,
});
