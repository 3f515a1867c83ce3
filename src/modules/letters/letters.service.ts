// Use cases of the agenda book (SOP B's records): register an incoming or outgoing letter under the
// next agenda number of its series, edit it, write the disposition of an incoming letter, read one,
// and search the archive.
import { DEFAULT_ASKS, DIRECTION_ASKS } from '../../domain/direction.ts';
import { PantauError } from '../../domain/errors.ts';
import { agendaNumberOf, defaultPublicClass } from '../../domain/letter.ts';
import { wallClock } from '../../domain/time.ts';
import { SYSTEM_ACTOR } from '../../domain/user.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import { listAgencies } from '../agencies/agencies.service.ts';
import { recordChange } from '../audit/audit.service.ts';
import { lettersPolicy } from './letters.policy.ts';
import {
  type DispositionTarget,
  findLetter,
  insertLetter,
  type LetterFields,
  type LetterFilter,
  type LetterRow,
  listLetterRows,
  saveDisposition,
  takeAgendaSeq,
  updateLetter,
} from './letters.repo.ts';
import type { DispositionInput, EditLetterInput, LetterView, RegisterLetterInput } from './letters.schema.ts';

export function letterView(r: LetterRow): LetterView {
  return {
    id: r.id,
    agendaNumber: r.agendaNumber,
    direction: r.direction,
    letterNumber: r.letterNumber,
    letterDate: r.letterDate,
    receivedSentDate: r.receivedSentDate,
    counterpart: r.counterpart,
    nature: r.nature,
    subject: r.subject,
    summary: r.summary,
    classification: r.classification,
    attachmentCount: r.attachmentCount,
    attachmentNote: r.attachmentNote,
    srikandiRef: r.srikandiRef,
    publicClass: r.publicClass,
    registeredBy: r.registeredBy,
    registeredAt: r.registeredAt,
    updatedAt: r.updatedAt,
    disposition: r.disposition && {
      instruction: r.disposition.instruction,
      targets: r.disposition.targets,
      asks: r.disposition.asks,
      dueDate: r.disposition.dueDate,
      givenBy: r.disposition.givenBy,
      enteredByName: r.disposition.enteredByName,
      at: r.disposition.at,
    },
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** Today's date as the workspace's office calendar shows it. */
function todayIn(ws: Workspace, now: Date): string {
  const c = wallClock(now, ws.timeZone);
  return `${c.year}-${two(c.month)}-${two(c.day)}`;
}

/** A real calendar day (the schema checks the shape; 2026-02-30 is refused here). */
function mustBeDay(value: string, label: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw new PantauError('validation', `${label} tidak valid: ${value} — invalid date`);
  return value;
}

function clean(ws: Workspace, now: Date, input: EditLetterInput, base?: LetterFields): LetterFields {
  const opt = (v: string | null | undefined, b: string | null | undefined) =>
    v === undefined ? (b ?? null) : v === null || v.trim() === '' ? null : v.trim();
  const letterNumber = (input.letterNumber ?? base?.letterNumber ?? '').trim();
  const counterpart = (input.counterpart ?? base?.counterpart ?? '').trim();
  const subject = (input.subject ?? base?.subject ?? '').trim();
  if (!letterNumber)
    throw new PantauError('validation', 'Nomor surat wajib diisi — letter number is required');
  if (!counterpart)
    throw new PantauError('validation', 'Pengirim/tujuan wajib diisi — sender or recipient is required');
  if (!subject) throw new PantauError('validation', 'Perihal wajib diisi — subject is required');
  const today = todayIn(ws, now);
  const letterDate = mustBeDay(input.letterDate ?? base?.letterDate ?? '', 'Tanggal surat');
  const receivedSentDate = mustBeDay(
    input.receivedSentDate ?? base?.receivedSentDate ?? today,
    'Tanggal diterima/dikirim',
  );
  if (receivedSentDate > today)
    throw new PantauError(
      'validation',
      'Tanggal diterima/dikirim belum boleh di masa depan — the received/sent date is in the future',
    );
  if (letterDate > receivedSentDate)
    throw new PantauError(
      'validation',
      'Tanggal surat tidak boleh sesudah tanggal diterima/dikirim — the letter date is after it was received or sent',
    );
  const nature = input.nature ?? base?.nature ?? 'biasa';
  return {
    letterNumber,
    letterDate,
    receivedSentDate,
    counterpart,
    nature,
    subject,
    summary: (input.summary ?? base?.summary ?? '').trim(),
    classification: (input.classification ?? base?.classification ?? '').trim(),
    attachmentCount: input.attachmentCount ?? base?.attachmentCount ?? 0,
    attachmentNote: (input.attachmentNote ?? base?.attachmentNote ?? '').trim(),
    srikandiRef: opt(input.srikandiRef, base?.srikandiRef),
    publicClass: input.publicClass ?? base?.publicClass ?? defaultPublicClass(nature),
  };
}

const notFound = (id: number) =>
  new PantauError('not_found', `Surat ${id} tidak ditemukan — letter not found`);

/** One letter of the workspace, for the module's own use cases (the caller authorizes). */
export async function loadLetter(ctx: Ctx, ws: Workspace, id: number): Promise<LetterRow> {
  const found = await findLetter(ctx, ws.id, id);
  if (!found) throw notFound(id);
  return found;
}

/** Records a letter under the next agenda number of its direction and the year it was received or sent. */
export async function registerLetter(ctx: Ctx, input: RegisterLetterInput): Promise<LetterView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, lettersPolicy.can('register'), ws.id);
  const fields = clean(ws, ctx.now(), input);
  const year = Number(fields.receivedSentDate.slice(0, 4));
  return tx(ctx, async (t) => {
    const seq = await takeAgendaSeq(t, ws.id, input.direction, year);
    const letter = await insertLetter(t, {
      workspaceId: ws.id,
      direction: input.direction,
      year,
      seq,
      agendaNumber: agendaNumberOf(input.direction, year, seq),
      fields,
      registeredById: t.actor.kind === 'user' ? t.actor.userId : null,
      registeredBy: editorName(t),
      at: t.now().toISOString(),
    });
    await recordChange(t, {
      action: 'letters.register',
      recordType: 'letter',
      recordId: letter.id,
      after: { agendaNumber: letter.agendaNumber, direction: letter.direction, ...fields },
    });
    return letterView(letter);
  });
}

/** Edits what was written wrong; the direction and the agenda number stay as given. */
export async function editLetter(ctx: Ctx, id: number, input: EditLetterInput): Promise<LetterView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, lettersPolicy.can('register'), ws.id);
  return tx(ctx, async (t) => {
    const before = await loadLetter(t, ws, id);
    const fields = clean(ws, t.now(), input, before);
    const after = await updateLetter(t, id, fields, t.now().toISOString());
    const { disposition: _b, ...beforeFields } = letterView(before);
    const { disposition: _a, ...afterFields } = letterView(after);
    await recordChange(t, {
      action: 'letters.update',
      recordType: 'letter',
      recordId: id,
      before: beforeFields,
      after: afterFields,
    });
    return letterView(after);
  });
}

async function targetsOf(ctx: Ctx, input: DispositionInput['targets']): Promise<DispositionTarget[]> {
  // The whole registry, read as the system: a disposition may go to any agency of the workspace.
  const agencies = new Map((await listAgencies({ ...ctx, actor: SYSTEM_ACTOR })).map((a) => [a.id, a]));
  const out: DispositionTarget[] = [];
  for (const target of input) {
    if ('agencyId' in target) {
      const a = agencies.get(target.agencyId);
      if (!a)
        throw new PantauError(
          'validation',
          `OPD ${target.agencyId} tidak ada di workspace ini — no such agency`,
        );
      if (!a.active)
        throw new PantauError('validation', `${a.shortName} tidak aktif — the agency is inactive`);
      if (!out.some((o) => o.agencyId === a.id)) out.push({ agencyId: a.id, name: a.name });
    } else if (!out.some((o) => o.agencyId === null && o.name === target.name.trim())) {
      out.push({ agencyId: null, name: target.name.trim() });
    }
  }
  return out;
}

/** Writes (or rewrites) the leader's disposition of an incoming letter. */
export async function disposeLetter(ctx: Ctx, id: number, input: DispositionInput): Promise<LetterView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, lettersPolicy.can('dispose'), ws.id);
  const targets = await targetsOf(ctx, input.targets);
  const dueDate = input.dueDate ? mustBeDay(input.dueDate, 'Batas waktu') : null;
  return tx(ctx, async (t) => {
    const before = await loadLetter(t, ws, id);
    if (before.direction !== 'masuk')
      throw new PantauError(
        'validation',
        'Disposisi hanya untuk surat masuk — only incoming letters take a disposition',
      );
    const after = await saveDisposition(t, id, {
      instruction: input.instruction.trim(),
      targets,
      // In the order the sheet prints them, whatever order they were ticked in.
      asks: input.asks?.length ? DIRECTION_ASKS.filter((a) => input.asks?.includes(a)) : DEFAULT_ASKS,
      dueDate,
      givenBy: input.givenBy?.trim() || editorName(t),
      enteredByName: editorName(t),
      at: t.now().toISOString(),
    });
    await recordChange(t, {
      action: 'letters.dispose',
      recordType: 'letter',
      recordId: id,
      before: before.disposition ? { ...before.disposition } : null,
      after: after.disposition ? { ...after.disposition } : null,
    });
    return letterView(after);
  });
}

export async function getLetter(ctx: Ctx, id: number): Promise<LetterView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, lettersPolicy.can('read'), ws.id);
  return letterView(await loadLetter(ctx, ws, id));
}

export type LetterQuery = Partial<LetterFilter>;

/** The archive: newest first, filtered and searched, one page at a time. */
export async function listLetters(
  ctx: Ctx,
  q: LetterQuery = {},
): Promise<{ letters: LetterView[]; total: number }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, lettersPolicy.can('read'), ws.id);
  const found = await listLetterRows(ctx, ws.id, {
    direction: q.direction,
    year: q.year,
    publicClass: q.publicClass,
    q: q.q?.trim() || undefined,
    limit: Math.min(Math.max(q.limit ?? 50, 1), 1000),
    offset: Math.max(q.offset ?? 0, 0),
  });
  return { letters: found.letters.map(letterView), total: found.total };
}
