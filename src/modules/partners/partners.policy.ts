// Who may read and keep the partner media registry. The office's readers up to the leader see the
// partners and their coverage; analysts, heads of division and administrators keep the registry.
import type { Role } from '../../domain/user.ts';
import { definePolicy } from '../../kernel/auth/policy.ts';

const READERS: readonly Role[] = ['analyst', 'team_lead', 'head', 'secretary', 'leader', 'admin'];
const KEEPERS: readonly Role[] = ['analyst', 'head', 'admin'];

export const partnersPolicy = definePolicy('partners', {
  read: READERS,
  manage: KEEPERS,
});
