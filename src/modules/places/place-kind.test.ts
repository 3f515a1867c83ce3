// The place kinds an office types when it lists its places: anything else is refused with a message,
// including words that name members of a JavaScript object.
import { describe, expect, it } from 'vitest';
import { parsePlaceKind } from './places.service.ts';

describe('parsePlaceKind', () => {
  it('reads the kinds of places and defaults to a plain place', () => {
    expect(['kecamatan', 'Kelurahan', ' desa ', ''].map(parsePlaceKind)).toEqual([
      'district',
      'village',
      'village',
      'place',
    ]);
  });

  it('refuses other words, "constructor" too', () => {
    for (const word of ['pulau', 'constructor', 'hasOwnProperty'])
      expect(() => parsePlaceKind(word)).toThrow(/Jenis tempat harus kecamatan, kelurahan, desa atau tempat/);
  });
});
