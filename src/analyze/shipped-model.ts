// A model that ships with Pantau (models/*.bin.gz, rebuilt by `npm run train`), read once per
// process on first use: it is part of the release, not of the user's data.
import { existsSync, readFileSync } from 'node:fs';

/** A getter that reads and decodes `path` on its first call and returns the same model after. */
export function shippedModel<T>(path: string, decode: (file: Uint8Array) => T, name: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      if (!existsSync(path))
        throw new Error(`${name} tidak ditemukan di ${path}: jalankan \`npm run train\``);
      loaded = decode(readFileSync(path));
    }
    return loaded;
  };
}
