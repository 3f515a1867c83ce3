// The lembar disposisi of an incoming letter, printed by the same engine as SOP A's directions: the
// letter's sender, number, dates and agenda number, its nature and subject, and — once the leader
// has written it — whom it goes to, what is asked and the disposition itself. Before that the sheet
// prints with those parts blank, to be filled in by hand as offices do.
import { initialsOf } from '../../domain/direction.ts';
import { PantauError } from '../../domain/errors.ts';
import { formatDate, formatDateTime } from '../../domain/time.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, workspaceOf } from '../../kernel/ctx.ts';
import { type DispositionSheet, renderDispositionSheet } from '../../report/disposition-sheet.ts';
import { letterheadOf } from '../reports/letterhead.service.ts';
import { lettersPolicy } from './letters.policy.ts';
import { loadLetter } from './letters.service.ts';

/** A local day (YYYY-MM-DD) as the sheet writes it: noon UTC is the same day in WIB, WITA and WIT. */
const dayText = (day: string | null, zone: string) => (day ? formatDate(`${day}T12:00:00Z`, zone, '') : '');

export async function letterDispositionSheet(
  ctx: Ctx,
  id: number,
): Promise<{ fileName: string; bytes: Buffer }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, lettersPolicy.can('read'), ws.id);
  const letter = await loadLetter(ctx, ws, id);
  if (letter.direction !== 'masuk')
    throw new PantauError(
      'validation',
      'Lembar disposisi hanya untuk surat masuk — only incoming letters have a disposition sheet',
    );
  const d = letter.disposition;
  const head = await letterheadOf(ctx, ws);
  const sheet: DispositionSheet = {
    letterhead: head.lines,
    logoPng: head.logoPng,
    from: letter.counterpart,
    number: letter.letterNumber,
    letterDate: dayText(letter.letterDate, ws.timeZone),
    receivedDate: dayText(letter.receivedSentDate, ws.timeZone),
    agendaNo: letter.agendaNumber,
    nature: letter.nature,
    subject: letter.subject,
    forwardedTo: (d?.targets ?? []).map((t) => ({ name: t.name, depth: 0, via: null })),
    asks: d?.asks ?? [],
    notes: d?.instruction ?? '',
    dueDate: dayText(d?.dueDate ?? null, ws.timeZone),
    initials: d
      ? [
          {
            from: d.givenBy,
            to: d.targets.map((t) => t.name).join(', '),
            initials: initialsOf(d.givenBy),
            name: d.givenBy === d.enteredByName ? d.givenBy : `${d.givenBy} (dicatat ${d.enteredByName})`,
            date: formatDateTime(d.at, ws.timeZone),
          },
        ]
      : [],
    printed: `Dicetak dari Pantau, ${formatDateTime(ctx.now(), ws.timeZone)}`,
  };
  const safe = letter.agendaNumber.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return { fileName: `disposisi-${safe || letter.id}.pdf`, bytes: await renderDispositionSheet(sheet) };
}
