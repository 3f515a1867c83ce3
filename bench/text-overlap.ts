// The extraction benchmark's published metric: \w+ tokens, 4-token shingles with counts, per-page
// TP/FP/FN normalised by their sum, precision and recall averaged over pages, F1 from the means.

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.length) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function pageCounts(gold: string, predicted: string): [number, number, number] {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let pTotal = 0;
  let gTotal = 0;
  for (const [k, c] of g) {
    tp += Math.min(c, p.get(k) ?? 0);
    gTotal += c;
  }
  for (const c of p.values()) pTotal += c;
  const fp = pTotal - tp;
  const fn = gTotal - tp;
  const s = tp + fp + fn;
  return s ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function ratio(a: number, b: number, other: number): number {
  if (b === 0 && other === 0) return 1;
  return a + b ? a / (a + b) : 0;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function scoreTexts(pages: { gold: string; predicted: string }[]) {
  const counts = pages.map((p) => pageCounts(p.gold, p.predicted));
  const ps = counts.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => ratio(tp, fp, fn));
  const rs = counts.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => ratio(tp, fn, fp));
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = pages.filter((p) => sameTokens(p.gold, p.predicted)).length / (pages.length || 1);
  return { f1: round(f1), precision: round(precision), recall: round(recall), exact: round(exact) };
}

function sameTokens(a: string, b: string): boolean {
  const x = a.match(TOKEN) ?? [];
  const y = b.match(TOKEN) ?? [];
  return x.length === y.length && x.every((t, i) => t === y[i]);
}
