import { describe, expect, it } from 'vitest';
import { analyzeTone, toneToward } from '../article-tone.ts';
import { scoreSentence } from '../sentence-score.ts';
import { quotedRanges, toneTokens } from '../tone-tokens.ts';
import { modelSentence } from './model-hits.ts';
import { sentenceContributions, sentenceFeatures } from './sentence-features.ts';
import { shippedToneModel } from './shipped.ts';
import { CLASSES, logits, type TrainingRow, trainSoftmax } from './softmax.ts';
import { decodeWeights, encodeWeights } from './weights-file.ts';

function read(text: string) {
  const tokens = toneTokens(text, 0, text.length, quotedRanges(text));
  return { tokens, hits: scoreSentence(tokens, text).hits };
}

const SENTENCES = [
  'Banjir merendam tiga kecamatan, ribuan warga tidak bisa bekerja.',
  'Pemkot meraih penghargaan kota layak anak untuk kedua kalinya.',
  'Rapat paripurna DPRD membahas jadwal pembahasan APBD perubahan.',
  '"Kami kecewa, janji perbaikan jalan belum juga ditepati," kata Siti.',
];

describe('tone model', () => {
  it('adds up, in the product, exactly the logits it was trained on', () => {
    const model = shippedToneModel();
    for (const text of SENTENCES) {
      const { tokens, hits } = read(text);
      const trained = logits(model, sentenceFeatures(tokens, hits));
      const parts = sentenceContributions(model, tokens, hits);
      const summed = [...parts.bias];
      for (const list of [parts.tokens, parts.hits]) {
        for (let i = 0; i < list.length; i++) summed[i % CLASSES] += list[i];
      }
      for (let c = 0; c < CLASSES; c++) expect(summed[c]).toBeCloseTo(trained[c], 9);
    }
  });

  it('shares a sentence verdict among its words so that they add up to it', () => {
    const model = shippedToneModel();
    const text = SENTENCES[0];
    const { tokens, hits } = read(text);
    const sentence = modelSentence(model, tokens, hits, text);
    const [positive, negative, neutral] = sentence.probabilities;
    expect(negative).toBeGreaterThan(Math.max(positive, neutral));
    const total = sentence.hits.reduce((sum, h) => sum + h.weight, 0);
    // The margin of negative over the runner-up, on the article scale (hits under 0.03 left out).
    expect(total).toBeCloseTo(-(negative - Math.max(positive, neutral)) * 2.5, 1);
    expect(sentence.hits.map((h) => h.reason.text)).toContain('Banjir');
  });

  it("reads a citizen's complaint in a quotation as negative, with the complaint among the reasons", () => {
    const tone = analyzeTone({
      text: 'Banjir belum surut di Kampung Baru. "Wali kota datang, foto-foto, lalu pergi. Kami kecewa," kata Siti, warga setempat.',
    });
    expect(tone.label).toBe('negative');
    expect(tone.reasons.map((r) => r.text.toLowerCase())).toContain('kecewa');
  });

  it('reads a complaint about the mayor inside one quotation as tone toward the mayor', () => {
    const text =
      'Warga Kampung Baru mengeluhkan banjir yang tak kunjung surut. "Wali kota datang, foto-foto, lalu pergi. Kami kecewa," kata Siti, warga setempat.';
    const at = text.indexOf('Wali kota');
    const tone = toneToward({ text }, [{ start: at, end: at + 'Wali kota'.length }]);
    expect(tone.label).toBe('negative');
    expect(tone.reasons.map((r) => r.text.toLowerCase())).toContain('kecewa');
  });

  it('keeps a factual announcement neutral and gives it no reasons', () => {
    const tone = analyzeTone({ title: 'Bupati Lantik 120 Pejabat Eselon III di Pendopo', text: '' });
    expect(tone.label).toBe('neutral');
    expect(tone.reasons).toEqual([]);
  });

  it('stores weights in a file that reads back to the same model, and refuses other files', () => {
    const model = shippedToneModel();
    const again = decodeWeights(encodeWeights(model));
    let largestError = 0;
    for (let i = 0; i < model.weights.length; i++) {
      largestError = Math.max(largestError, Math.abs(again.weights[i] - model.weights[i]));
    }
    expect(largestError).toBe(0);
    expect(() => decodeWeights(encodeWeights({ weights: new Float32Array(12) }))).toThrow(/tidak cocok/);
    expect(() => decodeWeights(Buffer.from('bukan model'))).toThrow();
  });

  it('learns from labelled sentences the same weights on every run', () => {
    const rows: TrainingRow[] = SENTENCES.slice(0, 3).map((text, i) => {
      const { tokens, hits } = read(text);
      return { features: sentenceFeatures(tokens, hits), label: [1, 0, 2][i], weight: 1 };
    });
    const options = { epochs: 5, rate: 0.1, l2: 1e-6, seed: 7 };
    const first = trainSoftmax(rows, options);
    const second = trainSoftmax([...rows], options);
    expect(Buffer.from(encodeWeights(first)).equals(Buffer.from(encodeWeights(second)))).toBe(true);
    rows.forEach((row) => {
      const z = logits(first, row.features);
      expect(z.indexOf(Math.max(...z))).toBe(row.label);
    });
  });
});
