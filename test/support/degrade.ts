// What scanners and phones do to a clean page: a skewed scan, blur, sensor noise, heavy JPEG
// compression and a phone photo's perspective with uneven light. Deterministic (seeded), so a test
// that fails fails the same way every run.
import sharp, { type Sharp } from 'sharp';

export type Degradation =
  | { kind: 'rotate'; degrees: number }
  | { kind: 'blur'; sigma: number }
  | { kind: 'noise'; sigma: number; seed: number }
  | { kind: 'jpeg'; quality: number }
  /** A phone held over the page: corners moved by these fractions of the page size, light falling off. */
  | { kind: 'photo'; tilt: number; seed: number };

/** Small seeded PRNG (mulberry32): reproducible noise without a dependency. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Grey {
  data: Uint8Array;
  width: number;
  height: number;
}

async function toGrey(image: Buffer): Promise<Grey> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

function fromGrey(grey: Grey): Sharp {
  return sharp(Buffer.from(grey.data.buffer, grey.data.byteOffset, grey.data.length), {
    raw: { width: grey.width, height: grey.height, channels: 1 },
  });
}

function addNoise(grey: Grey, sigma: number, seed: number): Grey {
  const random = seededRandom(seed);
  const out = new Uint8Array(grey.data.length);
  for (let i = 0; i < out.length; i++) {
    // Box–Muller: Gaussian sensor noise.
    const u = Math.max(random(), 1e-12);
    const g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    out[i] = Math.max(0, Math.min(255, Math.round((grey.data[i] as number) + g * sigma)));
  }
  return { ...grey, data: out };
}

type Point = [number, number];

/**
 * The homography taking each of `from` to the matching `to` (4 points): the 3×3 matrix as 9
 * numbers, solved from the 8 linear equations by Gaussian elimination.
 */
export function homography(from: Point[], to: Point[]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] as Point;
    const [u, v] = to[i] as Point;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++)
      if (Math.abs((a[r] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number))
        pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const row = a[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      for (let c = col; c < 9; c++) row[c] = (row[c] as number) - f * (p[c] as number);
    }
  }
  const h = a.map((row, i) => (row[8] as number) / (row[i] as number));
  return [...h, 1];
}

/**
 * A phone photo of the page: the sheet seen in perspective on a darker table, lit unevenly. Each
 * output pixel is sampled (bilinear) from the page through the inverse homography.
 */
function phonePhoto(page: Grey, tilt: number, seed: number): Grey {
  const random = seededRandom(seed);
  const { width: w, height: h } = page;
  const margin = Math.round(0.06 * w);
  const width = w + 2 * margin;
  const height = h + 2 * margin;
  const jitter = () => (0.5 + random()) * tilt;
  // The top edge further from the camera (narrower), one side slightly nearer.
  const corners: Point[] = [
    [margin + jitter() * w, margin + jitter() * h * 0.5],
    [width - margin - jitter() * w, margin + jitter() * h * 0.3],
    [width - margin + jitter() * w * 0.3, height - margin - jitter() * h * 0.2],
    [margin - jitter() * w * 0.3, height - margin],
  ];
  const pageCorners: Point[] = [
    [0, 0],
    [w, 0],
    [w, h],
    [0, h],
  ];
  const m = homography(corners, pageCorners); // output pixel → page pixel
  const out = new Uint8Array(width * height);
  const light = (x: number, y: number) => {
    // Brighter near one corner, a soft shadow across the other: a window and a hand.
    const dx = x / width - 0.2;
    const dy = y / height - 0.1;
    return 1 - 0.28 * Math.min(1, Math.sqrt(dx * dx + dy * dy));
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = (m[6] as number) * x + (m[7] as number) * y + (m[8] as number);
      const sx = ((m[0] as number) * x + (m[1] as number) * y + (m[2] as number)) / d;
      const sy = ((m[3] as number) * x + (m[4] as number) * y + (m[5] as number)) / d;
      let value = 92; // the table
      if (sx >= 0 && sy >= 0 && sx < w - 1 && sy < h - 1) {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const fx = sx - x0;
        const fy = sy - y0;
        const i = y0 * w + x0;
        const top = (page.data[i] as number) * (1 - fx) + (page.data[i + 1] as number) * fx;
        const bottom = (page.data[i + w] as number) * (1 - fx) + (page.data[i + w + 1] as number) * fx;
        value = top * (1 - fy) + bottom * fy;
      }
      out[y * width + x] = Math.round(value * light(x, y));
    }
  }
  return { data: out, width, height };
}

/** The image after each degradation in turn: PNG, or JPEG when the last step is JPEG compression. */
export async function degrade(image: Buffer, steps: Degradation[]): Promise<Buffer> {
  let current = image;
  for (const step of steps) {
    switch (step.kind) {
      case 'rotate':
        current = await sharp(current).rotate(step.degrees, { background: '#ffffff' }).png().toBuffer();
        break;
      case 'blur':
        current = await sharp(current).blur(step.sigma).png().toBuffer();
        break;
      case 'noise':
        current = await fromGrey(addNoise(await toGrey(current), step.sigma, step.seed))
          .png()
          .toBuffer();
        break;
      case 'jpeg':
        current = await sharp(current).jpeg({ quality: step.quality }).toBuffer();
        break;
      case 'photo':
        current = await fromGrey(phonePhoto(await toGrey(current), step.tilt, step.seed))
          .png()
          .toBuffer();
        break;
    }
  }
  return current;
}

const LABELS: { [K in Degradation['kind']]: (step: Extract<Degradation, { kind: K }>) => string } = {
  rotate: (s) => `rotate ${s.degrees}°`,
  blur: (s) => `blur σ${s.sigma}`,
  noise: (s) => `noise σ${s.sigma}`,
  jpeg: (s) => `jpeg q${s.quality}`,
  photo: (s) => `photo tilt ${s.tilt}`,
};

/** A short label for reports: "rotate 3°, jpeg q40". */
export function describeDegradation(steps: Degradation[]): string {
  return steps.map((s) => (LABELS[s.kind] as (step: Degradation) => string)(s)).join(', ');
}
