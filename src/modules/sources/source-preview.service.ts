// "Test this address" before a source is added: what Pantau would collect from a URL, read through
// the crawl's own fetcher (its size, time, redirect and internal-address rules) and stored nowhere.
import { normalizeUrl } from '../../collect/dedup/url.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { Logger } from '../../kernel/logger.ts';
import { type PreviewTools, previewAddress } from '../crawl/crawl.service.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { presentPreviewFailure } from './preview.present.ts';
import { sourcesPolicy } from './sources.policy.ts';
import type { SourcePreview } from './sources.schema.ts';
import { refuseCredentials } from './sources.service.ts';

export interface PreviewInput {
  workspace?: string | null;
  url: string;
  kind?: 'feed' | 'sitemap' | 'article';
}

export type PreviewDeps = PreviewTools & { logger: Pick<Logger, 'info'> };

/**
 * A preview answers even when the address fails: an unreachable, refused or unreadable address is
 * the answer the office asked for, told in words it can act on. Only bad input is an error.
 */
export async function previewSource(
  on: Store | Ctx,
  deps: PreviewDeps,
  input: PreviewInput,
): Promise<SourcePreview> {
  const ctx = asCtx(on);
  const workspace = await resolveWorkspace(ctx, input.workspace);
  // Whoever may add a source may test one: a preview makes the server fetch an address of their choosing.
  authorize(ctx.actor, sourcesPolicy.can('manage'), workspace.id);
  refuseCredentials(input.url);
  const url = normalizeUrl(input.url);
  const started = Date.now();
  let result: SourcePreview;
  try {
    result = {
      ok: true,
      ...(await previewAddress(deps, { url, kind: input.kind, timeZone: workspace.timeZone })),
    };
  } catch (e) {
    if (!(e instanceof PantauError)) throw e;
    result = presentPreviewFailure(e);
  }
  // Not audited (nothing changes), but logged against the workspace: who made the server fetch what.
  deps.logger.info(
    {
      workspaceId: workspace.id,
      workspace: workspace.slug,
      userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      url,
      kind: input.kind ?? null,
      outcome: result.ok ? result.kind : result.error.code,
      items: result.ok ? result.items.length : 0,
      ms: Date.now() - started,
    },
    'source preview',
  );
  return result;
}
