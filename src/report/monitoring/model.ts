// The media-monitoring report of SOP A as data: what the drafting step writes from the collected
// news, what people edit section by section, and what the PDF, DOCX and XLSX renderers print. It
// holds no chart images, only the figures: each renderer draws the charts itself (SVG in the PDF,
// PNG in the DOCX), so an edited figure never leaves a stale picture behind.
import type { RichDoc } from '../rich-text.ts';

export interface ReportChart {
  key: string;
  title: string;
  kind: 'line' | 'bar' | 'pie';
  /** x-axis labels (line, bar) or slice names (pie). */
  categories: string[];
  series: { name: string; values: number[]; color?: string }[];
  /** What the numbers count, for the axis and the alt text ("artikel"). */
  unit: string;
}

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Columns holding numbers (right-aligned). */
  numeric?: number[];
}

export interface ReportSection {
  /** Stable key: pendahuluan, statistik, isu-utama, analisis-isu-1 …, pemberitaan-negatif, rekomendasi, penutup. */
  key: string;
  title: string;
  body: RichDoc;
  /** Keys of charts shown after the body, in order. */
  charts: string[];
  tables: ReportTable[];
}

export interface AnnexRow {
  no: number;
  /** Local date and time, as printed ("5 Des 2026 09:00 WIB"). */
  publishedAt: string;
  outlet: string;
  /** "Online" or "Cetak". */
  mediaType: string;
  title: string;
  /** "Positif", "Netral", "Negatif". */
  tone: string;
  issue: string;
  url: string;
}

/**
 * A print clipping shown after the annex table. The report keeps only the article and the caption
 * written when it was drafted; the image is cropped from the clipping page each time a file is
 * rendered, so no picture is ever stored in the report's frozen data.
 */
export interface ReportClipping {
  articleId: number;
  /** "Radar Sukamaju, 30 November 2026, hlm. 3 — Judul berita". */
  caption: string;
  /** The article's region as a JPEG: present only while rendering. */
  image?: { jpeg: Uint8Array; width: number; height: number };
}

/** One sign-off of the report in its SOP (the seeds' "Setuju" columns). */
export interface ApprovalRow {
  step: number;
  /** Executor column title ("Ketua Tim Kerja Komunikasi Pimpinan"). */
  executor: string;
  name: string;
  /** "Setuju", "Disampaikan", "Dipelajari". */
  action: string;
  /** Local date and time, as printed. */
  at: string;
  note: string;
}

export interface MonitoringReport {
  /** Kop surat lines, top to bottom ("PEMERINTAH KOTA TANGERANG", "SEKRETARIAT DAERAH", …). */
  letterhead: string[];
  /** PNG bytes of the government's logo, when the office has set one. */
  logoPng: Uint8Array | null;
  title: string;
  subtitle: string;
  /** The report's letter number, when given. */
  number: string;
  period: { from: string; to: string; label: string };
  /** "Disusun 5 Des 2026 09:00 WIB" — when the draft was made. */
  preparedAt: string;
  preparedBy: string;
  sections: ReportSection[];
  charts: ReportChart[];
  annex: AnnexRow[];
  /** The period's print clippings shown as evidence (the first ones); absent or empty: none. */
  clippings?: ReportClipping[];
  approvals: ApprovalRow[];
  /** Document status printed in the footer: "DRAF" until the SOP's last sign-off, then "FINAL". */
  status: 'DRAF' | 'FINAL';
}
