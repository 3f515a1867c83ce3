// The audit trail's rules: what a change looks like, and the hash chain that makes any edit or
// deletion of a row detectable (each row's hash covers its content and the previous row's hash).
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  at: string;
  workspaceId: number | null;
  userId: number | null;
  actor: string;
  role: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  /** JSON text of { before?, after? } holding only the fields that changed. */
  changes: string;
  requestId: string | null;
  address: string | null;
}

export interface AuditRow extends AuditEntry {
  id: number;
  prevHash: string;
  hash: string;
}

export function chainHash(prevHash: string, entry: AuditEntry): string {
  const fields = [
    prevHash,
    entry.at,
    entry.workspaceId,
    entry.userId,
    entry.actor,
    entry.role,
    entry.action,
    entry.recordType,
    entry.recordId,
    entry.changes,
    entry.requestId,
    entry.address,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

type Plain = Record<string, unknown>;

/** The fields that differ between two versions of a record; secrets are never written. */
export function changedFields(before: Plain | null, after: Plain | null): { before?: Plain; after?: Plain } {
  const hide = (k: string) => /password|token_hash|secret|csrf/i.test(k);
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const b: Plain = {};
  const a: Plain = {};
  for (const k of keys) {
    const x = before?.[k];
    const y = after?.[k];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (before) b[k] = hide(k) ? '[disembunyikan]' : x;
    if (after) a[k] = hide(k) ? '[disembunyikan]' : y;
  }
  return { ...(before ? { before: b } : {}), ...(after ? { after: a } : {}) };
}

export interface ChainBreak {
  id: number;
  reason: 'altered' | 'previous_missing';
}

/**
 * Walks rows in id order. A row whose hash no longer matches its content was altered; a row whose
 * previous-hash does not match the row before it follows one that was deleted.
 */
export function checkLink(prevHash: string, row: AuditRow): ChainBreak | null {
  if (row.prevHash !== prevHash) return { id: row.id, reason: 'previous_missing' };
  if (chainHash(row.prevHash, row) !== row.hash) return { id: row.id, reason: 'altered' };
  return null;
}
