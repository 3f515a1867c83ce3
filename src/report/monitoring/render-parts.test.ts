import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { PantauError } from '../../domain/errors.ts';
import { doc, paragraph, text } from '../rich-text.ts';
import { chartSvg } from './charts.ts';
import { xmlText } from './docx-annex.ts';
import { helveticaWidth, wrapLines } from './helvetica-wrap.ts';
import { parseIndonesianNumber } from './id-number.ts';
import { outlineReport, romanNumeral } from './outline.ts';
import { winAnsi } from './pdf-text.ts';
import { pngSize } from './png-size.ts';
import { reportPdfDefinition } from './render-pdf.ts';
import { sampleReport } from './report.fixture.ts';
import { richTextPdf } from './rich-text-pdf.ts';

/** Every string in a pdfmake node tree, in order: what ends up printed. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') {
    const { svg: _picture, image: _logo, link: _target, ...rest } = node as Record<string, unknown>;
    return Object.values(rest).flatMap(strings);
  }
  return [];
}

describe('outline', () => {
  test('Roman numerals as chapters are numbered', () => {
    expect([1, 2, 3, 4, 9, 10, 14, 40, 49].map(romanNumeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'IX',
      'X',
      'XIV',
      'XL',
      'XLIX',
    ]);
  });

  test('figures and tables are counted through the whole report', () => {
    const chapters = outlineReport(sampleReport(1));
    expect(chapters[1].heading).toBe('II. Statistik Pemberitaan');
    expect(chapters[1].figures.map((f) => f.caption)).toEqual([
      'Gambar 1. Jumlah berita per hari menurut nada, 1–30 November 2026',
      'Gambar 2. Komposisi nada pemberitaan',
      'Gambar 3. Delapan media dengan pemberitaan terbanyak',
    ]);
    expect(chapters[2].tables.map((t) => t.caption)).toEqual([
      'Tabel 3. Isu utama menurut jumlah dan nada pemberitaan',
    ]);
  });

  test('a section showing a chart the report does not have is refused', () => {
    const report = sampleReport(1);
    report.sections[0] = { ...report.sections[0], charts: ['hilang'] };
    expect(() => outlineReport(report)).toThrow(PantauError);
    expect(() => outlineReport(report)).toThrow(/grafik "hilang"/);
  });
});

describe('winAnsi', () => {
  test('keeps Indonesian and Latin-1 text, spells what Helvetica lacks', () => {
    expect(winAnsi('Pemberitaan turun −8% — “cukup” baik')).toBe('Pemberitaan turun -8% — “cukup” baik');
    expect(winAnsi('Café ≥ 10 → naik')).toBe('Café >= 10 -> naik');
    expect(winAnsi('e\u0301')).toBe('é');
    expect(winAnsi('苏 😀')).toBe('? ?');
  });
});

describe('wrapLines', () => {
  test('breaks a headline at spaces into lines that fit', () => {
    const lines = wrapLines(
      'Wali Kota Sukamaju Tinjau Lokasi Banjir Rob dan Salurkan Bantuan Logistik',
      120,
      7.5,
    );
    expect(lines).toEqual([
      'Wali Kota Sukamaju Tinjau Lokasi ',
      'Banjir Rob dan Salurkan Bantuan ',
      'Logistik',
    ]);
  });

  test('cuts a word longer than the line after a slash or dot where it can', () => {
    expect(wrapLines('https://regional.kompas.com/read/2026/11/12', 60, 7.5)).toEqual([
      'https://regional.',
      'kompas.com/',
      'read/2026/11/12',
    ]);
  });

  test('loses no text and never overflows', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,:'()éü-]{1,30}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.integer({ min: 30, max: 300 }), (words, width) => {
        const lines = wrapLines(words.join(' '), width, 7.5);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        for (const line of lines) expect(helveticaWidth(line.trimEnd(), 7.5)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('parseIndonesianNumber', () => {
  test('reads the numbers the tables print, as Excel should show them', () => {
    expect(parseIndonesianNumber('1.234')).toEqual({ value: 1234, numFmt: '#,##0' });
    expect(parseIndonesianNumber('828')).toEqual({ value: 828, numFmt: '#,##0' });
    expect(parseIndonesianNumber('12,5')).toEqual({ value: 12.5, numFmt: '#,##0.0' });
    expect(parseIndonesianNumber('100%')).toEqual({ value: 1, numFmt: '0%' });
    expect(parseIndonesianNumber('−8%')).toEqual({ value: -0.08, numFmt: '0%' });
    expect(parseIndonesianNumber('+12%')).toEqual({ value: 0.12, numFmt: '+0%;-0%;0%' });
    expect(parseIndonesianNumber('29,7%')?.numFmt).toBe('0.0%');
    expect(parseIndonesianNumber('29,7%')?.value).toBeCloseTo(0.297, 9);
  });

  test('leaves words, dates and English decimals alone', () => {
    for (const s of ['Cetak', '15 Des 2026', '1.5', 'baru', '', '1.2345'])
      expect(parseIndonesianNumber(s)).toBeNull();
  });
});

describe('xmlText', () => {
  test('escapes markup and drops what XML forbids', () => {
    expect(xmlText('Banjir <rob> & "pasang"\u0001\ttinggi\uFFFF')).toBe(
      'Banjir &lt;rob&gt; &amp; "pasang" tinggi',
    );
  });
});

describe('pngSize', () => {
  test('reads width and height, refuses what is not a PNG', () => {
    const header = Buffer.from('89504e470d0a1a0a0000000d4948445200000064000000780806000000', 'hex');
    expect(pngSize(header)).toEqual({ width: 100, height: 120 });
    expect(() => pngSize(Buffer.from('GIF89a-not-a-png-at-all-'))).toThrow(PantauError);
  });
});

describe('chartSvg', () => {
  test('keeps names with markup characters as text, the SVG well-formed', () => {
    const svg = chartSvg({
      key: 'x',
      title: 'Uji',
      kind: 'bar',
      unit: 'berita',
      categories: ['A & B <Kota>', 'C "D"'],
      series: [{ name: 'Berita', values: [3, 4] }],
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('A &amp; B &lt;Kota&gt;');
  });

  test('refuses series whose values do not match the categories', () => {
    const chart = {
      key: 'x',
      title: 'Uji',
      kind: 'line' as const,
      unit: 'berita',
      categories: ['1', '2'],
      series: [{ name: 'A', values: [1] }],
    };
    expect(() => chartSvg(chart)).toThrow(PantauError);
  });
});

describe('richTextPdf', () => {
  test('keeps marks, prints a link with its address, and breaks lines where the writer did', () => {
    const [node] = richTextPdf(
      doc(
        paragraph(
          text('tebal', { type: 'bold' }),
          ' ',
          text('miring', { type: 'italic' }),
          ' ',
          text('garis', { type: 'underline' }),
          { type: 'hardBreak' },
          text('Kompas', { type: 'link', attrs: { href: 'https://kompas.com/a' } }),
        ),
      ),
    );
    expect(node).toMatchObject({
      text: [
        { text: 'tebal', bold: true },
        { text: ' ' },
        { text: 'miring', italics: true },
        { text: ' ' },
        { text: 'garis', decoration: 'underline' },
        { text: '\n' },
        { text: 'Kompas', link: 'https://kompas.com/a', decoration: 'underline' },
        { text: ' (https://kompas.com/a)' },
      ],
    });
  });

  test('nests lists: numbers 1. a. i., bullets under a numbered point', () => {
    const nested = {
      type: 'doc' as const,
      content: [
        {
          type: 'orderedList' as const,
          content: [
            {
              type: 'listItem' as const,
              content: [
                paragraph('Banjir rob'),
                {
                  type: 'orderedList' as const,
                  content: [{ type: 'listItem' as const, content: [paragraph('tanggul')] }],
                },
                {
                  type: 'bulletList' as const,
                  content: [{ type: 'listItem' as const, content: [paragraph('pompa')] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const [list] = richTextPdf(nested);
    expect(list).toMatchObject({
      type: 'decimal',
      ol: [
        {
          stack: [
            { text: [{ text: 'Banjir rob' }] },
            { type: 'lower-alpha', ol: [{ text: [{ text: 'tanggul' }] }] },
            { type: 'circle', ul: [{ text: [{ text: 'pompa' }] }] },
          ],
        },
      ],
    });
  });
});

describe('reportPdfDefinition', () => {
  test('prints every annex row within the limit, and past it says where the rest are', () => {
    const report = sampleReport(30);
    const all = strings(reportPdfDefinition(report).content).join(' ');
    expect(all).toContain('Daftar 30 berita yang dipantau pada periode 1–30 November 2026.');
    const short = strings(reportPdfDefinition(report, { annexLimit: 10 }).content).join(' ');
    expect(short).toContain(
      'Daftar 10 berita pertama (urut waktu terbit) dari 30 berita yang dipantau pada periode 1–30 November 2026.',
    );
    expect(short).toContain('… dan 20 artikel lainnya tercantum lengkap di lampiran annex.xlsx.');
  });
});
