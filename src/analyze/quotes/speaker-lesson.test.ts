// What one "this quote's speaker is X" teaches, and how attribution uses what a workspace learnt:
// a person the sentence is about takes the "ujarnya" that follows, a title written alone goes to
// its learnt holder unless the article names one, and nothing is learnt that the text does not show.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.ts';
import { findQuotes } from './index.ts';
import type { KnownSpeakers } from './known-speakers.ts';
import { speakerLesson } from './speaker-lesson.ts';

const OFFICE =
  'Banjir merendam Cibeureum. Kadis PU Sukamaju Bambang Irawan meninjau tanggul bersama Sekretaris Dinas ' +
  'PU Dedi Kurniawan. “Pompa tambahan tiba Senin,” kata Kadis PU.';
const quoteSpan = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};
const wasKadis = { speaker: 'Kadis PU', role: 'Kadis PU' };

describe('what a speaker correction teaches', () => {
  it('learns the holder of a title only for a person the text shows with it', () => {
    const span = quoteSpan(OFFICE, 'Pompa tambahan tiba Senin');
    expect(speakerLesson(OFFICE, { ...span, speaker: 'Bambang Irawan', was: wasKadis })).toEqual({
      person: 'Bambang Irawan',
      shortForms: [],
      holder: { title: 'Kadis PU', person: 'Bambang Irawan' },
    });
    // Dedi is the office's secretary in the text, not its head: he is known, the title is not his.
    expect(speakerLesson(OFFICE, { ...span, speaker: 'Dedi Kurniawan', was: wasKadis })).toEqual({
      person: 'Dedi Kurniawan',
      shortForms: [],
      holder: null,
    });
    // Without knowing what the analysis had said, no title is learnt at all.
    expect(speakerLesson(OFFICE, { ...span, speaker: 'Bambang Irawan' }).holder).toBeNull();
  });

  it('reads the title after the name too, and a longer name with its shorter form in the text', () => {
    const text = 'Bambang Irawan, Kadis PU, turun ke tanggul. “Pompa tambahan tiba Senin,” kata Kadis PU.';
    const lesson = speakerLesson(text, {
      ...quoteSpan(text, 'Pompa tambahan tiba Senin'),
      speaker: 'Ir. Bambang Irawan',
      was: wasKadis,
    });
    expect(lesson).toEqual({
      person: 'Ir. Bambang Irawan',
      shortForms: ['Bambang Irawan'],
      holder: { title: 'Kadis PU', person: 'Ir. Bambang Irawan' },
    });
  });

  it('learns no person from a description, and no one-word form of a name', () => {
    const text = 'Fajar berorasi di depan balai kota. “Wali kota gagal melindungi warganya,” ujar Fajar.';
    const span = quoteSpan(text, 'Wali kota gagal melindungi warganya');
    expect(speakerLesson(text, { ...span, speaker: 'koordinator aksi' }).person).toBeNull();
    expect(speakerLesson(text, { ...span, speaker: 'Kadis PU' }).person).toBeNull();
    expect(speakerLesson(text, { ...span, speaker: 'Fajar Nugraha' })).toEqual({
      person: 'Fajar Nugraha',
      shortForms: [],
      holder: null,
    });
  });
});

/** The recogniser's mention of a person, as the analysis passes it to the quote finder. */
function persons(text: string, ...names: string[]): Entity[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { type: 'PER', text: name, start, end: start + name.length, canonical: name, role: null };
  });
}

const MAYOR = 'Wali Kota Sukamaju Arief Wicaksono meninjau pengungsian di masjid. ';
const KNOWN: KnownSpeakers = {
  people: ['Siti Rohmah'],
  holders: [{ title: 'Kadis PU', person: 'Bambang Irawan' }],
};
const speakers = (text: string, known?: KnownSpeakers) =>
  findQuotes(text, { entities: persons(text, 'Arief Wicaksono', 'Siti Rohmah'), known }).map(
    (q) => q.speakerCanonical,
  );

describe('attribution with what the workspace learnt', () => {
  it('gives "ujarnya" to a known speaker the sentence is about, not the official before her', () => {
    const text = `${MAYOR}Di pengungsian, Siti Rohmah menggendong anaknya. “Kami belum makan sejak pagi,” ujarnya.`;
    expect(speakers(text)).toEqual(['Arief Wicaksono']);
    expect(speakers(text, KNOWN)).toEqual(['Siti Rohmah']);
  });

  it('keeps "ujarnya" with the official when the sentence is about him', () => {
    for (const opener of ['Ia menemui', 'Wali Kota menemui']) {
      const text = `${MAYOR}${opener} Siti Rohmah di dapur umum. “Selimut kami kirim malam ini,” ujarnya.`;
      expect(speakers(text, KNOWN)).toEqual(['Arief Wicaksono']);
    }
  });

  it('gives a title written alone to its learnt holder, unless the article names one', () => {
    const alone = `${MAYOR}“Dua pompa sudah terpasang,” kata Kadis PU.`;
    expect(speakers(alone)).toEqual(['Kadis PU']);
    expect(findQuotes(alone, { known: KNOWN })[0]).toMatchObject({
      speaker: 'Bambang Irawan',
      speakerCanonical: 'Bambang Irawan',
      role: 'Kadis PU',
    });
    const named = 'Kadis PU Hendra Gunawan meninjau tanggul. “Dua pompa sudah terpasang,” kata Kadis PU.';
    expect(findQuotes(named, { known: KNOWN })[0]?.speakerCanonical).toBe('Hendra Gunawan');
  });
});
