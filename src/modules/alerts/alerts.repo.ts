// Alert repository: the announced state per scope, the alerts sent, and the events (articles
// about a subject, negative or not) that crisis detection reads.
import type { AlertStatus } from '../../domain/alert-handling.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { coverageTone, subjectCoverage } from '../subjects/subject-coverage.repo.ts';

export interface ScopeKey {
  workspaceId: number;
  scopeType: 'subject' | 'issue';
  scopeId: string;
}

export async function loadAlertState<T>(store: Store, key: ScopeKey): Promise<T | null> {
  const row = await store.db
    .selectFrom('alert_state')
    .select('state')
    .where('workspace_id', '=', key.workspaceId)
    .where('scope_type', '=', key.scopeType)
    .where('scope_id', '=', key.scopeId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.state) as T) : null;
}

export async function saveAlertState(store: Store, key: ScopeKey, state: unknown): Promise<void> {
  const now = new Date().toISOString();
  await store.db
    .insertInto('alert_state')
    .values({
      workspace_id: key.workspaceId,
      scope_type: key.scopeType,
      scope_id: key.scopeId,
      state: JSON.stringify(state),
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'scope_type', 'scope_id'])
        .doUpdateSet({ state: JSON.stringify(state), updated_at: now }),
    )
    .execute();
}

export interface StoredAlert {
  id: string;
  workspaceId: number;
  scopeType: string;
  scopeId: string;
  scopeLabel: string;
  kind: string;
  level: string;
  reason: string;
  deliveries: unknown[];
  createdAt: string;
}

/** Records an alert once; false when an alert with this id exists (it was already sent). */
export async function insertAlert(
  store: Store,
  alert: Omit<StoredAlert, 'deliveries'> & { payload: string },
): Promise<boolean> {
  const inserted = await store.db
    .insertInto('alert')
    .values({
      id: alert.id,
      workspace_id: alert.workspaceId,
      scope_type: alert.scopeType,
      scope_id: alert.scopeId,
      scope_label: alert.scopeLabel,
      kind: alert.kind,
      level: alert.level,
      reason: alert.reason,
      payload: alert.payload,
      created_at: alert.createdAt,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!inserted;
}

export async function findAlertRow(store: Store, alertId: string) {
  const r = await store.db.selectFrom('alert').selectAll().where('id', '=', alertId).executeTakeFirst();
  return r
    ? {
        workspaceId: r.workspace_id,
        payload: r.payload,
        deliveries: JSON.parse(r.deliveries) as Record<string, unknown>[],
      }
    : null;
}

export async function recordDeliveries(store: Store, alertId: string, deliveries: unknown[]): Promise<void> {
  await store.db
    .updateTable('alert')
    .set({ deliveries: JSON.stringify(deliveries) })
    .where('id', '=', alertId)
    .execute();
}

export interface AlertHandlingSummary {
  status: AlertStatus;
  assignee: { id: number; name: string } | null;
}

export async function listAlerts(
  store: Store,
  workspaceId: number,
  limit = 50,
  filter: { status?: AlertStatus } = {},
): Promise<(StoredAlert & AlertHandlingSummary & { payload: string | null })[]> {
  let query = store.db
    .selectFrom('alert')
    .leftJoin('app_user as assignee', 'assignee.id', 'alert.assignee_id')
    .selectAll('alert')
    .select('assignee.name as assignee_name')
    .where('alert.workspace_id', '=', workspaceId);
  if (filter.status) query = query.where('alert.status', '=', filter.status);
  const rows = await query.orderBy('alert.created_at', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    workspaceId: r.workspace_id,
    scopeType: r.scope_type,
    scopeId: r.scope_id,
    scopeLabel: r.scope_label,
    kind: r.kind,
    level: r.level,
    reason: r.reason,
    deliveries: JSON.parse(r.deliveries),
    createdAt: r.created_at,
    payload: r.payload,
    status: r.status,
    assignee:
      r.assignee_id !== null ? { id: r.assignee_id, name: r.assignee_name ?? `#${r.assignee_id}` } : null,
  }));
}

/**
 * Articles about a subject since a time — as analysts corrected the subject's articles and the tone
 * toward it: when (publication, else collection), negative, outlet.
 */
export async function subjectEvents(store: Store, subjectId: number, since: Date) {
  const rows = await subjectCoverage(store, subjectId)
    .where((eb) =>
      eb.or([
        eb('article.published_at', '>=', since.toISOString()),
        eb('article.fetched_at', '>=', since.toISOString()),
      ]),
    )
    .execute();
  return rows.map((r) => ({
    at: new Date(r.published_at ?? r.fetched_at ?? 0),
    negative: coverageTone(r).tone === 'negative',
    outlet: r.outlet,
    title: r.title,
    url: r.url,
  }));
}
