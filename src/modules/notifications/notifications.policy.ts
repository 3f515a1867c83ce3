// Who chooses where a workspace's crisis alerts go: the leads who set the alert thresholds.
import { definePolicy, LEADS } from '../../kernel/auth/policy.ts';

export const notificationsPolicy = definePolicy('notifications', { read: LEADS, manage: LEADS });
