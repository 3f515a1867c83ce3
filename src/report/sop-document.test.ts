import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content } from 'pdfmake/interfaces.js';
import { describe, expect, test } from 'vitest';
import { SOP_A } from '../sop/templates/sop-a.ts';
import { SOP_B } from '../sop/templates/sop-b.ts';
import { renderSopPdf, sopDocumentDefinition } from './sop-document.ts';

/** Every string in a pdfmake node tree, in order: what ends up printed. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') {
    const { svg: _picture, ...rest } = node as Record<string, unknown>;
    return Object.values(rest).flatMap(strings);
  }
  return [];
}

/** The text pdftotext reads out of the PDF, as a reader's copy-paste would give it. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-sop-'));
  const file = join(dir, 'sop.pdf');
  try {
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('SOP document definition', () => {
  const doc = sopDocumentDefinition(SOP_A);
  const content = doc.content as Content[];

  test('is A4 landscape, the identity table first and the flowchart as SVG after it', () => {
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('landscape');
    const pictures = content.filter((c) => typeof c === 'object' && c !== null && 'svg' in c);
    expect(pictures.length).toBeGreaterThanOrEqual(1);
    for (const p of pictures) expect((p as { svg: string }).svg).toMatch(/^<svg /);
    expect(content.indexOf(pictures[0])).toBeGreaterThan(0);
  });

  test('fills the identity table as the seed does, "-" for an empty list', () => {
    const identity = strings(content[0]);
    for (const expected of [
      'PEMERINTAH KOTA TANGERANG',
      'Nomor SOP',
      '59/000.8.3.3/ III / 2025',
      'Tanggal Pembuatan',
      '3 Maret 2025',
      'Tanggal Revisi',
      'Tanggal Efektif',
      'Disahkan oleh',
      'SEKRETARIS DAERAH,',
      'HERMAN SUWARMAN',
      'Nama SOP',
      'Dasar Hukum:',
      'Kualifikasi Pelaksana:',
      'Keterkaitan:',
      'Peralatan/Perlengkapan:',
      'Peringatan:',
      'Pencatatan dan Pendataan:',
      'Tools IMA',
      'Data disimpan secara elektronik',
    ])
      expect(identity).toContain(expected);
    const related = identity.indexOf('Keterkaitan:');
    expect(identity.slice(related, related + 3)).toContain('-');
    // SOP A has no NIP: no bare "NIP." line.
    expect(identity.some((s) => s.startsWith('NIP'))).toBe(false);
    expect(strings(sopDocumentDefinition(SOP_B).content)).toContain('NIP. 19710609 199201 1 002');
  });

  test('foots every page with the SOP number and "Halaman X dari Y"', () => {
    const footer = doc.footer as (page: number, pages: number) => Content;
    const text = strings(footer(2, 3));
    expect(text).toContain('Halaman 2 dari 3');
    expect(text).toContain('SOP 59/000.8.3.3/ III / 2025');
  });
});

describe('SOP PDF', () => {
  test('SOP A prints as a PDF whose text a reader can find', async () => {
    const pdf = await renderSopPdf(SOP_A);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      'Nomor SOP',
      '59/000.8.3.3/ III / 2025',
      'HERMAN SUWARMAN',
      'Dasar Hukum',
      'Halaman 1 dari',
      'Jumlah Total Waktu',
      '390 menit',
      'Uraian Kegiatan',
      'Setuju',
    ])
      expect(text).toContain(expected);
  });

  test('SOP B prints its decision labels and its hours', async () => {
    const text = pdfText(await renderSopPdf(SOP_B));
    for (const expected of ['7-3 /SOP//2022', 'MEDIA INFORMASI', '30 jam', 'Halaman 2 dari 2'])
      expect(text).toContain(expected);
    expect(text).toMatch(/^Tidak$/m);
    expect(text).toMatch(/^Ya$/m);
  });
});
