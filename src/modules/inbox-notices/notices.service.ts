// Notices to people: written by other modules inside the transaction of the change they tell of
// (a case waiting at someone's step, a direction reaching an agency), read and marked read by their
// owner only. The e-mail copy is sent later by the mail job (notice-mail.service.ts).
import { PantauError } from '../../domain/errors.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx, workspaceOf } from '../../kernel/ctx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { noticesPolicy } from './notices.policy.ts';
import {
  countUnread,
  findNoticeOf,
  insertNotices,
  listNoticesOf,
  markRead,
  type NoticeRow,
  saveWantsEmail,
  wantsEmail,
} from './notices.repo.ts';

export type NoticeKind =
  | 'waiting'
  | 'returned'
  | 'handed_over'
  | 'reminder'
  | 'overdue'
  | 'escalation'
  | 'direction';

export interface NoticeInput {
  workspaceId: number;
  /** Everyone to tell; the person acting is left out, and each person is told once. */
  userIds: readonly number[];
  kind: NoticeKind;
  title: string;
  body: string;
  /** A path of the web app, e.g. /kasus/12. */
  link: string;
  caseId?: number | null;
  directionId?: number | null;
}

/** Writes the notices on the caller's executor (its transaction); returns who was told. */
export async function notifyPeople(ctx: Ctx, input: NoticeInput): Promise<number[]> {
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const to = [...new Set(input.userIds)].filter((id) => id !== actorId);
  const at = ctx.now().toISOString();
  await insertNotices(
    ctx,
    to.map((userId) => ({
      workspaceId: input.workspaceId,
      userId,
      kind: input.kind,
      title: input.title.slice(0, 300),
      body: input.body.slice(0, 2000),
      link: input.link,
      caseId: input.caseId ?? null,
      directionId: input.directionId ?? null,
      createdAt: at,
    })),
  );
  return to;
}

export interface NoticeView {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  caseId: number | null;
  directionId: number | null;
  createdAt: string;
  readAt: string | null;
  /** pending (also while quiet hours hold it), sending, sent, skipped, failed. */
  mail: { state: string; error: string | null };
}

const view = (n: NoticeRow): NoticeView => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  caseId: n.caseId,
  directionId: n.directionId,
  createdAt: n.createdAt,
  readAt: n.readAt,
  mail: { state: n.mailState, error: n.mailError },
});

function signedIn(ctx: Ctx): number {
  if (ctx.actor.kind !== 'user')
    throw new PantauError('unauthorized', 'Masuk terlebih dahulu — sign in first');
  return ctx.actor.userId;
}

function mine(ctx: Ctx): { ws: Workspace; userId: number } {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, noticesPolicy.can('read'), ws.id);
  return { ws, userId: signedIn(ctx) };
}

/** My notices in this workspace, newest first, with how many are unread. */
export async function myNotices(
  ctx: Ctx,
  q: { limit?: number; before?: number } = {},
): Promise<{ notices: NoticeView[]; unread: number }> {
  const { ws, userId } = mine(ctx);
  const rows = await listNoticesOf(ctx, ws.id, userId, {
    limit: Math.min(Math.max(q.limit ?? 30, 1), 100),
    beforeId: q.before,
  });
  return { notices: rows.map(view), unread: await countUnread(ctx, ws.id, userId) };
}

export async function markNoticeRead(ctx: Ctx, id: number): Promise<NoticeView> {
  const { ws, userId } = mine(ctx);
  return tx(ctx, async (t) => {
    const found = await findNoticeOf(t, ws.id, userId, id);
    if (!found) throw new PantauError('not_found', `Pemberitahuan ${id} tidak ditemukan — notice not found`);
    // Reading it again changes nothing and is not audited again.
    if (found.readAt) return view(found);
    const at = t.now().toISOString();
    await markRead(t, ws.id, userId, at, id);
    await recordChange(t, {
      action: 'notices.read',
      recordType: 'inbox_notice',
      recordId: id,
      before: { readAt: null },
      after: { readAt: at },
    });
    return view({ ...found, readAt: at });
  });
}

export async function markAllNoticesRead(ctx: Ctx): Promise<{ marked: number }> {
  const { ws, userId } = mine(ctx);
  return tx(ctx, async (t) => {
    const at = t.now().toISOString();
    const marked = await markRead(t, ws.id, userId, at);
    if (marked > 0)
      await recordChange(t, {
        action: 'notices.read-all',
        recordType: 'inbox_notice',
        recordId: null,
        after: { marked, readAt: at },
      });
    return { marked };
  });
}

/** My own choice, for every workspace: whether notices also come to me by e-mail. */
export async function myNoticePreferences(ctx: Ctx): Promise<{ email: boolean }> {
  return { email: await wantsEmail(ctx, signedIn(ctx)) };
}

export async function saveMyNoticePreferences(
  ctx: Ctx,
  input: { email: boolean },
): Promise<{ email: boolean }> {
  const userId = signedIn(ctx);
  await tx(ctx, async (t) => {
    const before = await wantsEmail(t, userId);
    await saveWantsEmail(t, userId, input.email, t.now().toISOString());
    await recordChange(t, {
      action: 'notices.preferences',
      recordType: 'user',
      recordId: userId,
      before: { email: before },
      after: { email: input.email },
      workspaceId: null,
    });
  });
  return myNoticePreferences(ctx);
}
