// The target-dependent tone model that ships with Pantau (models/target-tone.bin.gz, rebuilt by
// `npm run train`). Same file form as the tone model: a three-class softmax over the same hashed
// feature space.
import { fileURLToPath } from 'node:url';
import { shippedModel } from '../../shipped-model.ts';
import { decodeWeights } from '../model/weights-file.ts';

export const SHIPPED_TARGET_TONE_MODEL = fileURLToPath(
  new URL('../../../../models/target-tone.bin.gz', import.meta.url),
);

export const shippedTargetToneModel = shippedModel(
  SHIPPED_TARGET_TONE_MODEL,
  decodeWeights,
  'Model nada terhadap subjek',
);
