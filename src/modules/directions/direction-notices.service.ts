// Tells the officers of an agency that a direction reached it (dispatched by the office, or
// forwarded by another agency), in the transaction that sent it.
import { formatDateTime } from '../../domain/time.ts';
import type { Workspace } from '../../domain/workspace.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import { notifyPeople } from '../inbox-notices/notices.service.ts';
import { agencyOfficers } from '../users/users.service.ts';

export async function noticeDirectionSent(
  t: Ctx,
  ws: Workspace,
  d: { id: number; number: string; subject: string; dueAt: string },
  agencyIds: number[],
  how: 'dispatch' | 'forward',
  from?: string,
): Promise<void> {
  const officers = await agencyOfficers(t, ws.id, agencyIds);
  const lead = how === 'forward' ? `Arahan diteruskan${from ? ` dari ${from}` : ''}` : 'Arahan baru';
  await notifyPeople(t, {
    workspaceId: ws.id,
    userIds: officers.map((o) => o.id),
    kind: 'direction',
    title: `${lead}: ${d.subject}`,
    body: `${lead}: ${d.subject} — No. ${d.number}, batas ${formatDateTime(d.dueAt, ws.timeZone)}`,
    link: `/arahan/${d.id}`,
    directionId: d.id,
  });
}
