// What a list shows for an article: a print clipping never shows its internal kliping: address.
import { describe, expect, it } from 'vitest';
import { headline, isPrintArticle } from '../../web/src/app/format/headline.ts';

describe('headline', () => {
  it('is the title whenever there is one', () => {
    expect(headline({ title: 'Banjir di Cibeureum', url: 'kliping:4/0,0,10,10' }, 'Kliping cetak')).toBe(
      'Banjir di Cibeureum',
    );
  });

  it('names an untitled print clipping as one, whether the list says its medium or not', () => {
    expect(headline({ title: null, url: 'kliping:4/0,0,2480,3508' }, 'Kliping cetak')).toBe('Kliping cetak');
    expect(headline({ title: null, url: 'kliping:9/1,2,3,4', medium: 'print' }, 'Kliping cetak')).toBe(
      'Kliping cetak',
    );
  });

  it('shows an untitled online article by its address', () => {
    expect(headline({ title: null, url: 'https://warta.test/berita/1' }, 'Kliping cetak')).toBe(
      'https://warta.test/berita/1',
    );
    expect(isPrintArticle({ title: null, url: 'https://warta.test/kliping:1' })).toBe(false);
  });
});
