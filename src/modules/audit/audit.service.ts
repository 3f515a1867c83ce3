// The audit trail: every change, through the API, the CLI or a job, writes one row in the same
// transaction as the change; reading and verifying the chain are for administrators.
import {
  type AuditRow,
  type ChainBreak,
  changedFields,
  checkLink,
  GENESIS_HASH,
} from '../../domain/audit.ts';
import { actorLabel, isInstallationAdmin } from '../../domain/user.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, ctxRole, tx } from '../../kernel/ctx.ts';
import { auditPolicy } from './audit.policy.ts';
import { appendAudit, auditPage, listAudit } from './audit.repo.ts';

export interface Change {
  /** e.g. "sources.create", "users.grant". */
  action: string;
  recordType: string;
  recordId: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Workspace of the record when it differs from the context's (or the context has none). */
  workspaceId?: number | null;
}

/** Writes the audit row for a change; joins the caller's transaction (or opens one). */
export function recordChange(ctx: Ctx, change: Change): Promise<AuditRow> {
  return tx(ctx, (t) =>
    appendAudit(t, {
      at: t.now().toISOString(),
      workspaceId: change.workspaceId !== undefined ? change.workspaceId : (t.workspace?.id ?? null),
      userId: t.actor.kind === 'user' ? t.actor.userId : null,
      actor: actorLabel(t.actor),
      role: ctxRole(t),
      action: change.action,
      recordType: change.recordType,
      recordId: change.recordId === null ? null : String(change.recordId),
      changes: JSON.stringify(changedFields(change.before ?? null, change.after ?? null)),
      requestId: t.requestId,
      address: t.address,
    }),
  );
}

/** Runs a change and its audit row in one transaction; `describe` turns the result into the row. */
export function audited<T>(
  ctx: Ctx,
  run: (ctx: Ctx) => Promise<T>,
  describe: (result: T) => Change,
): Promise<T> {
  return tx(ctx, async (t) => {
    const result = await run(t);
    await recordChange(t, describe(result));
    return result;
  });
}

export interface AuditQuery {
  recordType?: string;
  recordId?: string;
  userId?: number;
  action?: string;
  beforeId?: number;
  limit?: number;
}

export async function listAuditTrail(ctx: Ctx, q: AuditQuery): Promise<AuditRow[]> {
  authorize(ctx.actor, auditPolicy.can('read'), ctx.workspace?.id ?? null);
  return listAudit(ctx, {
    ...q,
    // A workspace administrator sees their workspace's rows; an installation administrator all.
    workspaceId: isInstallationAdmin(ctx.actor) ? undefined : ctx.workspace?.id,
    limit: Math.min(q.limit ?? 100, 1000),
  });
}

export interface VerifyResult {
  rows: number;
  broken: ChainBreak | null;
}

/** Recomputes the whole chain, a page at a time; names the first row altered or following a deletion. */
export async function verifyAuditTrail(ctx: Ctx): Promise<VerifyResult> {
  // The chain is one for the installation; the answer names at most a row id.
  authorize(ctx.actor, auditPolicy.can('read'), ctx.workspace?.id ?? null);
  let prev = GENESIS_HASH;
  let afterId = 0;
  let rows = 0;
  for (;;) {
    const page = await auditPage(ctx, afterId, 1000);
    if (page.length === 0) return { rows, broken: null };
    for (const row of page) {
      const broken = checkLink(prev, row);
      if (broken) return { rows, broken };
      prev = row.hash;
      rows++;
    }
    afterId = page[page.length - 1].id;
  }
}
