// The workspace's webhooks for published releases (its own apps, a provincial portal, a social media
// scheduler): each gets every publication and correction as signed JSON. Secrets are
// stored, never shown back or logged: a reader sees that one is set.
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { parseWebhookUrl } from '../notifications/webhook.service.ts';
import { readWorkspaceSetting, writeWorkspaceSetting } from '../workspaces/workspaces.service.ts';
import { publicationsPolicy } from './publications.policy.ts';

const KEY = 'publication_webhooks';
const MAX = 10;

export interface PublicationWebhook {
  url: string;
  secret: string;
}

export async function publicationWebhooksOf(
  store: Executor,
  workspaceId: number,
): Promise<PublicationWebhook[]> {
  return (await readWorkspaceSetting<PublicationWebhook[]>(store, workspaceId, KEY))?.value ?? [];
}

export async function getPublicationWebhooks(ctx: Ctx): Promise<{ url: string; secretSet: boolean }[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('webhooks'), ws.id);
  return (await publicationWebhooksOf(ctx, ws.id)).map((w) => ({ url: w.url, secretSet: w.secret !== '' }));
}

/**
 * Replaces the list. A webhook given without a secret keeps the one stored for the same address, so
 * the page never has to show a secret to let someone edit the list.
 */
export async function savePublicationWebhooks(
  ctx: Ctx,
  input: { url: string; secret?: string }[],
): Promise<{ url: string; secretSet: boolean }[]> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('webhooks'), ws.id);
  if (input.length > MAX)
    throw new PantauError('validation', `Paling banyak ${MAX} webhook — at most ${MAX} webhooks`);
  await tx(ctx, async (t) => {
    const before = await publicationWebhooksOf(t, ws.id);
    const value = input.map((w) => {
      const url = parseWebhookUrl(w.url.trim()).href;
      const secret = w.secret?.trim() || before.find((b) => b.url === url)?.secret || '';
      if (secret.length < 16)
        throw new PantauError(
          'validation',
          `Rahasia webhook ${url} minimal 16 karakter — the secret needs at least 16 characters`,
        );
      return { url, secret };
    });
    await writeWorkspaceSetting(t, { workspaceId: ws.id, key: KEY, value, by: editorName(t) });
    await recordChange(t, {
      action: 'publications.webhooks',
      recordType: 'workspace_setting',
      recordId: KEY,
      before: { urls: before.map((b) => b.url) },
      after: { urls: value.map((v) => v.url) },
    });
  });
  return getPublicationWebhooks(ctx);
}
