// The trained models' weights on disk: an 8-character name, one 32-bit number saying the model's
// shape (buckets), the scale, then every weight as a 16-bit integer times that scale, gzipped.
// Most weights are zero, so the files stay small; 16 bits keep the many small weights that 8 bits
// would round away. Level 9 and no timestamp in the gzip header: the same weights give the same bytes.
import { gunzipSync, gzipSync } from 'node:zlib';

const HEADER = 8 + 8;

export function encodeScaled(magic: string, shape: number, parts: readonly Float32Array[]): Uint8Array {
  let max = 0;
  let count = 0;
  for (const part of parts) {
    count += part.length;
    for (const x of part) max = Math.max(max, Math.abs(x));
  }
  const scale = max > 0 ? max / 32767 : 1;
  const body = new Int16Array(count);
  let i = 0;
  for (const part of parts) for (const x of part) body[i++] = Math.round(x / scale);
  const out = Buffer.alloc(HEADER + body.byteLength);
  out.write(magic, 0, 'latin1');
  out.writeUInt32LE(shape, 8);
  out.writeFloatLE(scale, 12);
  Buffer.from(body.buffer).copy(out, HEADER);
  return gzipSync(out, { level: 9 });
}

/** The weights of a file written by encodeScaled, refused (with `errors`' words) if it is not one for this shape. */
export function decodeScaled(
  file: Uint8Array,
  expected: { magic: string; shape: number; count: number },
  errors: { unknown: string; mismatch: string },
): Float32Array {
  const raw = gunzipSync(file);
  if (raw.toString('latin1', 0, 8) !== expected.magic) throw new Error(errors.unknown);
  if (raw.readUInt32LE(8) !== expected.shape || raw.length !== HEADER + expected.count * 2) {
    throw new Error(errors.mismatch);
  }
  const scale = raw.readFloatLE(12);
  const weights = new Float32Array(expected.count);
  for (let i = 0; i < expected.count; i++) weights[i] = raw.readInt16LE(HEADER + i * 2) * scale;
  return weights;
}
