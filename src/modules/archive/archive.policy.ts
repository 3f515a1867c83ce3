// Who reads the SOP B archive: whoever may read the agenda book, the archive's larger half.
import { definePolicy } from '../../kernel/auth/policy.ts';

export const archivePolicy = definePolicy('archive', {
  read: ['analyst', 'team_lead', 'head', 'secretary', 'leader', 'admin'],
});
