// The tone model that ships with Pantau (models/tone.bin.gz, rebuilt by `npm run train`).
import { fileURLToPath } from 'node:url';
import { shippedModel } from '../../shipped-model.ts';
import { decodeWeights } from './weights-file.ts';

export const SHIPPED_TONE_MODEL = fileURLToPath(new URL('../../../../models/tone.bin.gz', import.meta.url));

export const shippedToneModel = shippedModel(SHIPPED_TONE_MODEL, decodeWeights, 'Model nada');
