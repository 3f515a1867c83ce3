// The agenda book's rows: letters, their running agenda numbers, and the archive's search.
import { type Selectable, sql } from 'kysely';
import type { DirectionAsk, DirectionNature } from '../../domain/direction.ts';
import type { LetterDirection, PublicClass } from '../../domain/letter.ts';
import type { LetterTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';

export interface DispositionTarget {
  /** An agency (OPD) of the workspace, or null for a person or office named in free text. */
  agencyId: number | null;
  name: string;
}

export interface LetterFields {
  letterNumber: string;
  letterDate: string;
  receivedSentDate: string;
  counterpart: string;
  nature: DirectionNature;
  subject: string;
  summary: string;
  classification: string;
  attachmentCount: number;
  attachmentNote: string;
  srikandiRef: string | null;
  publicClass: PublicClass;
}

export interface DispositionFields {
  instruction: string;
  targets: DispositionTarget[];
  asks: DirectionAsk[];
  dueDate: string | null;
  givenBy: string;
  enteredByName: string;
  at: string;
}

export interface LetterRow extends LetterFields {
  id: number;
  workspaceId: number;
  direction: LetterDirection;
  agendaYear: number;
  agendaNumber: string;
  registeredById: number | null;
  registeredBy: string;
  registeredAt: string;
  updatedAt: string;
  disposition: DispositionFields | null;
}

const toLetter = (r: Selectable<LetterTable>): LetterRow => ({
  id: r.id,
  workspaceId: r.workspace_id,
  direction: r.direction,
  agendaYear: r.agenda_year,
  agendaNumber: r.agenda_number,
  letterNumber: r.letter_number,
  letterDate: r.letter_date,
  receivedSentDate: r.received_sent_date,
  counterpart: r.counterpart,
  nature: r.nature,
  subject: r.subject,
  summary: r.summary,
  classification: r.classification,
  attachmentCount: r.attachment_count,
  attachmentNote: r.attachment_note,
  srikandiRef: r.srikandi_ref,
  publicClass: r.public_class,
  registeredById: r.registered_by,
  registeredBy: r.registered_by_name,
  registeredAt: r.registered_at,
  updatedAt: r.updated_at,
  disposition:
    r.disposition_text === null
      ? null
      : {
          instruction: r.disposition_text,
          targets: JSON.parse(r.disposition_targets) as DispositionTarget[],
          asks: JSON.parse(r.disposition_asks) as DirectionAsk[],
          dueDate: r.disposition_due_date,
          givenBy: r.disposition_given_by ?? '',
          enteredByName: r.disposition_entered_by_name ?? '',
          at: r.disposition_at ?? r.updated_at,
        },
});

const letterColumns = (f: LetterFields) => ({
  letter_number: f.letterNumber,
  letter_date: f.letterDate,
  received_sent_date: f.receivedSentDate,
  counterpart: f.counterpart,
  nature: f.nature,
  subject: f.subject,
  summary: f.summary,
  classification: f.classification,
  attachment_count: f.attachmentCount,
  attachment_note: f.attachmentNote,
  srikandi_ref: f.srikandiRef,
  public_class: f.publicClass,
});

/**
 * Takes the next agenda number of the series. The counter row is created or bumped by one statement
 * whose row lock holds until the transaction ends, so concurrent registrations queue for it and a
 * rolled-back registration gives its number back.
 */
export async function takeAgendaSeq(
  store: Executor,
  workspaceId: number,
  direction: LetterDirection,
  year: number,
): Promise<number> {
  const r = await store.db
    .insertInto('letter_agenda_counter')
    .values({ workspace_id: workspaceId, direction, year, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'direction', 'year'])
        .doUpdateSet({ last_seq: sql<number>`letter_agenda_counter.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return r.last_seq;
}

export async function insertLetter(
  store: Executor,
  row: {
    workspaceId: number;
    direction: LetterDirection;
    year: number;
    seq: number;
    agendaNumber: string;
    fields: LetterFields;
    registeredById: number | null;
    registeredBy: string;
    at: string;
  },
): Promise<LetterRow> {
  const r = await store.db
    .insertInto('letter')
    .values({
      workspace_id: row.workspaceId,
      direction: row.direction,
      agenda_year: row.year,
      agenda_seq: row.seq,
      agenda_number: row.agendaNumber,
      ...letterColumns(row.fields),
      registered_by: row.registeredById,
      registered_by_name: row.registeredBy,
      registered_at: row.at,
      updated_at: row.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLetter(r);
}

export async function updateLetter(
  store: Executor,
  id: number,
  f: LetterFields,
  at: string,
): Promise<LetterRow> {
  const r = await store.db
    .updateTable('letter')
    .set({ ...letterColumns(f), updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLetter(r);
}

export async function saveDisposition(store: Executor, id: number, d: DispositionFields): Promise<LetterRow> {
  const r = await store.db
    .updateTable('letter')
    .set({
      disposition_text: d.instruction,
      disposition_targets: JSON.stringify(d.targets),
      disposition_asks: JSON.stringify(d.asks),
      disposition_due_date: d.dueDate,
      disposition_given_by: d.givenBy,
      disposition_entered_by_name: d.enteredByName,
      disposition_at: d.at,
      updated_at: d.at,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLetter(r);
}

export async function findLetter(
  store: Executor,
  workspaceId: number,
  id: number,
): Promise<LetterRow | null> {
  const r = await store.db
    .selectFrom('letter')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toLetter(r) : null;
}

export interface LetterFilter {
  direction?: LetterDirection;
  year?: number;
  publicClass?: PublicClass;
  /** Words looked for in the subject, summary, letter number and sender/recipient. */
  q?: string;
  limit: number;
  offset: number;
}

/** `%word%` with the pattern characters of the search itself taken literally. */
const containing = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The archive: newest received or sent first, with the number of letters the filter matches. */
export async function listLetterRows(
  store: Executor,
  workspaceId: number,
  f: LetterFilter,
): Promise<{ letters: LetterRow[]; total: number }> {
  let q = store.db.selectFrom('letter').where('workspace_id', '=', workspaceId);
  if (f.direction) q = q.where('direction', '=', f.direction);
  if (f.year) q = q.where('agenda_year', '=', f.year);
  if (f.publicClass) q = q.where('public_class', '=', f.publicClass);
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean)) {
    const like = containing(word);
    // lower() LIKE behaves alike on both stores, where ILIKE is PostgreSQL's alone.
    q = q.where((eb) =>
      eb.or(
        (['subject', 'summary', 'letter_number', 'counterpart'] as const).map(
          (col) => sql<boolean>`lower(${sql.ref(col)}) like ${like} escape '\\'`,
        ),
      ),
    );
  }
  const count = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await q
    .selectAll()
    .orderBy('received_sent_date', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { letters: rows.map(toLetter), total: Number(count?.n ?? 0) };
}
