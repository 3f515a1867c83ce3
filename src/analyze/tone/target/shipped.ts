// The target-dependent tone model that ships with Pantau (models/target-tone.bin.gz, rebuilt by
// `npm run train`), read once per process on first use. Same file form as the tone model: a
// three-class softmax over the same hashed feature space.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ToneWeights } from '../model/softmax.ts';
import { decodeWeights } from '../model/weights-file.ts';

export const SHIPPED_TARGET_TONE_MODEL = fileURLToPath(
  new URL('../../../../models/target-tone.bin.gz', import.meta.url),
);

let loaded: ToneWeights | undefined;

export function shippedTargetToneModel(): ToneWeights {
  if (!loaded) {
    if (!existsSync(SHIPPED_TARGET_TONE_MODEL)) {
      throw new Error(
        `Model nada terhadap subjek tidak ditemukan di ${SHIPPED_TARGET_TONE_MODEL}: jalankan \`npm run train\``,
      );
    }
    loaded = decodeWeights(readFileSync(SHIPPED_TARGET_TONE_MODEL));
  }
  return loaded;
}
