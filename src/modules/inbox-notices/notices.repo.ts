// The notice rows: written beside the change they tell of, read by their owner, and the e-mail
// copies' state moved by the mail job (a claim that only one worker wins, so none is sent twice).
import type { Selectable } from 'kysely';
import type { InboxNoticeTable, NoticeMailState } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

export interface NoticeRow {
  id: number;
  workspaceId: number;
  userId: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  caseId: number | null;
  directionId: number | null;
  createdAt: string;
  readAt: string | null;
  mailState: NoticeMailState;
  mailAttempts: number;
  mailError: string | null;
}

const toNotice = (r: Selectable<InboxNoticeTable>): NoticeRow => ({
  id: r.id,
  workspaceId: r.workspace_id,
  userId: r.user_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  caseId: r.case_id,
  directionId: r.direction_id,
  createdAt: r.created_at,
  readAt: r.read_at,
  mailState: r.mail_state,
  mailAttempts: r.mail_attempts,
  mailError: r.mail_error,
});

export interface NewNotice {
  workspaceId: number;
  userId: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  caseId: number | null;
  directionId: number | null;
  createdAt: string;
}

export async function insertNotices(store: Executor, notices: NewNotice[]): Promise<void> {
  if (notices.length === 0) return;
  await store.db
    .insertInto('inbox_notice')
    .values(
      notices.map((n) => ({
        workspace_id: n.workspaceId,
        user_id: n.userId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        case_id: n.caseId,
        direction_id: n.directionId,
        created_at: n.createdAt,
        mail_state: 'pending' as const,
      })),
    )
    .execute();
}

export async function listNoticesOf(
  store: Executor,
  workspaceId: number,
  userId: number,
  q: { limit: number; beforeId?: number },
): Promise<NoticeRow[]> {
  let query = store.db
    .selectFrom('inbox_notice')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId);
  if (q.beforeId) query = query.where('id', '<', q.beforeId);
  const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
  return rows.map(toNotice);
}

export async function countUnread(store: Executor, workspaceId: number, userId: number): Promise<number> {
  const row = await store.db
    .selectFrom('inbox_notice')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One notice of this person in this workspace; anybody else's is as absent as a missing one. */
export async function findNoticeOf(
  store: Executor,
  workspaceId: number,
  userId: number,
  id: number,
): Promise<NoticeRow | null> {
  const row = await store.db
    .selectFrom('inbox_notice')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toNotice(row) : null;
}

/** Marks unread notices read (one, or all of the person's in the workspace); returns how many. */
export async function markRead(
  store: Executor,
  workspaceId: number,
  userId: number,
  at: string,
  id?: number,
): Promise<number> {
  let query = store.db
    .updateTable('inbox_notice')
    .set({ read_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id !== undefined) query = query.where('id', '=', id);
  const r = await query.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export interface MailDue {
  id: number;
  workspaceId: number;
  userId: number;
  title: string;
  body: string;
  link: string;
  attempts: number;
  email: string;
  userDisabled: boolean;
  /** The person turned notice e-mails off. */
  emailOff: boolean;
}

/** Notices whose e-mail may go now (pending, past any backoff), oldest first. */
export async function pendingMails(store: Executor, now: string, limit: number): Promise<MailDue[]> {
  const rows = await store.db
    .selectFrom('inbox_notice')
    .innerJoin('app_user', 'app_user.id', 'inbox_notice.user_id')
    .leftJoin('notice_preference', 'notice_preference.user_id', 'inbox_notice.user_id')
    .select([
      'notice_preference.email as wants_email',
      'inbox_notice.id',
      'inbox_notice.workspace_id',
      'inbox_notice.user_id',
      'inbox_notice.title',
      'inbox_notice.body',
      'inbox_notice.link',
      'inbox_notice.mail_attempts',
      'app_user.email',
      'app_user.disabled',
    ])
    .where('inbox_notice.mail_state', '=', 'pending')
    .where((eb) =>
      eb.or([eb('inbox_notice.mail_next_at', 'is', null), eb('inbox_notice.mail_next_at', '<=', now)]),
    )
    .orderBy('inbox_notice.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    workspaceId: r.workspace_id,
    userId: r.user_id,
    title: r.title,
    body: r.body,
    link: r.link,
    attempts: r.mail_attempts,
    email: r.email,
    userDisabled: r.disabled === 1,
    emailOff: r.wants_email === 0,
  }));
}

/**
 * Takes a pending e-mail for sending: true for exactly one caller, so two workers or a retried job
 * never send the same notice twice.
 */
export async function claimMail(store: Executor, id: number, at: string): Promise<boolean> {
  const r = await store.db
    .updateTable('inbox_notice')
    .set((eb) => ({ mail_state: 'sending', mail_next_at: at, mail_attempts: eb('mail_attempts', '+', 1) }))
    .where('id', '=', id)
    .where('mail_state', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function settleMail(
  store: Executor,
  id: number,
  from: NoticeMailState,
  to: { state: NoticeMailState; error?: string | null; nextAt?: string | null; sentAt?: string | null },
): Promise<void> {
  await store.db
    .updateTable('inbox_notice')
    .set({
      mail_state: to.state,
      mail_error: to.error ?? null,
      mail_next_at: to.nextAt ?? null,
      ...(to.sentAt ? { mail_sent_at: to.sentAt } : {}),
    })
    .where('id', '=', id)
    .where('mail_state', '=', from)
    .execute();
}

/**
 * Sends a crashed worker left half done: whether the server got them is unknown, so they are given
 * up (marked failed) rather than sent again.
 */
export async function abandonStaleSends(
  store: Executor,
  claimedBefore: string,
  error: string,
): Promise<number> {
  const r = await store.db
    .updateTable('inbox_notice')
    .set({ mail_state: 'failed', mail_error: error, mail_next_at: null })
    .where('mail_state', '=', 'sending')
    .where('mail_next_at', '<', claimedBefore)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function wantsEmail(store: Executor, userId: number): Promise<boolean> {
  const row = await store.db
    .selectFrom('notice_preference')
    .select('email')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? row.email === 1 : true;
}

export async function saveWantsEmail(
  store: Executor,
  userId: number,
  email: boolean,
  at: string,
): Promise<void> {
  await store.db
    .insertInto('notice_preference')
    .values({ user_id: userId, email: email ? 1 : 0, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ email: email ? 1 : 0, updated_at: at }))
    .execute();
}
