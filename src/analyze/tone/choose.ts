// Which tone a workspace sees: the learner's once it has enough corrections and has beaten the
// lexicon in validation on them, otherwise the lexicon's.
import type { Tone } from '../types.ts';
import type { ToneValidation } from './validate.ts';

export const MIN_EXAMPLES = 50;
export const MIN_PER_LABEL = 10;

export type ToneSource = 'lexicon' | 'model';

export interface ChosenTone extends Tone {
  source: ToneSource;
}

/** Why the learner does or does not take over, in Indonesian for the workspace settings page. */
export function modelVerdict(validation: ToneValidation | null): { takesOver: boolean; why: string } {
  if (!validation) return { takesOver: false, why: 'Belum ada model dari koreksi analis.' };
  if (validation.examples < MIN_EXAMPLES) {
    return {
      takesOver: false,
      why: `Baru ${validation.examples} koreksi; model dipakai setelah ${MIN_EXAMPLES}.`,
    };
  }
  const thin = Object.entries(validation.perLabelExamples).filter(([, n]) => n < MIN_PER_LABEL);
  if (thin.length > 0) {
    const list = thin.map(([label, n]) => `${label} ${n}`).join(', ');
    return { takesOver: false, why: `Koreksi per kelas kurang dari ${MIN_PER_LABEL} (${list}).` };
  }
  const model = validation.macroF1.toFixed(2);
  const lexicon = validation.lexicon.macroF1.toFixed(2);
  if (validation.macroF1 <= validation.lexicon.macroF1) {
    return { takesOver: false, why: `Model (macro-F1 ${model}) belum mengungguli leksikon (${lexicon}).` };
  }
  return {
    takesOver: true,
    why: `Model (macro-F1 ${model}) mengungguli leksikon (${lexicon}) pada koreksi analis.`,
  };
}

export function chooseTone(
  lexiconTone: Tone,
  modelTone: Tone | null,
  validation: ToneValidation | null,
): ChosenTone {
  if (modelTone && modelVerdict(validation).takesOver) return { ...modelTone, source: 'model' };
  return { ...lexiconTone, source: 'lexicon' };
}
