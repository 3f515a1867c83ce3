// The entity tagger that ships with Pantau (models/entities.bin.gz, rebuilt by `npm run train`).
// Read once per process, on first use: it is part of the release, not of the user's data.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TaggerWeights } from './perceptron.ts';
import { decodeTagger } from './weights-file.ts';

export const SHIPPED_ENTITY_MODEL = fileURLToPath(
  new URL('../../../../models/entities.bin.gz', import.meta.url),
);

let loaded: TaggerWeights | undefined;

export function shippedTagger(): TaggerWeights {
  if (!loaded) {
    if (!existsSync(SHIPPED_ENTITY_MODEL)) {
      throw new Error(`Model entitas tidak ditemukan di ${SHIPPED_ENTITY_MODEL}: jalankan \`npm run train\``);
    }
    loaded = decodeTagger(readFileSync(SHIPPED_ENTITY_MODEL));
  }
  return loaded;
}
