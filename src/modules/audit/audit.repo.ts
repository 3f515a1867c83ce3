// Audit trail repository: append (under the append lock, so the chain never forks), list, and
// read in id order for verification.
import type { Selectable } from 'kysely';
import { type AuditEntry, type AuditRow, chainHash, GENESIS_HASH } from '../../domain/audit.ts';
import { lockForAppend } from '../../kernel/db/dialect.ts';
import type { AuditLogTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

const toRow = (r: Selectable<AuditLogTable>): AuditRow => ({
  id: r.id,
  at: r.at,
  workspaceId: r.workspace_id,
  userId: r.user_id,
  actor: r.actor,
  role: r.role,
  action: r.action,
  recordType: r.record_type,
  recordId: r.record_id,
  changes: r.changes,
  requestId: r.request_id,
  address: r.address,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** Must run inside a transaction: the lock holds until it commits. */
export async function appendAudit(trx: Executor, entry: AuditEntry): Promise<AuditRow> {
  await lockForAppend(trx.db, trx.dialect, 'audit_log');
  const last = await trx.db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, entry);
  const row = await trx.db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      workspace_id: entry.workspaceId,
      user_id: entry.userId,
      actor: entry.actor,
      role: entry.role,
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId,
      changes: entry.changes,
      request_id: entry.requestId,
      address: entry.address,
      prev_hash: prevHash,
      hash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRow(row);
}

export interface AuditFilter {
  workspaceId?: number;
  recordType?: string;
  recordId?: string;
  userId?: number;
  action?: string;
  beforeId?: number;
  limit: number;
}

export async function listAudit(store: Executor, f: AuditFilter): Promise<AuditRow[]> {
  let q = store.db.selectFrom('audit_log').selectAll();
  if (f.workspaceId !== undefined) q = q.where('workspace_id', '=', f.workspaceId);
  if (f.recordType !== undefined) q = q.where('record_type', '=', f.recordType);
  if (f.recordId !== undefined) q = q.where('record_id', '=', f.recordId);
  if (f.userId !== undefined) q = q.where('user_id', '=', f.userId);
  if (f.action !== undefined) q = q.where('action', '=', f.action);
  if (f.beforeId !== undefined) q = q.where('id', '<', f.beforeId);
  const rows = await q.orderBy('id', 'desc').limit(f.limit).execute();
  return rows.map(toRow);
}

/** Rows after `afterId` in id order, a page at a time. */
export async function auditPage(store: Executor, afterId: number, limit: number): Promise<AuditRow[]> {
  const rows = await store.db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}
