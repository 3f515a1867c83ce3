// The outlet catalogue of a workspace: the outlets its sources belong to, with the sources grouped
// under each and what they collected in the last 30 days (the sources page's "Katalog media").
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { presentCatalogue } from './catalogue.present.ts';
import { sourcesWithRecentArticles } from './catalogue.repo.ts';
import { sourcesPolicy } from './sources.policy.ts';
import type { OutletCatalogue } from './sources.schema.ts';

const WINDOW_DAYS = 30;

export async function outletCatalogue(on: Store | Ctx, workspace?: string | null): Promise<OutletCatalogue> {
  const ctx = asCtx(on);
  const ws = await resolveWorkspace(ctx, workspace);
  authorize(ctx.actor, sourcesPolicy.can('read'), ws.id);
  const since = new Date(ctx.now().getTime() - WINDOW_DAYS * 24 * 60 * 60 * 1000);
  return presentCatalogue(await sourcesWithRecentArticles(ctx, ws.id, since), since);
}
