// The tone model that ships with Pantau (models/tone.bin.gz, rebuilt by `npm run train`). It is
// read once per process, on first use, like a module of the program: it is part of the release,
// not of the user's data.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ToneWeights } from './softmax.ts';
import { decodeWeights } from './weights-file.ts';

export const SHIPPED_TONE_MODEL = fileURLToPath(new URL('../../../../models/tone.bin.gz', import.meta.url));

let loaded: ToneWeights | undefined;

export function shippedToneModel(): ToneWeights {
  if (!loaded) {
    if (!existsSync(SHIPPED_TONE_MODEL)) {
      throw new Error(`Model nada tidak ditemukan di ${SHIPPED_TONE_MODEL}: jalankan \`npm run train\``);
    }
    loaded = decodeWeights(readFileSync(SHIPPED_TONE_MODEL));
  }
  return loaded;
}
