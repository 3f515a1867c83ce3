// Handling a crisis alert: acknowledge it, give it to someone, comment, resolve and reopen it, and
// read it whole (articles, handling, comments, history, delivery per channel). Every use case
// finds the alert in the caller's workspace only, authorises for that workspace, and audits each
// change in the same transaction.
import { articleKey } from '../../collect/dedup/url.ts';
import { commentBody, mayAssign, requireNextStatus, type StatusChange } from '../../domain/alert-handling.ts';
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, sameWorkspace, tx } from '../../kernel/ctx.ts';
import { recordChange } from '../audit/audit.service.ts';
import type { AlertArticles } from '../notifications/alert-message.present.ts';
import type { AlertRoute } from '../notifications/notifications.service.ts';
import { peopleWithAccess } from '../users/users.service.ts';
import { deliveryStatuses } from './alert-delivery.present.ts';
import {
  articleIdsByUrlKey,
  changeStatus,
  findHandledAlert,
  type HandledAlertRow,
  insertAlertComment,
  insertAlertEvent,
  listAlertComments,
  listAlertEvents,
  setAssignee,
  type Who,
} from './alert-handling.repo.ts';
import type { AlertDetail } from './alert-handling.schema.ts';
import { alertsPolicy } from './alerts.policy.ts';

/** The alert, if it is in the caller's workspace: another workspace's is "not found", like none. */
async function alertInWorkspace(ctx: Ctx, alertId: string): Promise<HandledAlertRow> {
  const alert = await findHandledAlert(ctx, alertId);
  if (!alert || !sameWorkspace(ctx, alert.workspaceId))
    throw new PantauError('not_found', `Peringatan ${alertId} tidak ditemukan — alert not found`);
  return alert;
}

function who(ctx: Ctx): Who {
  return ctx.actor.kind === 'user'
    ? { id: ctx.actor.userId, name: ctx.actor.name }
    : { id: null, name: ctx.actor.name };
}

const changedMeanwhile = () =>
  new PantauError(
    'conflict',
    'Peringatan ini baru saja diubah orang lain; muat ulang — the alert was just changed by someone else; reload',
  );

/** The alert as staff read it: what it is about, its articles, handling, comments and deliveries. */
export async function showAlert(ctx: Ctx, alertId: string): Promise<AlertDetail> {
  const alert = await alertInWorkspace(ctx, alertId);
  authorize(ctx.actor, alertsPolicy.can('read'), alert.workspaceId);
  const stored = alert.payload
    ? (JSON.parse(alert.payload) as { articles?: AlertArticles; route?: AlertRoute })
    : {};
  const items = stored.articles?.items ?? [];
  // Stored articles are keyed by their normalised address; articles stored by hand (imports, tests)
  // may be keyed by the address as given, so both are looked up, each through the key's index.
  const keys = items.map((a) => keyOf(a.url));
  const ids = await articleIdsByUrlKey(ctx, alert.workspaceId, [
    ...keys.filter((k): k is string => k !== null),
    ...items.map((a) => a.url),
  ]);
  const { payload: _payload, deliveries, workspaceId, ...rest } = alert;
  return {
    ...rest,
    articles: {
      total: stored.articles?.total ?? items.length,
      items: items.map((a, i) => ({
        articleId: ids.get(keys[i] ?? '') ?? ids.get(a.url) ?? null,
        title: a.title ?? null,
        outlet: a.outlet ?? null,
        url: a.url,
        publishedAt: a.publishedAt ?? null,
      })),
    },
    comments: await listAlertComments(ctx, alert.id, workspaceId),
    history: await listAlertEvents(ctx, alert.id, workspaceId),
    deliveries: deliveryStatuses(stored.route?.destinations.map((d) => d.channel) ?? null, deliveries),
    problems: stored.route?.problems ?? [],
    assignable: await peopleWithAccess(ctx, workspaceId),
  };
}

function keyOf(url: string): string | null {
  try {
    return articleKey(url);
  } catch {
    return null; // a URL kept with an old alert that no longer parses links nowhere
  }
}

const EVENT_OF: Record<StatusChange, 'acknowledged' | 'resolved' | 'reopened'> = {
  acknowledge: 'acknowledged',
  resolve: 'resolved',
  reopen: 'reopened',
};

/** Acknowledge, resolve or reopen: allowed only from the statuses the rules name. */
async function changeAlertStatus(ctx: Ctx, alertId: string, change: StatusChange): Promise<AlertDetail> {
  await tx(ctx, async (t) => {
    const alert = await alertInWorkspace(t, alertId);
    authorize(t.actor, alertsPolicy.can('handle'), alert.workspaceId);
    const to = requireNextStatus(alert.status, change, alert.acknowledgedAt !== null);
    const at = t.now().toISOString();
    const by = who(t);
    if (!(await changeStatus(t, alert.id, { from: alert.status, to, by, at }))) throw changedMeanwhile();
    await insertAlertEvent(t, {
      alertId: alert.id,
      workspaceId: alert.workspaceId,
      action: EVENT_OF[change],
      by,
      at,
    });
    await recordChange(t, {
      action: `alerts.${change}`,
      recordType: 'alert',
      recordId: alert.id,
      before: { status: alert.status },
      after: { status: to },
      workspaceId: alert.workspaceId,
    });
  });
  return showAlert(ctx, alertId);
}

export const acknowledgeAlert = (ctx: Ctx, alertId: string) => changeAlertStatus(ctx, alertId, 'acknowledge');
export const resolveAlert = (ctx: Ctx, alertId: string) => changeAlertStatus(ctx, alertId, 'resolve');
export const reopenAlert = (ctx: Ctx, alertId: string) => changeAlertStatus(ctx, alertId, 'reopen');

/** Gives the alert to an active user with access to its workspace, or (null) to no one. */
export async function assignAlert(ctx: Ctx, alertId: string, userId: number | null): Promise<AlertDetail> {
  await tx(ctx, async (t) => {
    const alert = await alertInWorkspace(t, alertId);
    authorize(t.actor, alertsPolicy.can('handle'), alert.workspaceId);
    if (!mayAssign(alert.status))
      throw new PantauError(
        'conflict',
        'Peringatan sudah selesai; buka lagi sebelum menugaskan — the alert is resolved; reopen it before assigning',
      );
    if ((alert.assignee?.id ?? null) === userId) return; // nothing changes, nothing to record
    const person =
      userId === null ? null : (await peopleWithAccess(t, alert.workspaceId)).find((p) => p.id === userId);
    if (person === undefined)
      throw new PantauError(
        'validation',
        `Pengguna #${userId} tidak aktif atau tidak punya akses ke workspace ini — user #${userId} is not an active user of this workspace`,
      );
    if (!(await setAssignee(t, alert.id, userId))) throw changedMeanwhile();
    const at = t.now().toISOString();
    await insertAlertEvent(t, {
      alertId: alert.id,
      workspaceId: alert.workspaceId,
      action: person ? 'assigned' : 'unassigned',
      by: who(t),
      assignee: person ? { id: person.id, name: person.name } : alert.assignee,
      at,
    });
    await recordChange(t, {
      action: 'alerts.assign',
      recordType: 'alert',
      recordId: alert.id,
      before: { assigneeId: alert.assignee?.id ?? null },
      after: { assigneeId: userId },
      workspaceId: alert.workspaceId,
    });
  });
  return showAlert(ctx, alertId);
}

/** A comment on the alert, in any status (notes after resolving are part of the record too). */
export async function commentOnAlert(ctx: Ctx, alertId: string, text: string): Promise<AlertDetail> {
  await tx(ctx, async (t) => {
    const alert = await alertInWorkspace(t, alertId);
    authorize(t.actor, alertsPolicy.can('handle'), alert.workspaceId);
    const body = commentBody(text);
    const id = await insertAlertComment(t, {
      alertId: alert.id,
      workspaceId: alert.workspaceId,
      by: who(t),
      body,
      at: t.now().toISOString(),
    });
    await recordChange(t, {
      action: 'alerts.comment',
      recordType: 'alert_comment',
      recordId: id,
      after: { alertId: alert.id, body },
      workspaceId: alert.workspaceId,
    });
  });
  return showAlert(ctx, alertId);
}
