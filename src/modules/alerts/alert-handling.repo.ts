// Alert handling repository: one alert with its handling columns, status changes that only apply
// to the status they were decided on, comments and handling steps, and the articles an alert lists.
import type { Selectable } from 'kysely';
import type { AlertStatus } from '../../domain/alert-handling.ts';
import type { AlertEventTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

export interface HandledAlertRow {
  id: string;
  workspaceId: number;
  scopeType: string;
  scopeId: string;
  scopeLabel: string;
  kind: string;
  level: string;
  reason: string;
  createdAt: string;
  payload: string | null;
  deliveries: Record<string, unknown>[];
  status: AlertStatus;
  acknowledgedBy: { id: number | null; name: string } | null;
  acknowledgedAt: string | null;
  assignee: { id: number; name: string } | null;
  resolvedBy: { id: number | null; name: string } | null;
  resolvedAt: string | null;
}

export async function findHandledAlert(store: Executor, alertId: string): Promise<HandledAlertRow | null> {
  const r = await store.db
    .selectFrom('alert')
    .leftJoin('app_user as assignee', 'assignee.id', 'alert.assignee_id')
    .selectAll('alert')
    .select('assignee.name as assignee_name')
    .where('alert.id', '=', alertId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    scopeType: r.scope_type,
    scopeId: r.scope_id,
    scopeLabel: r.scope_label,
    kind: r.kind,
    level: r.level,
    reason: r.reason,
    createdAt: r.created_at,
    payload: r.payload,
    deliveries: JSON.parse(r.deliveries),
    status: r.status,
    acknowledgedBy: r.acknowledged_at ? { id: r.acknowledged_by, name: r.acknowledged_by_name ?? '' } : null,
    acknowledgedAt: r.acknowledged_at,
    assignee:
      r.assignee_id !== null ? { id: r.assignee_id, name: r.assignee_name ?? `#${r.assignee_id}` } : null,
    resolvedBy: r.resolved_at ? { id: r.resolved_by, name: r.resolved_by_name ?? '' } : null,
    resolvedAt: r.resolved_at,
  };
}

export interface Who {
  id: number | null;
  name: string;
}

/**
 * Moves the alert from `from` to `to`, recording who and when for acknowledging and resolving;
 * false when its status was no longer `from` (someone else changed it meanwhile).
 */
export async function changeStatus(
  store: Executor,
  alertId: string,
  change: { from: AlertStatus; to: AlertStatus; by: Who; at: string },
): Promise<boolean> {
  const { from, to, by, at } = change;
  const result = await store.db
    .updateTable('alert')
    .set({
      status: to,
      ...(to === 'acknowledged' && from === 'open'
        ? { acknowledged_by: by.id, acknowledged_by_name: by.name, acknowledged_at: at }
        : {}),
      ...(to === 'resolved' ? { resolved_by: by.id, resolved_by_name: by.name, resolved_at: at } : {}),
      // Reopened: no longer resolved (the handling steps keep who resolved it before).
      ...(from === 'resolved' ? { resolved_by: null, resolved_by_name: null, resolved_at: null } : {}),
    })
    .where('id', '=', alertId)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the alert to someone (or no one); false when it was resolved meanwhile. */
export async function setAssignee(store: Executor, alertId: string, userId: number | null): Promise<boolean> {
  const result = await store.db
    .updateTable('alert')
    .set({ assignee_id: userId })
    .where('id', '=', alertId)
    .where('status', '!=', 'resolved')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAlertEvent(
  store: Executor,
  event: {
    alertId: string;
    workspaceId: number;
    action: AlertEventTable['action'];
    by: Who;
    assignee?: { id: number; name: string } | null;
    at: string;
  },
): Promise<void> {
  await store.db
    .insertInto('alert_event')
    .values({
      alert_id: event.alertId,
      workspace_id: event.workspaceId,
      action: event.action,
      actor_id: event.by.id,
      actor_name: event.by.name,
      assignee_id: event.assignee?.id ?? null,
      assignee_name: event.assignee?.name ?? null,
      at: event.at,
    })
    .execute();
}

export interface AlertEvent {
  id: number;
  action: Selectable<AlertEventTable>['action'];
  by: Who;
  assignee: { id: number | null; name: string } | null;
  at: string;
}

/** The alert's handling steps, oldest first. */
export async function listAlertEvents(
  store: Executor,
  alertId: string,
  workspaceId: number,
): Promise<AlertEvent[]> {
  const rows = await store.db
    .selectFrom('alert_event')
    .selectAll()
    .where('alert_id', '=', alertId)
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    by: { id: r.actor_id, name: r.actor_name },
    assignee: r.assignee_name !== null ? { id: r.assignee_id, name: r.assignee_name } : null,
    at: r.at,
  }));
}

export async function insertAlertComment(
  store: Executor,
  comment: { alertId: string; workspaceId: number; by: Who; body: string; at: string },
): Promise<number> {
  const row = await store.db
    .insertInto('alert_comment')
    .values({
      alert_id: comment.alertId,
      workspace_id: comment.workspaceId,
      author_id: comment.by.id,
      author_name: comment.by.name,
      body: comment.body,
      created_at: comment.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface AlertComment {
  id: number;
  author: Who;
  body: string;
  createdAt: string;
}

/** The alert's comments in the order they were written. */
export async function listAlertComments(
  store: Executor,
  alertId: string,
  workspaceId: number,
): Promise<AlertComment[]> {
  const rows = await store.db
    .selectFrom('alert_comment')
    .selectAll()
    .where('alert_id', '=', alertId)
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    author: { id: r.author_id, name: r.author_name },
    body: r.body,
    createdAt: r.created_at,
  }));
}

/** The workspace's articles stored under these URL keys, as key → article id. */
export async function articleIdsByUrlKey(
  store: Executor,
  workspaceId: number,
  urlKeys: string[],
): Promise<Map<string, number>> {
  if (urlKeys.length === 0) return new Map();
  const rows = await store.db
    .selectFrom('article')
    .select(['id', 'url_key'])
    .where('workspace_id', '=', workspaceId)
    .where('url_key', 'in', urlKeys)
    .execute();
  return new Map(rows.map((r) => [r.url_key, r.id]));
}
