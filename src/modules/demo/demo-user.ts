// The demo's own account: created with a one-time password the first time, given a fresh one (and
// its role in the new demo workspace) when the demo is built again.
import { DEMO_USER } from '../../demo/monitoring.ts';
import { PantauError } from '../../domain/errors.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import {
  createUser,
  findActiveUserId,
  grantRole,
  resetPassword,
  setUserDisabled,
} from '../users/users.service.ts';

export interface DemoAccount {
  email: string;
  role: string;
  /** One-time: the user is asked to change it after signing in. */
  password: string;
}

export async function demoAccount(ctx: Ctx, workspace: string): Promise<DemoAccount> {
  const { email, name, role } = DEMO_USER;
  try {
    const { password } = await createUser(ctx, { email, name, role, workspace });
    return { email, role, password };
  } catch (e) {
    if (!(e instanceof PantauError) || e.code !== 'conflict') throw e;
  }
  // An earlier demo's account: the same address, a new password, a role in this workspace.
  if ((await findActiveUserId(ctx, email)) === null) await setUserDisabled(ctx, email, false);
  await grantRole(ctx, { email, role, workspace });
  const { password } = await resetPassword(ctx, email);
  return { email, role, password };
}
