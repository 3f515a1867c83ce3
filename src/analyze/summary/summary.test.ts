// Extractive summaries of Sukamaju stories: lead-first, no furniture, original order.
import { describe, expect, it } from 'vitest';
import { FLOOD_MARCH, ROAD_REPAIR, SOCIAL_AID } from '../keyphrases/news-fixtures.ts';
import { datelineLength, isFurniture } from './furniture.ts';
import { summarize } from './index.ts';

describe('summarize', () => {
  it('opens with the lead, without the dateline', () => {
    const summary = summarize(FLOOD_MARCH);
    expect(summary.startsWith('Banjir merendam ratusan rumah warga di Kecamatan Cibeureum')).toBe(true);
    expect(summary).not.toContain('KABAR');
  });

  it('keeps sentences whole and in the order the article has them', () => {
    const summary = summarize(ROAD_REPAIR, { sentences: 3 });
    const positions = ROAD_REPAIR.text
      .split(/(?<=[.!?"])\s+/)
      .map((s) => summary.indexOf(s.trim()))
      .filter((i) => i >= 0);
    expect(positions.length).toBe(3);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("never starts or ends inside a quotation, so a citizen's words never read as the reporter's", () => {
    const text = [
      'Banjir kembali merendam Kampung Baru sejak Minggu malam. Air setinggi satu meter masuk ke rumah warga.',
      '"Wali kota datang, foto-foto, lalu pergi. Kami kecewa karena bantuan belum datang," kata Siti Aminah, warga setempat.',
      'Pemerintah kota menyatakan sudah menyalurkan bantuan ke sejumlah posko pengungsian.',
      'Artikel ini telah tayang di SukamajuPos.com dengan judul "Banjir Lagi".',
    ].join('\n\n');
    for (const sentences of [1, 2, 3, 4, 5]) {
      const summary = summarize({ title: 'Warga Kecewa Bantuan Banjir Belum Datang', text }, { sentences });
      // The complaint appears only whole: from its opening mark to who said it.
      if (summary.includes('Kami kecewa')) {
        expect(summary).toContain('"Wali kota datang, foto-foto, lalu pergi. Kami kecewa');
        expect(summary).toContain('kata Siti Aminah');
      }
      if (summary.includes('Wali kota datang')) expect(summary).toContain('kata Siti Aminah');
      expect(summary).not.toContain('telah tayang');
      // Quotation marks in the summary come in pairs.
      expect((summary.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });

  it('never picks a "Baca juga" link or a photo caption', () => {
    const summary = summarize(FLOOD_MARCH, { sentences: 6 });
    expect(summary).not.toMatch(/Baca juga|Foto:/);
  });

  it('honours the sentence count', () => {
    expect(summarize(SOCIAL_AID, { sentences: 1 })).toBe(
      'Pemerintah Kota Sukamaju menyalurkan bantuan sosial berupa beras dan uang tunai kepada 12.000 keluarga penerima manfaat, Senin (12/5/2025).',
    );
    expect(summarize({ text: '' })).toBe('');
  });
});

describe('page furniture', () => {
  it('recognises datelines of Indonesian outlets', () => {
    for (const s of [
      'SUKAMAJU, KOMPAS.com — Banjir merendam',
      'JAKARTA (ANTARA) - Pemerintah',
      'Sukamaju (ANTARA) - Pemerintah',
      'Liputan6.com, Jakarta - Pemerintah',
      'SUKAMAJU — Banjir',
    ]) {
      expect(s.slice(datelineLength(s)), s).toMatch(/^(Banjir|Pemerintah)/);
    }
    expect(datelineLength('Dinas PUPR memulai perbaikan jalan.')).toBe(0);
    expect(datelineLength('Wali Kota Sukamaju meninjau banjir - warga mengungsi.')).toBe(0);
  });

  it('recognises captions, links and credits', () => {
    expect(isFurniture('Baca juga: Cuaca Ekstrem, BMKG Minta Warga Waspada')).toBe(true);
    expect(isFurniture('Foto: Warga mengungsi menggunakan perahu karet.')).toBe(true);
    expect(isFurniture('Editor: Rina Marlina')).toBe(true);
    expect(isFurniture('Warga mengungsi ke masjid.')).toBe(false);
  });
});
