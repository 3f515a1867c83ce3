// Who may do what with print clippings: every staff role reads them (they are articles); the office's
// analysts, and the heads and leaders who review, add clippings, cut pages into articles and correct
// what the OCR misread; administrators keep the registry of print outlets.
import type { Role } from '../../domain/user.ts';
import { ALL_STAFF, definePolicy } from '../../kernel/auth/policy.ts';

const CLIPPERS: readonly Role[] = ['analyst', 'team_lead', 'head', 'leader', 'admin'];

export const clippingsPolicy = definePolicy('clippings', {
  read: ALL_STAFF,
  clip: CLIPPERS,
  correct: CLIPPERS,
  outlets: ['admin'],
});
