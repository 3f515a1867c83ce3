// A sheet's data rows read through a column mapping into programs, each problem named by its row
// number (as the spreadsheet shows it), its column header and an Indonesian reason.
import type { Agency } from '../../domain/agency.ts';
import { FIELD_LABELS, type ProgramField } from './program-columns.ts';
import type { SheetRow } from './program-csv.ts';
import {
  type Read,
  readDate,
  readDocuments,
  readEmail,
  readKeywords,
  readKind,
  readStatus,
  readYear,
} from './program-values.ts';
import type { ProgramFields } from './programs.repo.ts';

export interface RowError {
  /** The row number the spreadsheet shows (the header is usually row 1). */
  row: number;
  /** The column's header as written in the file, or the field's name when no column holds it. */
  column: string;
  field: ProgramField | null;
  message: string;
}

export interface ReadRow {
  row: number;
  /** The row's cells as the file holds them, for the preview. */
  cells: string[];
  program: ProgramFields;
}

const LIMITS: Partial<Record<ProgramField, number>> = {
  name: 300,
  agency: 200,
  location: 300,
  contactName: 200,
  contactPhone: 60,
  description: 4000,
};

/** Agencies recognised by their short or full name, case and spacing aside. */
export function agencyFinder(agencies: Agency[]): (name: string) => Agency | null {
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const byName = new Map<string, Agency>();
  for (const a of agencies) {
    byName.set(key(a.name), a);
    byName.set(key(a.shortName), a);
  }
  return (name) => byName.get(key(name)) ?? null;
}

export function readRows(
  headers: string[],
  rows: SheetRow[],
  mapping: (ProgramField | null)[],
  findAgency: (name: string) => Agency | null,
): { rows: ReadRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const out: ReadRow[] = [];
  const columnOf = new Map<ProgramField, number>();
  mapping.forEach((f, i) => {
    if (f && !columnOf.has(f)) columnOf.set(f, i);
  });
  const header = (f: ProgramField) => {
    const i = columnOf.get(f);
    return i === undefined ? FIELD_LABELS[f] : headers[i] || `Kolom ${i + 1}`;
  };
  for (const { number, cells } of rows) {
    const cell = (f: ProgramField) => {
      const i = columnOf.get(f);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const fail = (f: ProgramField, message: string) =>
      errors.push({ row: number, column: header(f), field: f, message });
    const take = <T>(f: ProgramField, read: Read<T>, fallback: T): T => {
      if (read.ok) return read.value;
      fail(f, read.message);
      return fallback;
    };
    const text = (f: ProgramField): string | null => {
      const v = cell(f);
      const max = LIMITS[f] ?? 300;
      if (v.length > max) fail(f, `terlalu panjang (paling banyak ${max} huruf)`);
      return v === '' ? null : v.slice(0, max);
    };
    const name = text('name');
    if (!name) fail('name', 'nama program/kegiatan wajib diisi');
    const agencyName = text('agency');
    const startDate = take('startDate', readDate(cell('startDate')), null);
    const endDate = take('endDate', readDate(cell('endDate')), null);
    if (startDate && endDate && endDate < startDate)
      fail('endDate', `tanggal selesai ${endDate} sebelum tanggal mulai ${startDate}`);
    const program: ProgramFields = {
      kind: take('kind', readKind(cell('kind')), 'program'),
      name: name ?? '',
      description: text('description') ?? '',
      agencyId: agencyName ? (findAgency(agencyName)?.id ?? null) : null,
      agencyName,
      budgetYear: take('budgetYear', readYear(cell('budgetYear')), null),
      location: text('location'),
      startDate,
      endDate,
      status: take('status', readStatus(cell('status')), 'rencana'),
      contactName: text('contactName'),
      contactPhone: text('contactPhone'),
      contactEmail: take('contactEmail', readEmail(cell('contactEmail')), null),
      documents: take('documents', readDocuments(cell('documents')), []),
      keywords: take('keywords', readKeywords(cell('keywords')), []),
    };
    out.push({ row: number, cells, program });
  }
  return { rows: out, errors };
}
