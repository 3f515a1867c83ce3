// Reading order, article regions and region text of newspaper pages, from hand-written line boxes
// (300 dpi: body lines 40 px tall on a 52 px pitch, headlines 80 px, gutters 60 px).
import { describe, expect, it } from 'vitest';
import { joinLines, proposeRegions, readingOrder, textInRegion } from './layout.ts';
import type { Box, TextLine } from './types.ts';

const PAGE = { width: 2480, height: 3508 };
const line = (text: string, x: number, y: number, w: number, h = 40): TextLine => ({
  text,
  box: { x, y, w, h },
  confidence: 90,
});

/** Body lines down one column; an empty string leaves a blank line (a paragraph break). */
function column(x: number, top: number, texts: string[], width = 700): TextLine[] {
  const out: TextLine[] = [];
  texts.forEach((text, i) => {
    if (text) out.push(line(text, x, top + i * 52, width));
  });
  return out;
}

const headline = (text: string, x: number, y: number, w: number) => line(text, x, y, w, 80);
const texts = (lines: TextLine[]) => lines.map((l) => l.text);
/** Shuffled the same way every run: OCR and text layers give lines in no useful order. */
const shuffled = <T>(items: T[]): T[] => {
  const out = [...items];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};
const contains = (box: Box, l: TextLine) =>
  l.box.x >= box.x &&
  l.box.y >= box.y &&
  l.box.x + l.box.w <= box.x + box.w &&
  l.box.y + l.box.h <= box.y + box.h;

describe('readingOrder', () => {
  it('reads a three-column page column by column under a headline spanning all three', () => {
    const head = headline('Pemkot Sukamaju Perbaiki Jalan Rusak', 150, 150, 2180);
    const c1 = column(150, 300, ['satu a', 'satu b', 'satu c', 'satu d']);
    const c2 = column(890, 300, ['dua a', 'dua b', 'dua c']);
    const c3 = column(1630, 300, ['tiga a', 'tiga b', '', 'tiga c']);
    const ordered = readingOrder(shuffled([head, ...c1, ...c2, ...c3]));
    expect(texts(ordered)).toEqual([
      'Pemkot Sukamaju Perbaiki Jalan Rusak',
      ...['satu a', 'satu b', 'satu c', 'satu d'],
      ...['dua a', 'dua b', 'dua c'],
      ...['tiga a', 'tiga b', 'tiga c'],
    ]);
  });

  it('reads two stacked two-column articles one after the other', () => {
    const page = [
      headline('Harga Beras Naik', 150, 150, 1500),
      ...column(150, 300, ['A kiri 1', 'A kiri 2'], 1060),
      ...column(1270, 300, ['A kanan 1', 'A kanan 2'], 1060),
      headline('DPRD Setujui Perda Sampah', 150, 560, 1800),
      ...column(150, 710, ['B kiri 1', 'B kiri 2'], 1060),
      ...column(1270, 710, ['B kanan 1'], 1060),
    ];
    expect(texts(readingOrder(shuffled(page)))).toEqual([
      'Harga Beras Naik',
      'A kiri 1',
      'A kiri 2',
      'A kanan 1',
      'A kanan 2',
      'DPRD Setujui Perda Sampah',
      'B kiri 1',
      'B kiri 2',
      'B kanan 1',
    ]);
  });

  it('reads an article in three columns whose neighbour fills the fourth column to the bottom', () => {
    // Left: headline over columns 1-2; right: an article down column 3 from the page top.
    const page = [
      headline('Banjir Rendam Dua Kelurahan', 150, 150, 1400),
      ...column(150, 300, ['kiri 1', 'kiri 2', 'kiri 3']),
      ...column(890, 300, ['tengah 1', 'tengah 2']),
      headline('Festival', 1630, 150, 500),
      ...column(1630, 300, ['kanan 1', 'kanan 2', 'kanan 3', 'kanan 4', 'kanan 5', 'kanan 6']),
    ];
    expect(texts(readingOrder(shuffled(page)))).toEqual([
      'Banjir Rendam Dua Kelurahan',
      'kiri 1',
      'kiri 2',
      'kiri 3',
      'tengah 1',
      'tengah 2',
      'Festival',
      ...['kanan 1', 'kanan 2', 'kanan 3', 'kanan 4', 'kanan 5', 'kanan 6'],
    ]);
  });

  it('does not let a speck in the gutter join two columns into rows', () => {
    const c1 = column(150, 300, ['kiri 1', 'kiri 2', 'kiri 3']);
    const c2 = column(890, 300, ['kanan 1', 'kanan 2', 'kanan 3']);
    const speck: TextLine = { text: '.', box: { x: 845, y: 360, w: 8, h: 8 }, confidence: 20 };
    const ordered = texts(readingOrder(shuffled([...c1, speck, ...c2]))).filter((t) => t !== '.');
    expect(ordered).toEqual(['kiri 1', 'kiri 2', 'kiri 3', 'kanan 1', 'kanan 2', 'kanan 3']);
  });
});

describe('proposeRegions', () => {
  it('proposes one region for a page without a headline', () => {
    const page = [...column(150, 200, ['kiri 1', 'kiri 2']), ...column(890, 200, ['kanan 1', 'kanan 2'])];
    const regions = proposeRegions(page, PAGE);
    expect(regions).toHaveLength(1);
    for (const l of page) expect(contains(regions[0] as Box, l)).toBe(true);
  });

  it('proposes two stacked articles, top one first, each holding its own lines only', () => {
    const a = [headline('Harga Beras Naik', 150, 150, 1500), ...column(150, 300, ['A 1', 'A 2'], 2180)];
    const b = [headline('DPRD Setujui Perda', 150, 560, 1800), ...column(150, 710, ['B 1', 'B 2'], 2180)];
    const regions = proposeRegions(shuffled([...a, ...b]), PAGE);
    expect(regions).toHaveLength(2);
    const [first, second] = regions as [Box, Box];
    for (const l of a) expect(contains(first, l)).toBe(true);
    for (const l of b) expect(contains(second, l)).toBe(true);
    expect(textInRegion([...a, ...b], first).title).toBe('Harga Beras Naik');
    expect(textInRegion([...a, ...b], second).title).toBe('DPRD Setujui Perda');
  });

  it('proposes two articles side by side, left first, the left one owning both columns under its headline', () => {
    const left = [
      headline('Banjir Rendam Dua Kelurahan', 150, 150, 1400),
      ...column(150, 300, ['Hujan deras sejak', 'Minggu malam membuat', 'air sungai meluap']),
      ...column(890, 300, ['ke permukiman warga', 'di dua kelurahan.']),
    ];
    const right = [
      headline('Festival Kuliner', 1630, 150, 650),
      ...column(1630, 300, ['Festival kuliner', 'digelar di alun-alun', 'kota pekan depan.']),
    ];
    const all = shuffled([...left, ...right]);
    const regions = proposeRegions(all, PAGE);
    expect(regions).toHaveLength(2);
    const [first, second] = regions as [Box, Box];
    expect(textInRegion(all, first)).toEqual({
      title: 'Banjir Rendam Dua Kelurahan',
      text: 'Hujan deras sejak Minggu malam membuat air sungai meluap ke permukiman warga di dua kelurahan.',
    });
    expect(textInRegion(all, second)).toEqual({
      title: 'Festival Kuliner',
      text: 'Festival kuliner digelar di alun-alun kota pekan depan.',
    });
  });

  it('keeps the lines above the first headline (an article continued from another page) apart', () => {
    const tail = column(150, 150, ['lanjutan dari halaman satu', 'berita sebelumnya.'], 2180);
    const article = [
      headline('Pasar Induk Dibenahi', 150, 400, 1500),
      ...column(150, 550, ['Isi berita'], 2180),
    ];
    const regions = proposeRegions([...article, ...tail], PAGE);
    expect(regions).toHaveLength(2);
    expect(textInRegion([...article, ...tail], regions[0] as Box)).toEqual({
      title: null,
      text: 'lanjutan dari halaman satu berita sebelumnya.',
    });
    expect(textInRegion([...article, ...tail], regions[1] as Box).title).toBe('Pasar Induk Dibenahi');
  });
});

describe('textInRegion', () => {
  it('joins a two-line headline and reads the body across columns with paragraphs and broken words joined', () => {
    const page = [
      headline('Pemkot Sukamaju Perbaiki', 150, 150, 1400),
      headline('Jalan Rusak', 150, 240, 700),
      ...column(150, 400, [
        'SUKAMAJU - Pemerintah',
        'kota mulai memperbaiki',
        'jalan rusak.',
        '',
        'Kepala Dinas PU, Budi',
        'Santoso, mengatakan pemerin-',
      ]),
      ...column(890, 400, ['tah menyiapkan anggaran', 'untuk anak-', 'anak sekolah.']),
    ];
    const whole = { x: 0, y: 0, w: PAGE.width, h: PAGE.height };
    expect(textInRegion(shuffled(page), whole)).toEqual({
      title: 'Pemkot Sukamaju Perbaiki Jalan Rusak',
      text:
        'SUKAMAJU - Pemerintah kota mulai memperbaiki jalan rusak.\n\n' +
        'Kepala Dinas PU, Budi Santoso, mengatakan pemerintah menyiapkan anggaran untuk anak-anak sekolah.',
    });
  });

  it('starts a paragraph at an indented line even without extra space', () => {
    const page = [
      line('Paragraf pertama yang', 150, 200, 700),
      line('selesai di sini.', 150, 252, 300),
      line('Paragraf kedua dimulai', 190, 304, 660),
      line('dengan inden.', 150, 356, 280),
    ];
    expect(textInRegion(page, { x: 0, y: 0, w: 1000, h: 1000 })).toEqual({
      title: null,
      text: 'Paragraf pertama yang selesai di sini.\n\nParagraf kedua dimulai dengan inden.',
    });
  });

  it('leaves out lines whose centre lies outside the region', () => {
    const page = [...column(150, 200, ['di dalam kotak']), ...column(890, 200, ['di luar kotak'])];
    expect(textInRegion(page, { x: 100, y: 100, w: 760, h: 400 }).text).toBe('di dalam kotak');
  });
});

describe('joinLines', () => {
  it.each([
    ['pemerin-', 'tah kota', 'pemerintah kota'],
    ['anak-', 'anak sekolah', 'anak-anak sekolah'],
    ['sehari-', 'hari', 'sehari-hari'],
    ['sebaik-', 'baiknya', 'sebaik-baiknya'],
    ['Jawa-', 'Barat', 'Jawa-Barat'],
    ['kata', 'Budi', 'kata Budi'],
    ['pem\u00ad', 'bangunan', 'pembangunan'],
  ])('%s + %s = %s', (a, b, joined) => {
    expect(joinLines(a, b)).toBe(joined);
  });
});

describe('headlines', () => {
  it('takes a headline line without descenders, only a little taller than body text, as part of the headline above it', () => {
    const page = [
      line('DBD Meningkat,', 1660, 1000, 568, 62),
      line('Dinkes Gencarkan', 1660, 1072, 630, 48),
      line('Pemberantasan', 1660, 1144, 532, 48),
      line('Sarang Nyamuk', 1662, 1216, 548, 62),
      ...column(1660, 1318, [
        'SUKAMAJU - Dinas Kesehatan Kota',
        'Sukamaju mencatat 186 kasus demam',
        'berdarah dengue sejak Januari hingga',
        'pertengahan Oktober 2026, naik hampir',
        'dua kali lipat dibanding periode yang',
        'sama tahun lalu.',
      ]),
    ];
    const regions = proposeRegions(shuffled(page), PAGE);
    expect(regions).toHaveLength(1);
    expect(textInRegion(page, regions[0] as Box)).toEqual({
      title: 'DBD Meningkat, Dinkes Gencarkan Pemberantasan Sarang Nyamuk',
      text:
        'SUKAMAJU - Dinas Kesehatan Kota Sukamaju mencatat 186 kasus demam berdarah dengue sejak Januari ' +
        'hingga pertengahan Oktober 2026, naik hampir dua kali lipat dibanding periode yang sama tahun lalu.',
    });
  });
});
