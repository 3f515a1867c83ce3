// The tone model on disk: its weights as 16-bit integers with one scale, gzipped. Most buckets are
// zero, so the file stays small; 16 bits keep the many small character n-gram weights that 8 bits
// would round away.
import { gunzipSync, gzipSync } from 'node:zlib';
import { BUCKETS } from './hash.ts';
import { CLASSES, type ToneWeights } from './softmax.ts';

const MAGIC = 'PNTTONE1';
const HEADER = MAGIC.length + 8;

export function encodeWeights(model: ToneWeights): Uint8Array {
  let max = 0;
  for (const x of model.weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const body = new Int16Array(model.weights.length);
  for (let i = 0; i < body.length; i++) body[i] = Math.round(model.weights[i] / scale);
  const out = Buffer.alloc(HEADER + body.byteLength);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(BUCKETS, MAGIC.length);
  out.writeFloatLE(scale, MAGIC.length + 4);
  Buffer.from(body.buffer).copy(out, HEADER);
  // Level 9 and no timestamp in the gzip header: the same weights give the same bytes.
  return gzipSync(out, { level: 9 });
}

export function decodeWeights(file: Uint8Array): ToneWeights {
  const raw = gunzipSync(file);
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('Berkas model nada tidak dikenal');
  const buckets = raw.readUInt32LE(MAGIC.length);
  if (buckets !== BUCKETS || raw.length !== HEADER + buckets * CLASSES * 2) {
    throw new Error('Berkas model nada tidak cocok dengan versi Pantau ini');
  }
  const scale = raw.readFloatLE(MAGIC.length + 4);
  const body = new Int16Array(buckets * CLASSES);
  for (let i = 0; i < body.length; i++) body[i] = raw.readInt16LE(HEADER + i * 2);
  const weights = new Float32Array(body.length);
  for (let i = 0; i < body.length; i++) weights[i] = body[i] * scale;
  return { weights };
}
