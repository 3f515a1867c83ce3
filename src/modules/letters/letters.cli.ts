// `pantau register`: the agenda book of official letters — list it (a stable JSON contract) and
// register incoming and outgoing letters from the terminal.
import type { Command } from 'commander';
import { DIRECTION_NATURES, type DirectionNature, NATURE_LABELS } from '../../domain/direction.ts';
import { PantauError } from '../../domain/errors.ts';
import {
  LETTER_DIRECTIONS,
  type LetterDirection,
  PUBLIC_CLASSES,
  type PublicClass,
} from '../../domain/letter.ts';
import { action, withCtx } from '../../kernel/cli/runtime.ts';
import { withWorkspaceOf } from '../workspaces/workspaces.service.ts';
import type { LetterView } from './letters.schema.ts';
import { listLetters, registerLetter } from './letters.service.ts';

const PAGE = 500;

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new PantauError(
      'validation',
      `${option} harus salah satu dari ${allowed.join(', ')}, bukan "${value}"`,
    );
  return value as T;
}

function yearOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1900 || n > 2999)
    throw new PantauError('validation', `--year harus tahun empat angka, bukan "${value}"`);
  return n;
}

/** The stable `register list --json` shape: one object per letter, these keys only. */
const contract = (l: LetterView) => ({
  id: l.id,
  agendaNumber: l.agendaNumber,
  direction: l.direction,
  letterNumber: l.letterNumber,
  letterDate: l.letterDate,
  counterpart: l.counterpart,
  nature: l.nature,
  subject: l.subject,
  summary: l.summary,
  classification: l.classification,
  publicClass: l.publicClass,
  srikandiRef: l.srikandiRef,
  registeredAt: l.registeredAt,
});

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function table(letters: LetterView[]): string {
  const head = ['No. Agenda', 'Diterima/Dikirim', 'Nomor Surat', 'Dari/Kepada', 'Sifat', 'Perihal'];
  const rows = letters.map((l) => [
    l.agendaNumber,
    l.receivedSentDate,
    cut(l.letterNumber, 28),
    cut(l.counterpart, 30),
    NATURE_LABELS[l.nature],
    cut(l.subject, 60),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function registerLetters(program: Command): void {
  const register = program
    .command('register')
    .description('Buku agenda naskah dinas masuk/keluar — the register of official letters');
  register
    .command('list')
    .description('Daftar surat di buku agenda, terbaru dulu — list the register')
    .option('--direction <arah>', 'masuk atau keluar')
    .option('--year <tahun>', 'tahun buku agenda, mis. 2026')
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON (larik surat)')
    .action(
      action(async (opts: { direction?: string; year?: string; workspace?: string; json?: boolean }) => {
        const direction = oneOf<LetterDirection>(opts.direction, LETTER_DIRECTIONS, '--direction');
        const year = yearOf(opts.year);
        const letters = await withCtx(async (ctx) => {
          const wctx = await withWorkspaceOf(ctx, opts.workspace);
          const all: LetterView[] = [];
          for (let offset = 0; ; offset += PAGE) {
            const page = await listLetters(wctx, { direction, year, limit: PAGE, offset });
            all.push(...page.letters);
            if (all.length >= page.total || page.letters.length === 0) return all;
          }
        });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(letters.map(contract))}\n`);
          return;
        }
        if (letters.length === 0) {
          process.stdout.write('Belum ada surat di buku agenda.\n');
          return;
        }
        process.stdout.write(`${table(letters)}\n\n${letters.length} surat\n`);
      }),
    );
  register
    .command('add')
    .description('Catat surat masuk atau keluar — register a letter')
    .requiredOption('--direction <arah>', 'masuk atau keluar')
    .requiredOption('--number <nomor>', 'nomor surat')
    .requiredOption('--date <YYYY-MM-DD>', 'tanggal surat')
    .requiredOption('--counterpart <nama>', 'pengirim (surat masuk) atau tujuan (surat keluar)')
    .requiredOption('--subject <perihal>', 'perihal')
    .option('--received <YYYY-MM-DD>', 'tanggal diterima/dikirim (bawaan: hari ini)')
    .option('--nature <sifat>', `sifat: ${DIRECTION_NATURES.join(', ')}`)
    .option('--summary <teks>', 'ringkasan isi')
    .option('--classification <kode>', 'kode klasifikasi arsip, mis. 045.2')
    .option('--attachments <jumlah>', 'jumlah lampiran')
    .option('--attachment-note <teks>', 'keterangan lampiran')
    .option('--srikandi <rujukan>', 'rujukan SRIKANDI')
    .option('--public-class <kelas>', `klasifikasi informasi publik: ${PUBLIC_CLASSES.join(', ')}`)
    .option('--workspace <slug>')
    .option('--json', 'keluaran JSON (surat yang dicatat)')
    .action(
      action(
        async (opts: {
          direction: string;
          number: string;
          date: string;
          counterpart: string;
          subject: string;
          received?: string;
          nature?: string;
          summary?: string;
          classification?: string;
          attachments?: string;
          attachmentNote?: string;
          srikandi?: string;
          publicClass?: string;
          workspace?: string;
          json?: boolean;
        }) => {
          const direction = oneOf<LetterDirection>(opts.direction, LETTER_DIRECTIONS, '--direction');
          const attachments = opts.attachments === undefined ? undefined : Number(opts.attachments);
          if (attachments !== undefined && !(Number.isInteger(attachments) && attachments >= 0))
            throw new PantauError(
              'validation',
              `--attachments harus bilangan bulat ≥ 0, bukan "${opts.attachments}"`,
            );
          const letter = await withCtx(async (ctx) =>
            registerLetter(await withWorkspaceOf(ctx, opts.workspace), {
              direction: direction as LetterDirection,
              letterNumber: opts.number,
              letterDate: opts.date,
              receivedSentDate: opts.received,
              counterpart: opts.counterpart,
              subject: opts.subject,
              nature: oneOf<DirectionNature>(opts.nature, DIRECTION_NATURES, '--nature'),
              summary: opts.summary,
              classification: opts.classification,
              attachmentCount: attachments,
              attachmentNote: opts.attachmentNote,
              srikandiRef: opts.srikandi,
              publicClass: oneOf<PublicClass>(opts.publicClass, PUBLIC_CLASSES, '--public-class'),
            }),
          );
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(contract(letter))}\n`);
            return;
          }
          process.stdout.write(
            `Surat ${letter.direction} #${letter.id} dicatat dengan nomor agenda ${letter.agendaNumber}: ${letter.subject}\n`,
          );
        },
      ),
    );
}
