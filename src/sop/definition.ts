// An SOP as data, in the shape of the national format (Permenpan RB 35/2012): an identity part and
// a flowchart table whose rows are activities, whose executor columns say who does each one, and
// whose quality-standard columns (*mutu baku*) say what goes in, how long it may take and what
// comes out. Dates in the identity part stay text as written ("Januari 2022" is a month, not a day).
import { PantauError } from '../domain/errors.ts';
import { isRole, type Role } from '../domain/user.ts';

export type TimeUnit = 'minute' | 'hour' | 'day';

export interface SopTime {
  amount: number;
  unit: TimeUnit;
}

/** One executor column of the flowchart table, left to right from the lowest rank up. */
export interface SopExecutor {
  key: string;
  /** The column heading as the office writes it ("Kepala Bagian Protokol dan Komunikasi Pimpinan"). */
  title: string;
  /** The Pantau role whose holders act in this column unless a step names another. */
  role: Role;
}

export interface SopDecision {
  /** Step number a YES leads to, or null: a YES ends the procedure. */
  yes: number | null;
  /** Step number a NO sends the case back (or forward) to. */
  no: number;
}

export interface SopStep {
  no: number;
  activity: string;
  /** Executor column key. */
  executor: string;
  /** Who acts, when not the column's role (SOP A's reviewer works in the analysts' column). */
  role?: Role;
  /** Kelengkapan: what the step needs to start. */
  requirement: string;
  time: SopTime;
  output: string;
  remarks: string;
  /** The executor signs the step off ("Setuju" in the seeds' columns). */
  approval?: boolean;
  decision?: SopDecision;
  /** Executor column the step hands its output to, when it is not the next step's (SOP A step 4). */
  handsTo?: string;
}

export interface SopIdentity {
  /** Letterhead lines, top to bottom ("PEMERINTAH KOTA TANGERANG", "SEKRETARIAT DAERAH", …). */
  organisation: string[];
  number: string;
  madeOn: string;
  revisedOn: string;
  effectiveOn: string;
  approvedBy: { position: string; name: string; nip: string };
  title: string;
  legalBasis: string[];
  qualifications: string[];
  relatedSops: string[];
  equipment: string[];
  warnings: string[];
  records: string[];
}

export interface SopDefinition {
  key: string;
  identity: SopIdentity;
  executors: SopExecutor[];
  steps: SopStep[];
}

const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

const MINUTES: Record<TimeUnit, number> = { minute: 1, hour: 60, day: 8 * 60 };

/**
 * A step's standard in working minutes. A "day" is one working day of eight hours: the seeds count
 * in minutes and hours, and offices that write "1 hari" mean a working day, not 24 hours.
 */
export function standardMinutes(time: SopTime): number {
  return Math.round(time.amount * MINUTES[time.unit]);
}

const UNIT_TEXT: Record<TimeUnit, string> = { minute: 'menit', hour: 'jam', day: 'hari' };

/** "120 menit", "30 jam": as the mutu baku column writes it. */
export function timeText(time: SopTime): string {
  return `${String(time.amount).replace('.', ',')} ${UNIT_TEXT[time.unit]}`;
}

/** "Jumlah Total Waktu": the sum of the steps' standards, in the unit the document prints. */
export function totalTimeText(def: SopDefinition): string {
  const minutes = def.steps.reduce((sum, s) => sum + standardMinutes(s.time), 0);
  if (def.steps.every((s) => s.time.unit === 'minute')) return `${minutes} menit`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} jam ${rest} menit` : `${hours} jam`;
}

export function stepByNo(def: SopDefinition, no: number): SopStep | undefined {
  return def.steps.find((s) => s.no === no);
}

/** The role that acts in a step. */
export function stepRole(def: SopDefinition, step: SopStep): Role {
  if (step.role) return step.role;
  const column = def.executors.find((e) => e.key === step.executor);
  if (!column)
    throw new PantauError('validation', `Pelaksana "${step.executor}" tidak ada — unknown executor`);
  return column.role;
}

/**
 * Who is told when a step runs late: the next executor column up (the seeds order their columns
 * by rank, left to right), skipping columns held by the same role; null for the top column.
 */
export function escalationRole(def: SopDefinition, step: SopStep): Role | null {
  const role = stepRole(def, step);
  const at = def.executors.findIndex((e) => e.key === step.executor);
  for (const column of def.executors.slice(at + 1)) if (column.role !== role) return column.role;
  return null;
}

function fail(message: string): never {
  throw new PantauError('validation', message);
}

function text(value: unknown, what: string, required = true): string {
  if (typeof value !== 'string') fail(`${what} harus berupa teks — ${what} must be text`);
  const trimmed = value.trim();
  if (required && !trimmed) fail(`${what} wajib diisi — ${what} is required`);
  if (trimmed.length > 4000) fail(`${what} terlalu panjang — ${what} is too long`);
  return trimmed;
}

/**
 * Checks what the shape cannot: unique, consecutive step numbers; executors that exist; decision
 * targets that exist and a NO that is not the decision itself; a procedure that can end. Returns
 * the definition with its texts trimmed.
 */
export function validateDefinition(def: SopDefinition): SopDefinition {
  if (!KEY.test(def.key))
    fail('Kunci SOP: huruf kecil, angka dan tanda minus — key: lowercase letters, digits, dashes');
  if (def.executors.length === 0) fail('SOP tanpa pelaksana — an SOP needs executor columns');
  const columns = new Set<string>();
  for (const e of def.executors) {
    if (!KEY.test(e.key)) fail(`Kunci pelaksana "${e.key}" tidak valid — invalid executor key`);
    if (columns.has(e.key)) fail(`Pelaksana "${e.key}" ganda — duplicate executor`);
    if (!isRole(e.role)) fail(`Peran "${e.role}" tidak dikenal — unknown role`);
    columns.add(e.key);
  }
  if (def.steps.length === 0) fail('SOP tanpa langkah — an SOP needs steps');
  def.steps.forEach((s, i) => {
    if (s.no !== i + 1)
      fail(
        `Langkah harus bernomor 1, 2, 3, … (langkah ke-${i + 1} bernomor ${s.no}) — steps are numbered in order`,
      );
    if (!columns.has(s.executor))
      fail(`Langkah ${s.no}: pelaksana "${s.executor}" tidak ada — unknown executor`);
    if (s.handsTo !== undefined && !columns.has(s.handsTo))
      fail(`Langkah ${s.no}: pelaksana tujuan "${s.handsTo}" tidak ada — unknown executor`);
    if (s.role !== undefined && !isRole(s.role))
      fail(`Langkah ${s.no}: peran "${s.role}" tidak dikenal — unknown role`);
    if (!(s.time.amount > 0) || !Number.isFinite(s.time.amount) || !(s.time.unit in MINUTES))
      fail(`Langkah ${s.no}: waktu harus lebih dari nol — time must be positive`);
    if (s.decision) {
      const { yes, no } = s.decision;
      if (yes !== null && !stepByNo(def, yes))
        fail(`Langkah ${s.no}: tujuan YA ${yes} tidak ada — unknown YES target`);
      if (!stepByNo(def, no)) fail(`Langkah ${s.no}: tujuan TIDAK ${no} tidak ada — unknown NO target`);
      if (no === s.no || yes === s.no)
        fail(`Langkah ${s.no}: keputusan tidak boleh kembali ke dirinya — a decision cannot lead to itself`);
    }
  });
  const last = def.steps[def.steps.length - 1];
  if (last.decision && last.decision.yes !== null)
    fail('Langkah terakhir harus mengakhiri prosedur — the last step must end the procedure');
  const identity = def.identity;
  const list = (items: string[], what: string) => items.map((x) => text(x, what)).filter(Boolean);
  return {
    key: def.key,
    identity: {
      organisation: list(identity.organisation, 'Kop'),
      number: text(identity.number, 'Nomor SOP'),
      madeOn: text(identity.madeOn, 'Tanggal pembuatan', false),
      revisedOn: text(identity.revisedOn, 'Tanggal revisi', false),
      effectiveOn: text(identity.effectiveOn, 'Tanggal efektif', false),
      approvedBy: {
        position: text(identity.approvedBy.position, 'Jabatan pengesah', false),
        name: text(identity.approvedBy.name, 'Nama pengesah', false),
        nip: text(identity.approvedBy.nip, 'NIP pengesah', false),
      },
      title: text(identity.title, 'Nama SOP'),
      legalBasis: list(identity.legalBasis, 'Dasar hukum'),
      qualifications: list(identity.qualifications, 'Kualifikasi pelaksana'),
      relatedSops: list(identity.relatedSops, 'Keterkaitan'),
      equipment: list(identity.equipment, 'Peralatan'),
      warnings: list(identity.warnings, 'Peringatan'),
      records: list(identity.records, 'Pencatatan'),
    },
    executors: def.executors.map((e) => ({
      key: e.key,
      title: text(e.title, 'Nama pelaksana'),
      role: e.role,
    })),
    steps: def.steps.map((s) => ({
      ...s,
      activity: text(s.activity, `Uraian kegiatan langkah ${s.no}`),
      requirement: text(s.requirement, 'Kelengkapan', false),
      output: text(s.output, 'Output', false),
      remarks: text(s.remarks, 'Keterangan', false),
    })),
  };
}
