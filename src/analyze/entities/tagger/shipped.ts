// The entity tagger that ships with Pantau (models/entities.bin.gz, rebuilt by `npm run train`).
import { fileURLToPath } from 'node:url';
import { shippedModel } from '../../shipped-model.ts';
import { decodeTagger } from './weights-file.ts';

export const SHIPPED_ENTITY_MODEL = fileURLToPath(
  new URL('../../../../models/entities.bin.gz', import.meta.url),
);

export const shippedTagger = shippedModel(SHIPPED_ENTITY_MODEL, decodeTagger, 'Model entitas');
