// Who may read the audit trail: administrators only (the trail itself is written by every module).
import { ADMINS, definePolicy } from '../../kernel/auth/policy.ts';

export const auditPolicy = definePolicy('audit', { read: ADMINS });
