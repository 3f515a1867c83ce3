import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import type { SopDefinition } from './definition.ts';
import { renderFlowchartPages, renderFlowchartSvg } from './render-svg.ts';
import { SOP_A } from './templates/sop-a.ts';
import { SOP_B } from './templates/sop-b.ts';

type El = ReturnType<typeof DomUtils.findAll>[number];

function parse(svg: string): El {
  const doc = parseDocument(svg, { xmlMode: true });
  const root = DomUtils.findOne((e) => e.name === 'svg', doc.children);
  if (!root) throw new Error('no <svg> root');
  return root;
}

const hasClass = (e: El, name: string) => (e.attribs.class ?? '').split(' ').includes(name);
const all = (root: El, test: (e: El) => boolean) => DomUtils.findAll(test, [root]);
const byClass = (root: El, name: string) => all(root, (e) => hasClass(e, name));
const texts = (root: El) => all(root, (e) => e.name === 'text').map((t) => DomUtils.textContent(t));
/** What a reader sees in a wrapped block: its lines joined by spaces. */
const read = (root: El) => texts(root).join(' ');
const num = (e: El, attr: string) => Number(e.attribs[attr]);

function stepRow(root: El, step: number): El {
  const row = byClass(root, 'step-row').find((r) => r.attribs['data-step'] === String(step));
  if (!row) throw new Error(`no row for step ${step}`);
  return row;
}

function cellText(root: El, step: number, column: string): string {
  const cell = byClass(stepRow(root, step), 'cell').find((c) => c.attribs['data-column'] === column);
  return cell ? read(cell) : '';
}

/** The points of an arrow's line, from "M x y L x y …". */
function arrowPoints(arrow: El): [number, number][] {
  const path = all(arrow, (e) => e.name === 'path')[0];
  const numbers = (path.attribs.d.match(/-?[\d.]+/g) ?? []).map(Number);
  const points: [number, number][] = [];
  for (let i = 0; i < numbers.length; i += 2) points.push([numbers[i], numbers[i + 1]]);
  return points;
}

const arrows = (root: El, kind: string) =>
  byClass(root, 'arrow').filter((a) => a.attribs['data-kind'] === kind);
const symbols = (root: El, kind: string) => byClass(root, 'symbol').filter((s) => hasClass(s, kind));

describe('flowchart of SOP A (Kota Tangerang, media monitoring)', () => {
  const svg = renderFlowchartSvg(SOP_A);
  const root = parse(svg);

  test('is a standalone, well-formed SVG a browser can size', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(root.attribs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attribs.viewBox).toMatch(/^0 0 [\d.]+ [\d.]+$/);
    expect(num(root, 'width')).toBeGreaterThan(700);
    expect(num(root, 'height')).toBeGreaterThan(300);
    expect(root.attribs['font-family']).toBe('sans-serif');
  });

  test('has the format header: No, Uraian Kegiatan, the executors in order, mutu baku, Keterangan', () => {
    const headings = byClass(root, 'heading');
    const heading = (column: string) => headings.filter((h) => h.attribs['data-column'] === column).map(read);
    expect(heading('no')).toEqual(['No']);
    expect(heading('activity')).toEqual(['Uraian Kegiatan']);
    expect(heading('executor')).toEqual([
      'Penelaah Teknis Kebijakan dan Pranata Humas',
      'Ketua Tim Kerja Komunikasi Pimpinan',
      'Kepala Bagian Protokol dan Komunikasi Pimpinan',
      'Asisten Administrasi Umum',
      'Wali Kota',
    ]);
    expect(heading('requirement')).toEqual(['Kelengkapan']);
    expect(heading('time')).toEqual(['Waktu']);
    expect(heading('output')).toEqual(['Output']);
    expect(heading('remarks')).toEqual(['Keterangan']);
    expect(texts(byClass(root, 'header')[0])).toEqual(expect.arrayContaining(['Pelaksana', 'Mutu Baku']));
  });

  test('has one row per step, numbered 1 to 7, with the wrapped activity text', () => {
    const rows = byClass(root, 'step-row');
    expect(rows.map((r) => cellText(root, Number(r.attribs['data-step']), 'no'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(cellText(root, 2, 'activity')).toBe('Menerima dan mengoreksi laporan hasil media monitoring.');
    expect(texts(stepRow(root, 1)).filter((t) => t.includes('Menyusun')).length).toBe(1);
    expect(
      byClass(stepRow(root, 1), 'cell').find((c) => c.attribs['data-column'] === 'activity'),
    ).toBeDefined();
  });

  test('draws a capsule for the first and last step and a process box for the five between', () => {
    const capsules = symbols(root, 'terminator');
    expect(capsules.map((c) => c.attribs['data-step'])).toEqual(['1', '7']);
    for (const c of capsules) expect(num(c, 'rx') * 2).toBe(num(c, 'height'));
    const boxes = symbols(root, 'process');
    expect(boxes.map((b) => b.attribs['data-step'])).toEqual(['2', '3', '4', '5', '6']);
    for (const b of boxes) expect(b.attribs.rx).toBeUndefined();
    expect(symbols(root, 'decision')).toHaveLength(0);
    expect(symbols(root, 'connector')).toHaveLength(0);
  });

  test('puts each symbol in its executor column', () => {
    const columnOf = (key: string) => {
      const h = byClass(root, 'heading').find((e) => e.attribs['data-executor'] === key) as El;
      const rect = all(h, (e) => e.name === 'rect')[0];
      return [num(rect, 'x'), num(rect, 'x') + num(rect, 'width')];
    };
    const symbol = (step: number) =>
      byClass(root, 'symbol').find((s) => s.attribs['data-step'] === String(step)) as El;
    const inColumn = (step: number, key: string) => {
      const s = symbol(step);
      const [left, right] = columnOf(key);
      return num(s, 'x') > left && num(s, 'x') + num(s, 'width') < right;
    };
    expect(inColumn(1, 'penelaah')).toBe(true);
    expect(inColumn(2, 'penelaah')).toBe(true);
    expect(inColumn(3, 'ketua-tim')).toBe(true);
    expect(inColumn(4, 'ketua-tim')).toBe(true);
    expect(inColumn(5, 'kepala-bagian')).toBe(true);
    expect(inColumn(6, 'wali-kota')).toBe(true);
    expect(inColumn(7, 'kepala-bagian')).toBe(true);
  });

  test('connects every step to the next with an arrowhead, step 4 passing through the assistant first', () => {
    const next = arrows(root, 'next');
    expect(next.map((a) => `${a.attribs['data-from']}>${a.attribs['data-to']}`)).toEqual([
      '1>2',
      '2>3',
      '3>4',
      '4>5',
      '5>6',
      '6>7',
    ]);
    for (const a of byClass(root, 'arrow')) expect(byClass(a, 'arrowhead')).toHaveLength(1);
    for (const a of next) {
      const points = arrowPoints(a);
      for (let i = 1; i < points.length; i++) {
        const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
        expect(x0 === x1 || y0 === y1).toBe(true); // orthogonal
        expect(y1).toBeGreaterThanOrEqual(y0); // never back up
      }
    }
    const handover = arrows(root, 'handover');
    expect(handover).toHaveLength(1);
    expect(handover[0].attribs['data-from']).toBe('4');
    const asisten = byClass(root, 'heading').find((e) => e.attribs['data-executor'] === 'asisten') as El;
    const rect = all(asisten, (e) => e.name === 'rect')[0];
    const [endX] = arrowPoints(handover[0]).at(-1) as [number, number];
    expect(endX).toBeGreaterThan(num(rect, 'x'));
    expect(endX).toBeLessThan(num(rect, 'x') + num(rect, 'width'));
  });

  test('prints "Setuju" beside the arrows of the three approving steps', () => {
    expect(byClass(root, 'flow-label').map((l) => DomUtils.textContent(l))).toEqual([
      'Setuju',
      'Setuju',
      'Setuju',
    ]);
  });

  test('fills the mutu baku columns and the total time', () => {
    expect(cellText(root, 1, 'time')).toBe('120 menit');
    expect(cellText(root, 1, 'requirement')).toBe('Tools Intelligence Media Analytics atau IMA.');
    expect(cellText(root, 1, 'output')).toBe('Draft Hasil Media Monitoring');
    expect(cellText(root, 6, 'requirement')).toBe('');
    expect(cellText(root, 7, 'time')).toBe('120 menit');
    const total = byClass(root, 'total')[0];
    expect(texts(total)).toEqual(['Jumlah Total Waktu', '390 menit']);
  });
});

describe('flowchart of SOP B (Kabupaten Trenggalek, Media Informasi)', () => {
  const root = parse(renderFlowchartSvg(SOP_B, { lang: 'id' }));

  test('draws the head of agency’s step 4 as a diamond with "Ya" and "Tidak" on its arrows', () => {
    const diamonds = symbols(root, 'decision');
    expect(diamonds).toHaveLength(1);
    expect(diamonds[0].name).toBe('polygon');
    expect(diamonds[0].attribs['data-step']).toBe('4');
    expect(diamonds[0].attribs.points.split(' ')).toHaveLength(4);
    const labels = byClass(root, 'flow-label').map((l) => DomUtils.textContent(l));
    expect(labels.sort()).toEqual(['Tidak', 'Ya']);
    expect(arrows(root, 'yes').map((a) => a.attribs['data-to'])).toEqual(['5']);
    expect(symbols(root, 'terminator').map((c) => c.attribs['data-step'])).toEqual(['1', '6']);
  });

  test('sends the NO back up along a gutter into step 2’s row', () => {
    const [no] = arrows(root, 'no');
    expect(no.attribs['data-from']).toBe('4');
    expect(no.attribs['data-to']).toBe('2');
    const points = arrowPoints(no);
    const within = (y: number, step: number) => {
      const row = stepRow(root, step);
      return y > num(row, 'data-y') && y < num(row, 'data-y') + num(row, 'data-height');
    };
    expect(within(points[0][1], 4)).toBe(true);
    const [endX, endY] = points.at(-1) as [number, number];
    expect(within(endY, 2)).toBe(true);
    const box = symbols(root, 'process').find((s) => s.attribs['data-step'] === '2') as El;
    expect(endX).toBe(num(box, 'x')); // into the box's left side
    // The upward run lies left of the box, not through it.
    const up = points.findIndex((p, i) => i > 0 && p[1] < points[i - 1][1]);
    expect(up).toBeGreaterThan(0);
    expect(points[up][0]).toBeLessThan(num(box, 'x'));
  });

  test('writes the times as the seed does, total in hours and minutes', () => {
    expect(cellText(root, 1, 'time')).toBe('30 jam');
    expect(cellText(root, 2, 'time')).toBe('1 jam');
    expect(read(byClass(root, 'total')[0])).toBe('Jumlah Total Waktu 31 jam 55 menit');
  });
});

const tiny = (activity: string, requirement = ''): SopDefinition => ({
  key: 'uji',
  identity: {
    organisation: ['DINAS UJI'],
    number: '1/UJI/2025',
    madeOn: '',
    revisedOn: '',
    effectiveOn: '',
    approvedBy: { position: '', name: '', nip: '' },
    title: 'Uji',
    legalBasis: [],
    qualifications: [],
    relatedSops: [],
    equipment: [],
    warnings: [],
    records: [],
  },
  executors: [
    { key: 'staf', title: 'Staf "Humas" & <Media>', role: 'analyst' },
    { key: 'kepala', title: 'Kepala', role: 'head' },
  ],
  steps: [
    {
      no: 1,
      activity,
      executor: 'staf',
      requirement,
      time: { amount: 1.5, unit: 'hour' },
      output: 'A',
      remarks: '',
    },
    {
      no: 2,
      activity: 'Selesai',
      executor: 'kepala',
      requirement: '',
      time: { amount: 5, unit: 'minute' },
      output: '',
      remarks: '',
    },
  ],
});

describe('escaping', () => {
  test('an activity with <script> and & stays text', () => {
    const svg = renderFlowchartSvg(tiny('Periksa <script>alert("x")</script> & kirim', 'Laptop & printer'));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp; kirim');
    const root = parse(svg);
    expect(all(root, (e) => e.name === 'script')).toHaveLength(0);
    expect(cellText(root, 1, 'activity')).toBe('Periksa <script>alert("x")</script> & kirim');
    expect(cellText(root, 1, 'requirement')).toBe('Laptop & printer');
    expect(cellText(root, 1, 'time')).toBe('1,5 jam');
    const heading = byClass(root, 'heading').find((h) => h.attribs['data-executor'] === 'staf') as El;
    expect(read(heading)).toBe('Staf "Humas" & <Media>');
  });

  test('any activity text gives well-formed XML that reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), (raw) => {
        const activity = raw.trim();
        fc.pre(activity.length > 0 && !/[\p{Cc}\p{Cs}\ufffe\uffff]/u.test(activity));
        const svg = renderFlowchartSvg(tiny(activity));
        expect(XMLValidator.validate(svg)).toBe(true);
        const lines = texts(
          byClass(stepRow(parse(svg), 1), 'cell').find((c) => c.attribs['data-column'] === 'activity') as El,
        );
        expect(lines.join('').replace(/\s/g, '')).toBe(activity.replace(/\s/g, ''));
      }),
      { numRuns: 60 },
    );
  });
});

describe('page breaks', () => {
  test('SOP A at 4 rows a page gives two pages joined by a matching pair of off-page connectors', () => {
    const pages = renderFlowchartPages(SOP_A, 4).map(parse);
    expect(pages).toHaveLength(2);
    const [first, second] = pages;
    expect(byClass(first, 'step-row').map((r) => r.attribs['data-step'])).toEqual(['1', '2', '3', '4']);
    expect(byClass(second, 'step-row').map((r) => r.attribs['data-step'])).toEqual(['5', '6', '7']);

    const [out] = symbols(first, 'connector');
    expect(symbols(first, 'connector')).toHaveLength(1);
    expect(out.name).toBe('polygon');
    expect(out.attribs.points.split(' ')).toHaveLength(5);
    const outLabel = byClass(first, 'symbol-label').map((l) => DomUtils.textContent(l));
    expect(outLabel).toEqual(['5']);
    const lastRow = stepRow(first, 4);
    const outTop = Math.min(...out.attribs.points.split(' ').map((p) => Number(p.split(',')[1])));
    expect(outTop).toBeGreaterThan(num(lastRow, 'data-y') + num(lastRow, 'data-height'));
    // Step 4's arrow ends in it.
    const into = arrows(first, 'next').find((a) => a.attribs['data-from'] === '4') as El;
    const [, endY] = arrowPoints(into).at(-1) as [number, number];
    expect(endY).toBe(outTop);

    const [entry] = symbols(second, 'connector');
    expect(symbols(second, 'connector')).toHaveLength(1);
    expect(byClass(second, 'symbol-label').map((l) => DomUtils.textContent(l))).toEqual(['5']);
    const entryTop = Math.min(...entry.attribs.points.split(' ').map((p) => Number(p.split(',')[1])));
    expect(entryTop).toBeLessThan(num(stepRow(second, 5), 'data-y'));
    expect(arrows(second, 'next').map((a) => `${a.attribs['data-from']}>${a.attribs['data-to']}`)).toEqual([
      '4>5',
      '5>6',
      '6>7',
    ]);

    // The total closes the last page only; the capsules stay on the first and last step.
    expect(byClass(first, 'total')).toHaveLength(0);
    expect(read(byClass(second, 'total')[0])).toBe('Jumlah Total Waktu 390 menit');
    expect(symbols(first, 'terminator').map((c) => c.attribs['data-step'])).toEqual(['1']);
    expect(symbols(second, 'terminator').map((c) => c.attribs['data-step'])).toEqual(['7']);
    expect(renderFlowchartSvg(SOP_A, { rowsPerPage: 4, page: 2 })).toBe(renderFlowchartPages(SOP_A, 4)[1]);
  });

  test('a NO that crosses a page break leaves and arrives through connectors named for its target', () => {
    const [first, second] = renderFlowchartPages(SOP_B, 3).map(parse);
    const labels = (root: El) =>
      byClass(root, 'symbol-label')
        .map((l) => DomUtils.textContent(l))
        .sort();
    expect(labels(first)).toEqual(['2', '4']);
    expect(labels(second)).toEqual(['2', '4']);
    expect(arrows(first, 'no').map((a) => a.attribs['data-from'])).toEqual(['4']);
    expect(arrows(second, 'no').map((a) => a.attribs['data-to'])).toEqual(['2']);
  });
});

test('an unknown executor is refused in Indonesian first', () => {
  const bad = tiny('Uji');
  bad.steps[1].executor = 'tidak-ada';
  expect(() => renderFlowchartSvg(bad)).toThrow(/tidak ada — unknown executor/);
});
