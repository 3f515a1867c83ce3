import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { chartPng, chartSvg } from './charts.ts';
import { pngSize } from './png-size.ts';
import { renderReportDocx } from './render-docx.ts';
import { renderReportPdf } from './render-pdf.ts';
import { renderAnnexXlsx } from './render-xlsx.ts';
import { sampleReport } from './report.fixture.ts';

const report = sampleReport(60);

const SECTION_HEADINGS = [
  'I. Pendahuluan',
  'II. Statistik Pemberitaan',
  'III. Isu Utama',
  'IV. Analisis Isu: Banjir Rob di Pesisir Utara',
  'V. Analisis Isu: Pelayanan RSUD Sukamaju',
  'VI. Analisis Isu: PPDB dan Sistem Zonasi',
  'VII. Analisis Isu: Parkir Liar dan Kemacetan',
  'VIII. Pemberitaan Bernada Negatif',
  'IX. Rekomendasi',
  'X. Penutup',
];
const APPROVERS = ['Dewi Anggraini, S.I.Kom.', 'Bambang Hermawan, S.IP., M.Si.', 'Drs. H. Ahmad Fauzi, M.M.'];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Runs `use` on the bytes written to a file in a fresh temporary directory, then removes it. */
function withFile<T>(name: string, bytes: Uint8Array, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-report-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a reader copying the PDF's text gets, whitespace collapsed (justified lines, wrapped cells). */
const pdfText = (pdf: Buffer) =>
  withFile('laporan.pdf', pdf, (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  ).replace(/\s+/g, ' ');

/** Entries of a zip (DOCX, XLSX) by name; unzip where installed, else Python's zipfile. */
function zipEntries(zip: Buffer): Map<string, Buffer> {
  const script =
    'import sys, zipfile, json, base64\nz = zipfile.ZipFile(sys.argv[1])\n' +
    'print(json.dumps({n: base64.b64encode(z.read(n)).decode() for n in z.namelist()}))';
  return withFile('dokumen.zip', zip, (path, dir) => {
    if (existsSync('/usr/bin/unzip')) {
      const out = join(dir, 'isi');
      execFileSync('unzip', ['-q', path, '-d', out]);
      const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      return new Map(
        files.map((e) => [
          join(e.parentPath, e.name).slice(out.length + 1),
          readFileSync(join(e.parentPath, e.name)),
        ]),
      );
    }
    const json = JSON.parse(
      execFileSync('python3', ['-c', script, path], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    );
    return new Map(
      Object.entries(json as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64')]),
    );
  });
}

describe('PDF', () => {
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderReportPdf(report);
    text = pdfText(pdf);
  });

  test('is a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('opens with the kop surat, the title block and the table of contents', () => {
    expect(text.indexOf('PEMERINTAH KOTA SUKAMAJU')).toBe(text.search(/\S/));
    for (const line of [
      'SEKRETARIAT DAERAH',
      'LAPORAN HASIL MEDIA MONITORING',
      'Nomor: 000.8.3.3/214-Prokompim/XII/2026',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('Periode: 1–30 November 2026');
    expect(text.indexOf('DAFTAR ISI')).toBeLessThan(text.indexOf('I. Pendahuluan'));
  });

  test('numbers the chapters in Roman numerals, each listed in the contents and printed as a heading', () => {
    for (const heading of SECTION_HEADINGS) {
      expect(text.split(heading).length - 1, heading).toBeGreaterThanOrEqual(2);
    }
  });

  test('captions the figures and the tables, counted through the report', () => {
    expect(text).toContain('Gambar 1. Jumlah berita per hari menurut nada');
    expect(text).toContain('Gambar 3. Delapan media dengan pemberitaan terbanyak');
    expect(text).toContain('Tabel 1. Jumlah pemberitaan menurut nada');
    expect(text).toContain('Tabel 4. Rekomendasi tindak lanjut');
  });

  test('prints the minus sign Helvetica lacks as a hyphen, not as a wrong glyph', () => {
    expect(text).toContain('-8%');
    expect(text).not.toContain('−');
  });

  test('ends with the approval sheet, then the annex listing every article', () => {
    const approvals = text.indexOf('LEMBAR PERSETUJUAN', text.indexOf('X. Penutup Demikian'));
    expect(approvals).toBeGreaterThan(0);
    for (const name of APPROVERS) expect(text.indexOf(name)).toBeGreaterThan(approvals);
    expect(text.slice(approvals)).toContain('Setuju');
    const annex = text.indexOf('LAMPIRAN: DAFTAR BERITA', approvals);
    expect(annex).toBeGreaterThan(approvals);
    expect(text.slice(annex)).toContain('Daftar 60 berita');
    expect(text.slice(annex)).toContain(
      'Wali Kota Sukamaju Tinjau Lokasi Banjir Rob dan Salurkan Bantuan Logistik',
    );
  });

  test('foots every page with status, period and "Halaman X dari Y"', () => {
    const pages = Number(/Halaman 1 dari (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(5);
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text.split('DRAF · Periode 1–30 November 2026').length - 1).toBe(pages);
  });

  test('rasterises (poppler reads it without complaint)', () => {
    const pngs = withFile('laporan.pdf', pdf, (path, dir) => {
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', path, join(dir, 'halaman')]);
      return readdirSync(dir)
        .filter((f) => f.endsWith('.png'))
        .map((f) => readFileSync(join(dir, f)));
    });
    expect(pngs).toHaveLength(2);
    for (const png of pngs) expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});

describe('DOCX', () => {
  let files: Map<string, Buffer>;
  let body: string;
  beforeAll(async () => {
    files = zipEntries(await renderReportDocx(report));
    body = files.get('word/document.xml')?.toString('utf8') ?? '';
  });

  test('is well-formed WordprocessingML, the annex table included', () => {
    expect(XMLValidator.validate(body)).toBe(true);
    // Header row plus one row per article, in the last table.
    const annex = body.slice(body.lastIndexOf('<w:tbl>'));
    expect(annex.split('<w:tr>').length - 1).toBe(61);
    expect(annex).toContain('Wali Kota Sukamaju Tinjau Lokasi Banjir Rob dan Salurkan Bantuan Logistik');
  });

  test('has the numbered chapters as Heading 1, which the table of contents field collects', () => {
    for (const heading of SECTION_HEADINGS) {
      expect(body).toMatch(
        new RegExp(`<w:pStyle w:val="Heading1"/>.{0,400}${heading.replace(/[.]/g, '\\.')}<`),
      );
    }
    expect(body).toMatch(/<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-2&quot;/);
    expect(files.get('word/settings.xml')?.toString()).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  test('holds the approval sheet with every approver and decision', () => {
    const sheet = body.slice(body.indexOf('LEMBAR PERSETUJUAN'));
    for (const name of APPROVERS) expect(sheet).toContain(name);
    expect(sheet.split('>Setuju<').length - 1).toBe(3);
  });

  test('embeds one PNG per chart, and the logo in the first page header', () => {
    const media = [...files.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media.filter((k) => k.endsWith('.png'))).toHaveLength(report.charts.length + 1);
    for (const caption of ['Gambar 1. ', 'Gambar 2. ', 'Gambar 3. ']) expect(body).toContain(caption);
    const headers = [...files.entries()]
      .filter(([k]) => /^word\/header\d+\.xml$/.test(k))
      .map(([, v]) => v.toString());
    expect(headers.some((h) => h.includes('PEMERINTAH KOTA SUKAMAJU') && h.includes('<pic:pic'))).toBe(true);
  });

  test('foots pages with "Halaman X dari Y" as page fields', () => {
    const footers = [...files.entries()]
      .filter(([k]) => /^word\/footer\d+\.xml$/.test(k))
      .map(([, v]) => v.toString());
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      expect(f).toContain('Halaman ');
      expect(f).toMatch(/>\s*PAGE\s*</);
      expect(f).toMatch(/>\s*NUMPAGES\s*</);
    }
  });

  test('keeps the rich text: links with their address, line breaks, emphasis', () => {
    expect(body).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>.{0,300}Kompas\.com, 12 November 2026</);
    expect(body).toContain('> (https://regional.kompas.com/read/2026/11/12/banjir-rob-muara-baru)<');
    expect(body).toMatch(/<w:br\/>.{0,200}>Sumber: </);
    expect(body).toMatch(/<w:i\/>.{0,120}>early warning</);
  });

  test('starts every list at 1: each of the six lists has its own numbering', () => {
    const numIds = new Set([...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBe(6);
  });

  test('links resolve: every relationship the document names exists', () => {
    const rels = files.get('word/_rels/document.xml.rels')?.toString() ?? '';
    const ids = new Set([...body.matchAll(/r:(?:id|embed)="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.size).toBeGreaterThan(3);
    for (const id of ids) expect(rels).toContain(`Id="${id}"`);
  });
});

describe('XLSX', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderAnnexXlsx(report)) as unknown as ExcelJS.Buffer);
  });

  test('lists every article under a frozen, filtered header row', () => {
    const sheet = book.getWorksheet('Lampiran');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(String(sheet.getCell('A1').value)).toContain('LAPORAN HASIL MEDIA MONITORING');
    expect(String(sheet.getCell('A2').value)).toContain('1–30 November 2026');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'No',
      'Tanggal',
      'Media',
      'Jenis',
      'Judul',
      'Nada',
      'Isu',
      'Tautan',
    ]);
    expect(sheet.rowCount - 3).toBe(60);
    expect(sheet.getCell('A4').value).toBe(1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  test('links each online article', () => {
    const sheet = book.getWorksheet('Lampiran');
    const first = report.annex.find((r) => r.url);
    const cell = sheet?.getCell(3 + (first?.no ?? 0), 8);
    expect(cell?.value).toMatchObject({ hyperlink: first?.url });
    // Print clippings have no address.
    const clipping = report.annex.find((r) => !r.url);
    expect(sheet?.getCell(3 + (clipping?.no ?? 0), 8).value ?? null).toBeNull();
  });

  test('summarises the chapters’ tables under their captions, numbers as numbers', () => {
    const sheet = book.getWorksheet('Ringkasan');
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    const captions = rows.map((r) => r[1]).filter((v) => typeof v === 'string' && v.startsWith('Tabel '));
    expect(captions).toEqual([
      'Tabel 1. Jumlah pemberitaan menurut nada',
      'Tabel 2. Media dengan pemberitaan terbanyak',
      'Tabel 3. Isu utama menurut jumlah dan nada pemberitaan',
      'Tabel 4. Rekomendasi tindak lanjut dan perangkat daerah penanggung jawab',
    ]);
    const positive = rows.find((r) => r[1] === 'Positif');
    expect(positive?.slice(1, 3)).toEqual(['Positif', 246]);
    expect(positive?.[3]).toBeCloseTo(0.297, 6);
  });
});

describe('charts', () => {
  const [daily, tone] = report.charts;

  test('draw as SVG with the series named in the legend', () => {
    const svg = chartSvg(daily);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of ['Positif', 'Netral', 'Negatif']) expect(svg).toContain(`>${name}<`);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  test('colour the tones as the dashboard does: green Positif, grey Netral, red Negatif', () => {
    const svg = chartSvg(tone).toLowerCase();
    for (const colour of ['#2b8a3e', '#868e96', '#c92a2a']) expect(svg).toContain(colour);
  });

  test('rasterise to a PNG wide enough for a page', () => {
    const png = chartPng(daily, { width: 640, height: 320 });
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png).width).toBeGreaterThan(300);
  });
});
