// The printed annex: the PDF and the DOCX list the first articles and say where the rest are; the
// XLSX always lists every one.
import { describe, expect, test } from 'vitest';
import { pdfText, zipEntry } from '../../../test/support/documents.ts';
import type { MonitoringReport } from './model.ts';
import { PRINTED_ANNEX_LIMIT, printedAnnex } from './outline.ts';
import { renderReportDocx } from './render-docx.ts';
import { renderReportPdf } from './render-pdf.ts';
import { renderAnnexXlsx } from './render-xlsx.ts';
import { sampleReport } from './report.fixture.ts';

/** A report whose annex titles tell the rows apart ("Artikel uji 7"). */
function reportWith(rows: number): MonitoringReport {
  const report = sampleReport(rows);
  return { ...report, annex: report.annex.map((r) => ({ ...r, title: `Artikel uji ${r.no}` })) };
}

const LIMIT = 5;
const REST_LINE = '… dan 7 artikel lainnya tercantum lengkap di lampiran annex.xlsx.';

describe('the printed annex', () => {
  const report = reportWith(12);

  test('the PDF prints the first rows, then says how many more the XLSX holds', async () => {
    const text = (await pdfText(await renderReportPdf(report, { annexLimit: LIMIT }))).replace(/\s+/g, ' ');
    expect(text).toContain('Daftar 5 berita pertama (urut waktu terbit) dari 12 berita yang dipantau');
    expect(text).toMatch(/Artikel uji 5\b/);
    expect(text).not.toMatch(/Artikel uji 6\b/);
    expect(text).toContain(REST_LINE);
  });

  test('the DOCX lists the same rows and the same line', async () => {
    const xml = await zipEntry(await renderReportDocx(report, { annexLimit: LIMIT }), 'word/document.xml');
    expect(xml).toMatch(/Artikel uji 5</);
    expect(xml).not.toMatch(/Artikel uji 6</);
    expect(xml).toContain(REST_LINE);
  });

  test('the XLSX lists every article', async () => {
    const sheet = await zipEntry(await renderAnnexXlsx(report), 'xl/worksheets/sheet1.xml');
    for (let no = 1; no <= 12; no++) expect(sheet).toContain(`>Artikel uji ${no}<`);
  });

  test('a download names its own XLSX; an annex within the limit has no such line', async () => {
    const named = await zipEntry(
      await renderReportDocx(report, { annexLimit: LIMIT, annexFile: 'lampiran-laporan-4.xlsx' }),
      'word/document.xml',
    );
    expect(named).toContain('… dan 7 artikel lainnya tercantum lengkap di lampiran lampiran-laporan-4.xlsx.');
    const whole = (await pdfText(await renderReportPdf(report))).replace(/\s+/g, ' ');
    expect(whole).toContain('Daftar 12 berita yang dipantau');
    expect(whole).toMatch(/Artikel uji 12\b/);
    expect(whole).not.toContain('artikel lainnya');
  });

  test(`by default the PDF and DOCX list the first ${PRINTED_ANNEX_LIMIT} articles`, () => {
    const annex = printedAnnex(reportWith(PRINTED_ANNEX_LIMIT + 3));
    expect(annex.rows).toHaveLength(PRINTED_ANNEX_LIMIT);
    expect(annex.rows.at(-1)?.no).toBe(PRINTED_ANNEX_LIMIT);
    expect(annex.rest).toBe('… dan 3 artikel lainnya tercantum lengkap di lampiran annex.xlsx.');
  });
});
