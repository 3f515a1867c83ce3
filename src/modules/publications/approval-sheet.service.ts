// The approval disposition (disposisi persetujuan) SOP B's step 4 produces: the head of agency's
// YES or NO on the release, printed on the same lembar disposisi as SOP A's directions — from the
// head of division who submitted it, to the functional staff who publish, with every round's
// answer and reason in the notes and each decision's initials and date.
import { initialsOf } from '../../domain/direction.ts';
import { PantauError } from '../../domain/errors.ts';
import { formatDate, formatDateTime } from '../../domain/time.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, workspaceOf } from '../../kernel/ctx.ts';
import { type DispositionSheet, renderDispositionSheet } from '../../report/disposition-sheet.ts';
import { letterheadOf } from '../reports/letterhead.service.ts';
import { publicationsPolicy } from './publications.policy.ts';
import { materialVersions } from './publications.repo.ts';
import { caseOfPublication, loadPublication } from './publications.service.ts';

/** SOP B's decision step: where the head of agency answers YES or NO. */
const DECISION_STEP = 4;

export async function approvalSheet(ctx: Ctx, id: number): Promise<{ fileName: string; bytes: Buffer }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('read'), ws.id);
  const row = await loadPublication(ctx, ws, id);
  const sopCase = await caseOfPublication(ctx, row);
  const decisions = (sopCase?.history ?? []).filter(
    (e) => e.action === 'decide' && e.fromStep === DECISION_STEP,
  );
  if (!sopCase || decisions.length === 0)
    throw new PantauError(
      'conflict',
      'Pimpinan belum memutuskan bahan ini (langkah 4); disposisi persetujuan belum ada — no decision yet',
    );
  const submitted = [...sopCase.history]
    .reverse()
    .find((e) => e.fromStep === DECISION_STEP - 1 && e.action === 'complete');
  const [current] = await materialVersions(ctx, row.id);
  const head = await letterheadOf(ctx, ws);
  const last = decisions[decisions.length - 1];
  const rounds = decisions.map(
    (d) =>
      `${d.answer === 'yes' ? 'YA — disetujui untuk dipublikasikan' : 'TIDAK — diperbaiki'} (putaran ${d.round}, ${formatDateTime(d.at, ws.timeZone)})${d.note ? `: ${d.note}` : ''}`,
  );
  const sheet: DispositionSheet = {
    letterhead: head.lines,
    logoPng: head.logoPng,
    from: submitted ? `${submitted.actorName} (Kepala Bidang)` : 'Kepala Bidang',
    number: `SP-${row.id}/${row.createdAt.slice(0, 4)}`,
    letterDate: formatDate(submitted?.at ?? row.createdAt, ws.timeZone),
    receivedDate: formatDate(submitted?.at ?? row.createdAt, ws.timeZone),
    agendaNo: '',
    // A release answers a crisis-indicated issue: the office treats it as urgent.
    nature: 'segera',
    subject: `Persetujuan publikasi: ${current.content.title}`,
    forwardedTo: [{ name: 'Fungsional pelaksana publikasi', depth: 0, via: null }],
    asks: last.answer === 'yes' ? ['tindak_lanjut', 'laporkan'] : ['proses'],
    notes: rounds.join('\n'),
    dueDate: '',
    initials: decisions.map((d) => ({
      from: d.actorName,
      to: 'Fungsional',
      initials: initialsOf(d.actorName),
      name: d.actorName,
      date: formatDateTime(d.at, ws.timeZone),
    })),
    printed: `Dicetak dari Pantau, ${formatDateTime(ctx.now(), ws.timeZone)}`,
  };
  return { fileName: `disposisi-persetujuan-${row.id}.pdf`, bytes: await renderDispositionSheet(sheet) };
}
