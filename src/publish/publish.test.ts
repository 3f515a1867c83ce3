// The pure parts of publishing: what counts as a pickup, what a public page may contain, and when a
// drafted release is ready for the public.
import { describe, expect, test } from 'vitest';
import { doc, paragraph, text } from '../report/rich-text.ts';
import { richHtml } from './html.ts';
import { type MaterialContent, releaseText, slugOf, unfilledBlanks } from './material.ts';
import { releasePage } from './newsroom-pages.ts';
import { matchArticle, releasePrint } from './pickup-match.ts';
import { draftRelease } from './release-draft.ts';

const QUOTE = 'Kami menurunkan dua puluh pompa air dan membuka dapur umum sampai air benar-benar surut';
const FACTS = [
  'Dinas Pekerjaan Umum mencatat genangan rob setinggi empat puluh sentimeter di tiga rukun warga sejak Senin malam.',
  'Badan Penanggulangan Bencana Daerah memindahkan seratus dua puluh warga lanjut usia ke balai kelurahan.',
  'Pemerintah kota menyiapkan anggaran tanggap darurat untuk perbaikan tanggul laut sepanjang delapan ratus meter.',
];
const release: MaterialContent = {
  title: 'Pemkot Tangani Banjir Rob Pesisir Utara',
  lead: 'SEMARANG — Pemerintah kota menangani banjir rob di pesisir utara.',
  body: doc(...FACTS.map((f) => paragraph(f))),
  quote: { speaker: 'Sri Wahyuni', position: 'Kepala Dinas', text: QUOTE },
  contacts: 'Humas',
  webSummary: '',
  socialText: '',
};
const print = releasePrint({ title: release.title, text: releaseText(release), quote: QUOTE });

describe('pickup matching', () => {
  test('a whole copy with its own opening keeps nearly all of the text', () => {
    const m = matchArticle(print, { title: 'Banjir Rob', text: `KABAR — ${releaseText(release)}` });
    expect(m.kept).toBeGreaterThan(0.9);
    expect(m.pickedUp).toBe(true);
  });
  test('a copy cut short keeps a part, and still counts', () => {
    const m = matchArticle(print, { title: 'Pompa Diturunkan', text: FACTS.slice(0, 2).join(' ') });
    expect(m.kept).toBeGreaterThan(0.3);
    expect(m.kept).toBeLessThan(0.8);
    expect(m.pickedUp).toBe(true);
  });
  test('a rewrite around the official quote counts by the quote', () => {
    const m = matchArticle(print, {
      title: 'Dapur Umum Dibuka',
      text: `Warga pesisir makan di dapur umum. Kepala dinas berkata, "${QUOTE}." Warga bertahan di rumah.`,
    });
    expect(m.quoteMatch).toBe(true);
    expect(m.pickedUp).toBe(true);
  });
  test('another story on the same flood does not count', () => {
    const m = matchArticle(print, {
      title: 'Nelayan Tak Melaut karena Rob',
      text: 'Nelayan pesisir utara memilih menambatkan perahu selama banjir rob. Harga ikan naik karena pasokan berkurang. Mereka berharap tanggul laut segera diperbaiki.',
    });
    expect(m).toMatchObject({ pickedUp: false, quoteMatch: false, titleMatch: false });
    expect(m.kept).toBeLessThan(0.05);
  });
});

describe('public pages', () => {
  test('typed markup is text, and only web links become links', () => {
    const html = richHtml(
      doc(
        paragraph('<script>alert(1)</script>'),
        paragraph(text('klik', { type: 'link', attrs: { href: 'javascript:alert(1)' } })),
        paragraph(text('situs', { type: 'link', attrs: { href: 'https://kominfo.go.id/' } })),
      ),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://kominfo.go.id/"');
  });
  test('schema.org data cannot close its script element', () => {
    const page = releasePage(
      { title: 'Ruang Berita', government: 'Pemkot', base: 'https://x.example/newsroom', path: '/newsroom' },
      {
        slug: 'a',
        title: '</script><script>alert(1)</script>',
        lead: 'x',
        publishedAt: '2026-12-07T01:00:00.000Z',
        publishedLabel: '7 Des 2026',
        corrected: false,
        body: doc(),
        quote: null,
        contacts: '',
        updatedAt: '2026-12-07T01:00:00.000Z',
        corrections: [],
      },
    );
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('\\u003c/script\\u003e');
  });
});

describe('drafting', () => {
  test('a draft names what the news said and leaves the government’s facts as blanks', () => {
    const draft = draftRelease(
      {
        issue: {
          id: 1,
          label: 'banjir rob Tambaklorok',
          summary: 'Rob merendam tiga RW.',
          articles: 12,
          firstAt: '',
          lastAt: '',
        },
        tones: { positive: 1, neutral: 3, negative: 8 },
        trend: [],
        topOutlets: [{ outlet: 'Kabar Pesisir', articles: 5 }],
        articles: [],
        quotes: [
          {
            articleId: 1,
            speaker: 'Suparmi',
            role: null,
            text: 'Kami sudah tiga hari terendam tanpa bantuan',
          },
        ],
        crisis: { level: 'siaga', reason: '8 artikel negatif' },
      },
      {
        government: 'Pemerintah Kota Semarang',
        place: 'Semarang',
        dateLabel: '7 Desember 2026',
        office: 'Humas',
      },
    );
    expect(draft.lead).toContain('12 artikel');
    expect(draft.lead).toContain('Kabar Pesisir');
    expect(JSON.stringify(draft.body)).toContain('Kami sudah tiga hari terendam');
    expect(unfilledBlanks(draft).length).toBeGreaterThanOrEqual(3);
    expect(draft.socialText.length).toBeLessThanOrEqual(280);
    expect(unfilledBlanks(release)).toEqual([]);
  });
  test('addresses are plain ASCII words', () => {
    expect(slugOf('Pemkot Tangani Banjir Rob: Tahap Ⅱ — “Darurat”!')).toBe(
      'pemkot-tangani-banjir-rob-tahap-ii-darurat',
    );
  });
});
