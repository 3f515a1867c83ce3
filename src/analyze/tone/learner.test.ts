import { describe, expect, it } from 'vitest';
import { analyzeTone } from './article-tone.ts';
import { chooseTone, modelVerdict } from './choose.ts';
import { predictTone, type ToneExample, trainToneModel } from './learner.ts';
import { validateToneModel } from './validate.ts';

/**
 * A workspace whose analysts label by house jargon the lexicon does not know: the irrigation office
 * reports canals as "berstatus hijau" (good), "berstatus merah" (bad) or "dalam pendataan" (neither).
 */
function jargonExamples(): ToneExample[] {
  const places = [
    'Cibodas',
    'Sukarame',
    'Margaluyu',
    'Pasirjati',
    'Cikadut',
    'Sindangsari',
    'Mekarwangi',
    'Tanjungsari',
    'Cijambe',
    'Karangsetra',
    'Babakan',
    'Cigending',
    'Sukasari',
    'Pagerwangi',
    'Cilengkrang',
    'Jatihandap',
    'Padasuka',
    'Cisaranten',
    'Rancasari',
    'Gedebage',
  ];
  const things = ['saluran primer', 'saluran sekunder', 'pintu air', 'embung desa', 'bendung kecil'];
  const out: ToneExample[] = [];
  places.forEach((place, i) => {
    const thing = things[i % things.length];
    out.push({
      text: `Laporan pekan ini: ${thing} di ${place} berstatus hijau menurut petugas pengamat.`,
      label: 'positive',
    });
    out.push({
      text: `Laporan pekan ini: ${thing} di ${place} berstatus merah menurut petugas pengamat.`,
      label: 'negative',
    });
    out.push({
      text: `Laporan pekan ini: ${thing} di ${place} masih dalam pendataan petugas pengamat.`,
      label: 'neutral',
    });
  });
  return out;
}

describe('tone learner', () => {
  it('learns a workspace’s own vocabulary and beats the lexicon there (synthetic domain shift)', () => {
    const examples = jargonExamples();
    const validation = validateToneModel(examples, 5);
    expect(validation.examples).toBe(60);
    expect(validation.lexicon.macroF1).toBeLessThan(0.5);
    expect(validation.macroF1).toBeGreaterThan(0.9);
    expect(modelVerdict(validation).takesOver).toBe(true);

    const model = trainToneModel(examples);
    const input = {
      text: 'Laporan pekan ini: pintu air di Cibiru berstatus merah menurut petugas pengamat.',
    };
    const lexicon = analyzeTone(input);
    const chosen = chooseTone(lexicon, predictTone(model, input), validation);
    expect(lexicon.label).toBe('neutral');
    expect(chosen).toMatchObject({ label: 'negative', source: 'model' });
    const merah = chosen.reasons.find((r) => r.text === 'merah');
    expect(merah && input.text.slice(merah.start, merah.end)).toBe('merah');
  });

  it('keeps the lexicon when corrections are too few or the model does not do better', () => {
    const few = jargonExamples().slice(0, 30);
    const validation = validateToneModel(few, 5);
    expect(modelVerdict(validation)).toMatchObject({ takesOver: false });
    expect(modelVerdict(validation).why).toContain('30 koreksi');
    const lexicon = analyzeTone({ text: 'Banjir merendam rumah warga.' });
    expect(chooseTone(lexicon, { label: 'positive', score: 1, reasons: [] }, validation).source).toBe(
      'lexicon',
    );
    expect(chooseTone(lexicon, null, null).label).toBe('negative');
  });

  it('is deterministic and survives a JSON round trip, whatever order the corrections come in', () => {
    const examples = jargonExamples();
    const reversed = [...examples].reverse();
    const model = trainToneModel(examples);
    expect(JSON.stringify(trainToneModel(reversed))).toBe(JSON.stringify(model));
    expect(validateToneModel(reversed)).toEqual(validateToneModel(examples));
    const restored = JSON.parse(JSON.stringify(model));
    const input = { text: 'Saluran primer di Cibiru berstatus hijau.' };
    expect(predictTone(restored, input)).toEqual(predictTone(model, input));
    expect(predictTone(model, input).label).toBe('positive');
  });
});
