// The skew of a scanned or photographed page (pure): text lines are horizontal when the rows of a
// binarised copy, projected at the right angle, alternate most sharply between ink and paper.

const MAX_DEGREES = 6;
// 0.5° steps find the peak (a page's profile stays sharp over about a degree), 0.1° steps place it
// well within the 0.3° that is worth straightening.
const COARSE_STEP = 0.5;
const FINE_STEP = 0.1;

/** Otsu's threshold of an 8-bit greyscale image: the level that best splits ink from paper. */
export function otsuThreshold(pixels: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (const p of pixels) histogram[p]++;
  const total = pixels.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * (histogram[i] as number);
  let below = 0;
  let sumBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    below += histogram[t] as number;
    if (below === 0) continue;
    const above = total - below;
    if (above === 0) break;
    sumBelow += t * (histogram[t] as number);
    const meanBelow = sumBelow / below;
    const meanAbove = (sum - sumBelow) / above;
    const between = below * above * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * The angle in degrees (clockwise positive, as sharp's `rotate` counts) the page's text lines are
 * turned by, within ±6°: rotating the image by its negative straightens them. Works on a small
 * greyscale copy (about 1000 px wide is plenty).
 */
export function estimateSkew(pixels: Uint8Array, width: number, height: number): number {
  const threshold = otsuThreshold(pixels);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((pixels[y * width + x] as number) <= threshold) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  // A blank page, or one that is nearly all ink (a photo), has no lines to straighten.
  if (xs.length < 100 || xs.length > 0.5 * width * height) return 0;
  const diagonal = Math.ceil(Math.hypot(width, height));
  const bins = new Float64Array(2 * diagonal + 1);
  const score = (degrees: number): number => {
    const r = (degrees * Math.PI) / 180;
    const sin = Math.sin(r);
    const cos = Math.cos(r);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round((ys[i] as number) * cos - (xs[i] as number) * sin) + diagonal;
      bins[row]++;
    }
    // Sum of squares: for a fixed amount of ink, largest when rows are all ink or all paper.
    let s = 0;
    for (const b of bins) s += b * b;
    return s;
  };
  const search = (from: number, to: number, step: number): number => {
    let best = 0;
    let bestScore = -1;
    for (let d = from; d <= to + 1e-9; d += step) {
      const s = score(d);
      if (s > bestScore) {
        bestScore = s;
        best = d;
      }
    }
    return best;
  };
  const coarse = search(-MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
  const fine = search(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
  return Math.round(fine * 100) / 100;
}

/**
 * The distance in pixels from one text line to the next (the body text's line pitch) of a page
 * turned straight by `degrees`, or null when no clear period shows (a photo, a blank page).
 * Measured in narrow vertical strips, each within one column, since the columns of a page need
 * not share a baseline grid; the median strip wins over headlines and pictures.
 */
export function estimateLinePitch(
  pixels: Uint8Array,
  width: number,
  height: number,
  degrees = 0,
): number | null {
  const threshold = otsuThreshold(pixels);
  const r = (degrees * Math.PI) / 180;
  const sin = Math.sin(r);
  const cos = Math.cos(r);
  const diagonal = Math.ceil(Math.hypot(width, height));
  const strips = STRIPS;
  const profiles = Array.from({ length: strips }, () => new Float64Array(2 * diagonal + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((pixels[y * width + x] as number) <= threshold) {
        const strip = Math.min(strips - 1, Math.floor((x * strips) / width));
        (profiles[strip] as Float64Array)[Math.round(y * cos - x * sin) + diagonal]++;
      }
    }
  }
  const pitches = profiles.map(periodOf).filter((p): p is number => p !== null);
  if (pitches.length === 0) return null;
  return median(pitches);
}

const STRIPS = 8;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The period of a row profile: the first autocorrelation peak nearly as high as the best one. */
function periodOf(rows: Float64Array): number | null {
  let first = 0;
  while (first < rows.length && rows[first] === 0) first++;
  let last = rows.length - 1;
  while (last > first && rows[last] === 0) last--;
  const profile = rows.slice(first, last + 1);
  if (profile.length < 20) return null;
  const mean = profile.reduce((a, b) => a + b, 0) / profile.length;
  for (let i = 0; i < profile.length; i++) (profile[i] as number) -= mean;
  const energy = profile.reduce((a, b) => a + b * b, 0);
  if (energy === 0) return null;
  const maxLag = Math.min(120, Math.floor(profile.length / 3));
  const correlation: number[] = [];
  for (let lag = 0; lag <= maxLag; lag++) {
    let s = 0;
    for (let i = 0; i + lag < profile.length; i++) s += (profile[i] as number) * (profile[i + lag] as number);
    correlation.push(s / energy);
  }
  // Past the central peak: from the first lag where the correlation turns up again.
  let start = 1;
  while (start < maxLag && (correlation[start + 1] as number) < (correlation[start] as number)) start++;
  let best = -1;
  for (let lag = start; lag < maxLag; lag++) best = Math.max(best, correlation[lag] as number);
  // Lines repeat clearly: a column of text correlates with itself a line later by well over half.
  if (best < 0.3) return null;
  for (let lag = Math.max(2, start); lag < maxLag; lag++) {
    const c = correlation[lag] as number;
    const a = correlation[lag - 1] as number;
    const b = correlation[lag + 1] as number;
    if (c >= 0.85 * best && c >= a && c >= b) {
      // The peak between samples, from a parabola through it and its neighbours.
      const curve = a - 2 * c + b;
      return lag + (curve === 0 ? 0 : (0.5 * (a - b)) / curve);
    }
  }
  return null;
}
