// Who may read and keep the inventory of programs and activities (SOP B step 1): the office's
// analysts and those who review and decide read it; analysts and heads of division keep it.
import type { Role } from '../../domain/user.ts';
import { definePolicy } from '../../kernel/auth/policy.ts';

const READERS: readonly Role[] = ['analyst', 'team_lead', 'head', 'secretary', 'leader', 'admin'];
const KEEPERS: readonly Role[] = ['analyst', 'head', 'admin'];

export const programsPolicy = definePolicy('programs', { read: READERS, manage: KEEPERS });
