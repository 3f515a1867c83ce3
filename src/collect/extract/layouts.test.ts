// Main text on the layouts where a container-picking extractor goes wrong: a story split by ads
// and "Baca Juga" boxes, a short item under a comment thread, and a category page of teasers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PantauError } from '../../domain/errors.ts';
import { extractArticle } from './index.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

describe('a story split into several body blocks by an ad and a "Baca Juga" box', () => {
  const text = extractArticle(fixture('split-paragraphs.html')).text ?? '';

  it('joins every block of the story, in order', () => {
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^SUKAMAJU - Pemerintah Kabupaten Sukamaju menyalurkan/);
    expect(paragraphs[2]).toMatch(/^"Kami ingin produktivitas naik/);
    expect(paragraphs[4]).toMatch(/^Ketua Kelompok Tani Sri Rejeki/);
  });

  it('leaves out the ad marker, the inserted link and the popular list', () => {
    expect(text).not.toMatch(/ADVERTISEMENT|Baca Juga|Harga Gabah|Terpopuler|Jalan Provinsi/);
  });
});

describe('a two-paragraph item followed by share bar, author box, related posts and comments', () => {
  const text = extractArticle(fixture('short-news-comments.html')).text ?? '';

  it('returns the short story itself, not the longer comment thread', () => {
    expect(text.split('\n\n')).toEqual([
      expect.stringMatching(/^KARANGREJO - Posyandu Mawar di Desa Karangrejo menggelar imunisasi gratis/),
      expect.stringMatching(/^Bidan desa, Sri Wahyuni, meminta orang tua/),
    ]);
  });

  it('keeps comments, the writer bio, related posts, tags and share buttons out', () => {
    expect(text).not.toMatch(
      /Terima kasih infonya|Komentar|kontributor desa|Layanan malam|posyandu imunisasi|WhatsApp/,
    );
  });
});

describe('a category page listing teasers of other stories', () => {
  it('reports no article text instead of the teasers run together', () => {
    let error: unknown;
    try {
      extractArticle(fixture('category-listing.html'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PantauError);
    expect((error as PantauError).code).toBe('no_content');
  });

  it('still extracts a short story that declares itself an article above a related list', () => {
    const page = fixture('category-listing.html')
      .replace('content="website"', 'content="article"')
      .replace(
        '<div class="list-berita">',
        '<p>SUKAMAJU - Bupati meninjau lokasi banjir di Desa Cibeureum pada Senin pagi bersama camat dan petugas BPBD.</p><div class="list-berita">',
      );
    expect(extractArticle(page).text).toMatch(/^SUKAMAJU - Bupati meninjau lokasi banjir/);
  });
});
