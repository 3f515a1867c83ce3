// Clippings as an office adds them, read through the real path: an e-paper PDF page (two articles
// in two columns, each under its headline) read from its text layer — no OCR, so quick enough to
// make one per test that needs a fresh one.
import type { Workspace } from '../../src/domain/workspace.ts';
import { systemCtx, withWorkspace } from '../../src/kernel/ctx.ts';
import type { Store } from '../../src/kernel/db/connect.ts';
import { createClippingReader } from '../../src/kernel/sandbox/clipping-reader.ts';
import type { PageAnalyser } from '../../src/kernel/sandbox/page-pool.ts';
import { readClipping } from '../../src/modules/clippings/clipping-reading.service.ts';
import { addClipping, getClipping } from '../../src/modules/clippings/clippings.service.ts';
import { renderPdf } from '../../src/report/pdf.ts';

export interface EpaperArticle {
  title: string;
  paragraphs: string[];
}

export const MARKET: EpaperArticle = {
  title: 'Pasar Induk Sukamaju Dibuka Kembali Setelah Renovasi',
  paragraphs: [
    'SUKAMAJU — Pemerintah Kota Sukamaju membuka kembali Pasar Induk Sukamaju pada Senin pagi setelah renovasi selama delapan bulan dengan anggaran Rp 24 miliar.',
    'Wali Kota Sukamaju Hendra Wijaya mengatakan los pedagang kini lebih lebar dan saluran air diperbaiki sehingga pasar tidak lagi tergenang saat hujan deras.',
    'Sebanyak 1.250 pedagang kembali menempati kios mereka. Dinas Perdagangan memastikan tarif retribusi tidak naik hingga akhir tahun anggaran.',
  ],
};

export const RIVER: EpaperArticle = {
  title: 'Warga Keluhkan Sampah di Sungai Cibeureum',
  paragraphs: [
    'Warga Kelurahan Sukasari mengeluhkan tumpukan sampah di bantaran Sungai Cibeurenm yang menimbulkan bau tidak sedap sejak awal pekan.',
    'Ketua RW 05 Asep Suryana meminta Dinas Lingkungan Hidup menambah armada pengangkut sampah dan memasang papan larangan membuang sampah.',
    'Kepala Dinas Lingkungan Hidup berjanji mengerahkan petugas kebersihan pada Kamis untuk membersihkan aliran sungai tersebut.',
  ],
};

/** A two-column e-paper page: each article's headline over its own column. */
export function epaperPdf(articles: EpaperArticle[] = [MARKET, RIVER]): Promise<Buffer> {
  const column = (a: EpaperArticle) => ({
    stack: [
      { text: a.title, fontSize: 20, bold: true, margin: [0, 0, 0, 10] },
      ...a.paragraphs.map((p) => ({ text: p, fontSize: 10, margin: [0, 0, 0, 8] })),
    ],
  });
  return renderPdf({
    pageSize: 'A4',
    content: [{ columns: articles.map(column), columnGap: 36 }],
  } as never);
}

/** A read clipping of the workspace: its id, its page and the whole-page article made at once. */
export async function buildClipping(
  store: Store,
  workspace: Workspace,
  pages: PageAnalyser,
  outlet = 'Radar Sukamaju',
): Promise<{ id: number; pageId: number; articleId: number }> {
  const ctx = withWorkspace(systemCtx(store), workspace);
  const clipping = await addClipping(ctx, {
    fileName: 'hal-3.pdf',
    bytes: await epaperPdf(),
    outlet,
    date: '2026-11-30',
    page: 3,
    readNow: true,
  });
  const reader = createClippingReader({ processes: 0 });
  try {
    await readClipping({ store, clippings: reader, pages }, clipping.id);
  } finally {
    await reader.close();
  }
  const [page] = (await getClipping(ctx, clipping.id)).pages;
  return { id: clipping.id, pageId: page.id, articleId: page.regions[0].articleId as number };
}
