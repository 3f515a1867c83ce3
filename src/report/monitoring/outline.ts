// The numbering every output of the report shares, so the PDF, the DOCX and the XLSX say the same
// "II. Statistik Pemberitaan", "Gambar 3." and "Tabel 4." for the same thing. Chapters take Roman
// numerals, as the chapters (BAB I, BAB II …) of Indonesian government reports do; figures and
// tables are counted through the whole report in Arabic numerals.
import { PantauError } from '../../domain/errors.ts';
import type { AnnexRow, MonitoringReport, ReportChart, ReportSection, ReportTable } from './model.ts';

export const HEADINGS = {
  contents: 'DAFTAR ISI',
  approvals: 'LEMBAR PERSETUJUAN',
  annex: 'LAMPIRAN: DAFTAR BERITA',
  summary: 'Ringkasan',
} as const;

export const ANNEX_COLUMNS = ['No', 'Tanggal', 'Media', 'Jenis', 'Judul', 'Nada', 'Isu'] as const;
export const APPROVAL_COLUMNS = ['No', 'Langkah/Pelaksana', 'Nama', 'Keputusan', 'Waktu', 'Catatan'] as const;

export interface Figure {
  number: number;
  chart: ReportChart;
  caption: string;
}

export interface NumberedTable {
  number: number;
  table: ReportTable;
  caption: string;
}

export interface Chapter {
  numeral: string;
  /** "II. Statistik Pemberitaan" */
  heading: string;
  section: ReportSection;
  figures: Figure[];
  tables: NumberedTable[];
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export function outlineReport(report: MonitoringReport): Chapter[] {
  const charts = new Map(report.charts.map((c) => [c.key, c]));
  let figureCount = 0;
  let tableCount = 0;
  return report.sections.map((section, i) => {
    const numeral = romanNumeral(i + 1);
    const figures = section.charts.map((key): Figure => {
      const chart = charts.get(key);
      if (!chart) {
        throw new PantauError(
          'validation',
          `Bagian "${section.title}" memuat grafik "${key}" yang tidak ada — section "${section.title}" shows a chart "${key}" that does not exist`,
        );
      }
      figureCount += 1;
      return { number: figureCount, chart, caption: `Gambar ${figureCount}. ${chart.title}` };
    });
    const tables = section.tables.map((table): NumberedTable => {
      tableCount += 1;
      return { number: tableCount, table, caption: `Tabel ${tableCount}. ${table.caption}` };
    });
    return { numeral, heading: `${numeral}. ${section.title}`, section, figures, tables };
  });
}

/** Address, telephone and web lines of a kop are set small and plain, as on printed letterheads. */
export const isAddressLine = (line: string) =>
  /^(jl\.|jln\.|jalan|telp|telepon|tel\.|faks|fax|laman|website|surel|e-?mail|kode pos)/i.test(line.trim());

/** The footer's left part: what the document is and how final, on every page. */
export const footerNote = (report: MonitoringReport) => `${report.status} · Periode ${report.period.label}`;

export const pageOf = (page: number, pages: number) => `Halaman ${page} dari ${pages}`;

/** "Setuju" and the like, for the approval sheet's short introduction. */
export function approvalIntro(report: MonitoringReport): string {
  if (report.approvals.length === 0) return 'Laporan ini belum mendapat persetujuan.';
  const final = report.status === 'FINAL' ? 'telah disetujui seluruh tahapan' : 'masih berstatus draf';
  return `Laporan ini melalui tahapan persetujuan sesuai SOP berikut dan ${final}.`;
}

const NUMBER = new Intl.NumberFormat('id-ID');

/**
 * How many annex rows the PDF and the DOCX print. A month of an office's news is 20,000 articles,
 * some 500 printed pages nobody reads and most of the export's time (pdfmake lays out one or two
 * thousand rows a second); readers of the printed report look at the first pages, analysts sort
 * and filter the XLSX, which always lists every article.
 */
export const PRINTED_ANNEX_LIMIT = 1_000;

/** What the XLSX annex is called where the reader finds it, unless the caller says otherwise. */
export const DEFAULT_ANNEX_FILE = 'annex.xlsx';

export interface PrintedAnnex {
  /** The first rows, in the annex's order. */
  rows: AnnexRow[];
  /** The intro under the heading. */
  intro: string;
  /** The line after the table when rows were left out, else null. */
  rest: string | null;
}

/** The part of the annex a printed document lists, and the lines that say where the rest is. */
export function printedAnnex(
  report: MonitoringReport,
  opts: { limit?: number; annexFile?: string } = {},
): PrintedAnnex {
  const limit = Math.max(0, opts.limit ?? PRINTED_ANNEX_LIMIT);
  const rows = report.annex.length > limit ? report.annex.slice(0, limit) : report.annex;
  const left = report.annex.length - rows.length;
  return {
    rows,
    intro: annexIntro(report, rows.length),
    rest:
      left > 0
        ? `… dan ${NUMBER.format(left)} artikel lainnya tercantum lengkap di lampiran ${opts.annexFile ?? DEFAULT_ANNEX_FILE}.`
        : null,
  };
}

/** The line under the annex heading; says so when only the first rows are printed. */
export function annexIntro(report: MonitoringReport, printed = report.annex.length): string {
  const all = `${NUMBER.format(report.annex.length)} berita yang dipantau pada periode ${report.period.label}`;
  if (printed >= report.annex.length) return `Daftar ${all}.`;
  return `Daftar ${NUMBER.format(printed)} berita pertama (urut waktu terbit) dari ${all}.`;
}
