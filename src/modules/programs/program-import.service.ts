// Importing programs from a spreadsheet in two steps: the preview (the columns found, the mapping
// proposed, the first rows as they would be stored, every row's problems) changes nothing; the
// import stores every row in one transaction with one audit row, or, when any row has a problem,
// nothing at all and answers the problems.
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx, workspaceOf } from '../../kernel/ctx.ts';
import { recordChange } from '../audit/audit.service.ts';
import { FIELD_LABELS, PROGRAM_FIELDS, type ProgramField, proposeMapping } from './program-columns.ts';
import { agencyFinder, type ReadRow, type RowError, readRows } from './program-rows.ts';
import { readSheet, type SheetFormat } from './program-sheet.ts';
import { programsPolicy } from './programs.policy.ts';
import { insertPrograms } from './programs.repo.ts';
import { agencyRegistry } from './programs.service.ts';

const PREVIEW_ROWS = 20;
const MAX_COLUMNS = 200;
/** Row errors answered at once: a wrongly mapped column makes one per row. */
const MAX_ERRORS = 200;

export interface ImportFile {
  fileName?: string;
  contentBase64: string;
}

/** The rows of a sheet whose import would store some rows and not others: none are stored. */
export class ImportRejected extends PantauError {
  readonly errors: RowError[];
  constructor(errors: RowError[], total: number) {
    super(
      'validation',
      `${total} masalah pada berkas; tidak ada baris yang diimpor — ${total} problems, nothing imported`,
      { status: 422 },
    );
    this.errors = errors;
  }
}

function bytesOf(file: ImportFile): Buffer {
  const b64 = file.contentBase64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64))
    throw new PantauError('validation', 'Isi berkas bukan base64 — the content is not base64');
  return Buffer.from(b64, 'base64');
}

interface Read {
  format: SheetFormat;
  headers: string[];
  mapping: (ProgramField | null)[];
  rows: ReadRow[];
  errors: RowError[];
}

async function readFile(ctx: Ctx, file: ImportFile, mapping?: (ProgramField | null)[]): Promise<Read> {
  const { format, rows } = await readSheet(bytesOf(file));
  const [head, ...data] = rows;
  if (!head) throw new PantauError('validation', 'Berkas tidak berisi baris apa pun — the file has no rows');
  const headers = head.cells.map((h) => h.trim());
  if (headers.length > MAX_COLUMNS) {
    throw new PantauError(
      'validation',
      `Berkas punya lebih dari ${MAX_COLUMNS} kolom — more than ${MAX_COLUMNS} columns`,
    );
  }
  const chosen = mapping ?? proposeMapping(headers);
  if (chosen.length > headers.length) {
    throw new PantauError(
      'validation',
      `Pemetaan untuk ${chosen.length} kolom, berkas hanya punya ${headers.length} — mapping has too many columns`,
    );
  }
  const used = chosen.filter((f): f is ProgramField => f !== null);
  const twice = used.find((f, i) => used.indexOf(f) !== i);
  if (twice) {
    throw new PantauError(
      'validation',
      `Bidang "${FIELD_LABELS[twice]}" dipetakan ke dua kolom — a field is mapped to two columns`,
    );
  }
  if (data.length === 0)
    throw new PantauError('validation', 'Berkas hanya berisi judul kolom — no data rows');
  const found = agencyFinder(await agencyRegistry(ctx));
  const read = readRows(headers, data, chosen, found);
  // Without a column for the name, every row fails the same way: said once, about the mapping.
  if (!used.includes('name')) {
    read.errors = [
      {
        row: head.number,
        column: FIELD_LABELS.name,
        field: 'name',
        message: 'tidak ada kolom yang dipetakan ke nama program/kegiatan',
      },
    ];
  }
  return { format, headers, mapping: chosen, ...read };
}

export async function previewImport(ctx: Ctx, file: ImportFile & { mapping?: (ProgramField | null)[] }) {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, programsPolicy.can('manage'), ws.id);
  const read = await readFile(ctx, file, file.mapping);
  return {
    format: read.format,
    headers: read.headers,
    mapping: read.mapping,
    fields: PROGRAM_FIELDS.map((key) => ({ key, label: FIELD_LABELS[key] })),
    rowCount: read.rows.length,
    rows: read.rows
      .slice(0, PREVIEW_ROWS)
      .map((r) => ({ ...r, cells: read.headers.map((_, i) => r.cells[i] ?? '') })),
    errors: read.errors.slice(0, MAX_ERRORS),
  };
}

export async function importPrograms(
  ctx: Ctx,
  file: ImportFile & { mapping?: (ProgramField | null)[] },
): Promise<{ imported: number; ids: number[] }> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, programsPolicy.can('manage'), ws.id);
  const read = await readFile(ctx, file, file.mapping);
  if (read.errors.length > 0) throw new ImportRejected(read.errors.slice(0, MAX_ERRORS), read.errors.length);
  return tx(ctx, async (t) => {
    const stored = await insertPrograms(
      t,
      ws.id,
      t.actor.kind === 'user' ? t.actor.userId : null,
      read.rows.map((r) => r.program),
      t.now().toISOString(),
    );
    const ids = stored.map((p) => p.id);
    await recordChange(t, {
      action: 'programs.import',
      recordType: 'program',
      recordId: null,
      after: {
        rows: stored.length,
        file: file.fileName ?? null,
        format: read.format,
        firstId: ids[0] ?? null,
        lastId: ids[ids.length - 1] ?? null,
      },
    });
    return { imported: stored.length, ids };
  });
}
