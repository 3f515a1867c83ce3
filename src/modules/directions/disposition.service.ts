// The printable disposition sheet (lembar disposisi) of a direction, as the office files it or as an
// agency prints its own copy: for an agency the received date and agenda number are its own.
import { initialsOf } from '../../domain/direction.ts';
import { PantauError } from '../../domain/errors.ts';
import { formatDate, formatDateTime } from '../../domain/time.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import type { Ctx } from '../../kernel/ctx.ts';
import { workspaceOf } from '../../kernel/ctx.ts';
import { type DispositionSheet, renderDispositionSheet } from '../../report/disposition-sheet.ts';
import { letterheadOf } from '../reports/letterhead.service.ts';
import { loadDirection, recipientTree, viewerOf } from './direction-view.ts';
import { directionsPolicy } from './directions.policy.ts';
import { listEvents, type RecipientRow } from './directions.repo.ts';

/** Dispatches and forwards made by one person at one moment share one line of initials. */
function initialLines(
  events: { action: string; recipientId: number | null; actorName: string; at: string }[],
  byId: Map<number, RecipientRow>,
  givenBy: string,
  zone: string,
): DispositionSheet['initials'] {
  const lines: (DispositionSheet['initials'][number] & { key: string })[] = [];
  for (const e of events) {
    if ((e.action !== 'dispatch' && e.action !== 'forward') || e.recipientId === null) continue;
    const to = byId.get(e.recipientId);
    if (!to) continue;
    const parent = to.parentId === null ? null : byId.get(to.parentId);
    const from = parent ? parent.agencyShortName : givenBy;
    const key = `${from}|${e.actorName}|${e.at}`;
    const line = lines.find((l) => l.key === key);
    if (line) line.to += `, ${to.agencyShortName}`;
    else
      lines.push({
        key,
        from,
        to: to.agencyShortName,
        initials: initialsOf(e.actorName),
        name: e.actorName,
        date: formatDateTime(e.at, zone),
      });
  }
  return lines.map(({ key: _key, ...l }) => l);
}

/** The sheet's PDF. `recipientId` prints one agency's copy; an officer always gets their own. */
export async function dispositionSheet(
  ctx: Ctx,
  id: number,
  recipientId?: number,
): Promise<{ fileName: string; bytes: Buffer }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, directionsPolicy.can('read'), ws.id);
  const viewer = viewerOf(ctx, ws);
  const loaded = await loadDirection(ctx, ws, id, viewer);
  const d = loaded.direction;
  const own =
    viewer.kind === 'agency' ? loaded.recipients.find((r) => r.agencyId === viewer.agencyId) : undefined;
  const copy = recipientId === undefined ? own : loaded.visible.find((r) => r.id === recipientId);
  if (recipientId !== undefined && !copy)
    throw new PantauError('not_found', `Penerima ${recipientId} tidak ditemukan — recipient not found`);
  const byId = new Map(loaded.recipients.map((r) => [r.id, r]));
  const tree = recipientTree(d, loaded.recipients, loaded.visible, viewer, ctx.now());
  const events = (await listEvents(ctx, d.id)).filter(
    (e) => e.recipientId !== null && loaded.visible.some((r) => r.id === e.recipientId),
  );
  const head = await letterheadOf(ctx, ws);
  const shown = new Set(tree.map((r) => r.id));
  const depthIn = (rid: number): number => {
    const parent = byId.get(rid)?.parentId;
    return parent && shown.has(parent) ? depthIn(parent) + 1 : 0;
  };
  const parentOf = (r: RecipientRow | undefined) => (r?.parentId ? byId.get(r.parentId) : undefined);
  const sheet: DispositionSheet = {
    letterhead: head.lines,
    logoPng: head.logoPng,
    // An agency's copy of a forwarded direction came from the agency that passed it on.
    from: parentOf(copy) ? `${parentOf(copy)?.agencyName} (atas arahan ${d.givenByName})` : d.givenByName,
    number: d.number,
    letterDate: formatDate(d.givenAt, ws.timeZone),
    receivedDate: copy ? formatDate(copy.readAt, ws.timeZone, '') : formatDate(d.createdAt, ws.timeZone),
    agendaNo: copy?.agendaNo ?? '',
    nature: d.nature,
    subject: d.subject,
    forwardedTo: tree.map((r) => ({
      name: r.agencyName,
      // Indented under the hop's sender when the sheet shows it; a copy starts at its own agency.
      depth: depthIn(r.id),
      via: r.parentId ? (byId.get(r.parentId)?.agencyShortName ?? null) : null,
    })),
    asks: d.asks,
    notes: d.instruction,
    dueDate: formatDateTime(d.dueAt, ws.timeZone),
    initials: initialLines(events, byId, d.givenByName, ws.timeZone),
    printed: `Dicetak dari Pantau, ${formatDateTime(ctx.now(), ws.timeZone)}`,
  };
  const safeNumber = d.number.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return { fileName: `disposisi-${safeNumber || d.id}.pdf`, bytes: await renderDispositionSheet(sheet) };
}
