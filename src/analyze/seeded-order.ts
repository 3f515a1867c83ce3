// The order training passes visit examples in: shuffled afresh each pass by a small seeded
// generator (mulberry32), so the same data and seed give the same model on every machine.

/** Returns a shuffler that reorders `order` in place, differently on each call, the same on every run. */
export function seededShuffler(seed: number): (order: number[]) => void {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (order) => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
  };
}
