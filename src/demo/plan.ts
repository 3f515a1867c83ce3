// The quarter's news desk: which topics run on which days (each along its arc, from first report to
// resolution), who publishes each story and when, which ones the wire agency sends out for others to
// copy, and the Cibeureum flood that grows over the last ten days into a crisis in the final hours.
import { DAY_MS, HOUR_MS, startOfWibDay, wib } from './calendar.ts';
import type { OutletKey } from './outlets.ts';
import { Random } from './random.ts';
import type { Topic } from './story.ts';
import { bridgeProject } from './topics/bridge.ts';
import { mayorRounds } from './topics/city-hall.ts';
import { cityBudget } from './topics/council.ts';
import { anniversary } from './topics/festival.ts';
import { cibeureumFlood, cikalangFlood } from './topics/flood.ts';
import { foodPrices } from './topics/food-prices.ts';
import { dengue } from './topics/health.ts';
import { investments } from './topics/investment.ts';
import { marketRebuild } from './topics/market.ts';
import { schools } from './topics/schools.ts';
import { streetVendors } from './topics/street-vendors.ts';
import { landfillOverload } from './topics/waste.ts';

/** One story to write: its topic and step, when and by whom it is published, and who copies it. */
export interface PlannedStory {
  topic: Topic;
  phase: string;
  arcDay: number;
  variant: number;
  publishedAt: Date;
  /** The agency, for a wire story, or the local outlet that reported it. */
  outlet: OutletKey;
  /** Outlets that republish the agency's story, each a little later. */
  copies: { outlet: OutletKey; publishedAt: Date }[];
}

interface Arc {
  topic: Topic;
  /** Days before now it starts and ends (from > to). */
  from: number;
  to: number;
  perDay: number;
  /** The step of the arc at `progress` (0 at its first day, 1 at its last). */
  phase(progress: number, rng: Random, at: Date): string;
  /** Chance that a story of this arc is a wire story others copy. */
  wire: number;
}

/** Steps in order, each taking an equal share of the arc, with a little overlap between neighbours. */
const along =
  (...steps: string[]) =>
  (progress: number, rng: Random): string => {
    const jitter = (rng.next() - 0.5) * 0.2;
    const i = Math.floor(Math.min(0.999, Math.max(0, progress + jitter)) * steps.length);
    return steps[i];
  };

const anyOf =
  (...steps: [string, number][]) =>
  (_: number, rng: Random): string =>
    rng.weighted(steps);

const ARCS: Arc[] = [
  {
    topic: bridgeProject,
    from: 88,
    to: 14,
    perDay: 0.8,
    phase: along('progres', 'molor', 'macet', 'sidak', 'molor', 'denda', 'progres', 'macet'),
    wire: 0.3,
  },
  {
    topic: marketRebuild,
    from: 82,
    to: 29,
    perDay: 0.7,
    phase: along('relokasi', 'relokasi', 'progres', 'kios', 'progres', 'peresmian'),
    wire: 0.2,
  },
  {
    topic: cikalangFlood,
    from: 71,
    to: 63,
    perDay: 2.4,
    phase: along('genangan', 'banjir', 'banjir', 'respons', 'kritik', 'respons'),
    wire: 0.45,
  },
  {
    topic: landfillOverload,
    from: 58,
    to: 35,
    perDay: 1.2,
    phase: along('menumpuk', 'protes', 'menumpuk', 'armada', 'bankSampah'),
    wire: 0.3,
  },
  {
    topic: dengue,
    from: 52,
    to: 22,
    perDay: 0.8,
    phase: along('naik', 'naik', 'fogging', 'jumantik'),
    wire: 0.35,
  },
  {
    topic: anniversary,
    from: 47,
    to: 41,
    perDay: 2.2,
    phase: along('paripurna', 'pawai', 'pawai', 'umkm'),
    wire: 0.3,
  },
  {
    topic: streetVendors,
    from: 60,
    to: 52,
    perDay: 0.9,
    phase: along('penertiban', 'penertiban', 'relokasi'),
    wire: 0.1,
  },
  {
    topic: cityBudget,
    from: 32,
    to: 11,
    perDay: 0.9,
    phase: along('kua', 'fraksi', 'kritik', 'fraksi', 'sah'),
    wire: 0.35,
  },
  {
    topic: schools,
    from: 89,
    to: 1,
    perDay: 0.4,
    phase: anyOf(['rehab', 3], ['makan', 3], ['guru', 2], ['pungutan', 1]),
    wire: 0.15,
  },
  {
    topic: investments,
    from: 90,
    to: 1,
    perDay: 0.35,
    phase: anyOf(['realisasi', 2], ['groundbreaking', 2], ['mpp', 1]),
    wire: 0.4,
  },
  {
    topic: foodPrices,
    from: 90,
    to: 1,
    perDay: 0.5,
    phase: anyOf(['naik', 3], ['gpm', 2], ['tpid', 2]),
    wire: 0.35,
  },
  {
    topic: mayorRounds,
    from: 90,
    to: 1,
    perDay: 0.8,
    // Jumat Keliling is on Fridays; the other days bring awards, the complaints app, new officials, a park.
    phase: (_, rng, at) =>
      wib(at).weekday === 5
        ? 'jumling'
        : rng.weighted([
            ['aduan', 1],
            ['penghargaan', 1],
            ['pelantikan', 1],
            ['wisata', 1],
          ] as const),
    wire: 0.15,
  },
];

/** The Cibeureum flood, day by day before now: its steps and how many stories each day brings. */
const CRISIS: Record<number, [string, number][]> = {
  10: [['genangan', 2]],
  9: [['drainase', 2]],
  8: [
    ['drainase', 1],
    ['banjir', 1],
  ],
  7: [['banjir', 3]],
  6: [
    ['pompa', 2],
    ['banjir', 1],
  ],
  5: [
    ['pompa', 1],
    ['respons', 2],
  ],
  4: [
    ['kritik', 2],
    ['respons', 1],
  ],
  3: [
    ['respons', 2],
    ['kritik', 1],
  ],
  2: [
    ['banjir', 2],
    ['kritik', 2],
  ],
  1: [
    ['kritik', 2],
    ['banjir', 2],
  ],
  0: [['bandang', 2]],
};

/** Local outlets' share of the stories they report themselves. */
const LOCAL_DESKS: [OutletKey, number][] = [
  ['sukamajupos', 24],
  ['warta', 20],
  ['kabarpriangan', 20],
  ['radarpriangan', 16],
  ['sukamajuupdate', 15],
  ['indonesiaterkini', 5],
];
const COPIERS: OutletKey[] = [
  'sukamajupos',
  'warta',
  'kabarpriangan',
  'radarpriangan',
  'indonesiaterkini',
  'sukamajuupdate',
];

/** Stories of a quiet day, at least. */
const MIN_STORIES_A_DAY = 4;

/** The final hours in which every newsroom runs the levee story: the crisis the detector should see. */
export const CRISIS_WINDOW_MS = 3 * HOUR_MS;
const MINUTE = 60_000;

/** Poisson-like count with the given mean, so quiet and busy days alternate. */
function countFor(rng: Random, mean: number): number {
  let n = Math.floor(mean);
  if (rng.chance(mean - n)) n++;
  if (n > 0 && rng.chance(0.2)) n += rng.pick([-1, 1]);
  return Math.max(0, n);
}

function copiesOf(rng: Random, at: Date, latest: number) {
  const n = rng.weighted([
    [1, 25],
    [2, 40],
    [3, 35],
  ] as const);
  return rng.sample(COPIERS, n).map((outlet) => ({
    outlet,
    publishedAt: new Date(Math.min(latest, at.getTime() + rng.int(15, 150) * MINUTE)),
  }));
}

/** Every story of the quarter, oldest first. */
export function planQuarter(seed: number, now: Date, days: number): PlannedStory[] {
  const stories: PlannedStory[] = [];
  const latest = now.getTime() - 2 * MINUTE;
  const today = startOfWibDay(now).getTime();
  for (let ago = days - 1; ago >= 0; ago--) {
    const dayStart = today - ago * DAY_MS;
    const rng = Random.for(seed, 'day', dayStart);
    // Newsrooms file the day's stories from morning to evening (copies follow until late); today
    // only up to now.
    const open = dayStart + 8 * HOUR_MS;
    const close = Math.min(dayStart + 20 * HOUR_MS, latest - (ago === 0 ? CRISIS_WINDOW_MS : 0));
    const when = () => new Date(open + rng.next() * (close - open));
    const day: { topic: Topic; phase: string; arcDay: number; wire: number }[] = [];
    for (const arc of ARCS) {
      if (ago > arc.from || ago < arc.to) continue;
      const progress = (arc.from - ago) / Math.max(1, arc.from - arc.to);
      for (let i = countFor(rng, arc.perDay); i > 0; i--) {
        const at = new Date(dayStart + 12 * HOUR_MS);
        day.push({
          topic: arc.topic,
          phase: arc.phase(progress, rng, at),
          arcDay: arc.from - ago,
          wire: arc.wire,
        });
      }
    }
    // Even a quiet day has some news: the running topics fill it up to a few stories.
    const running = ARCS.filter((arc) => ago <= arc.from && ago >= arc.to);
    while (day.length < MIN_STORIES_A_DAY && running.length > 0) {
      const arc = rng.pick(running);
      const progress = (arc.from - ago) / Math.max(1, arc.from - arc.to);
      const at = new Date(dayStart + 12 * HOUR_MS);
      day.push({
        topic: arc.topic,
        phase: arc.phase(progress, rng, at),
        arcDay: arc.from - ago,
        wire: arc.wire,
      });
    }
    for (const [phase, n] of CRISIS[ago] ?? []) {
      for (let i = 0; i < n; i++) day.push({ topic: cibeureumFlood, phase, arcDay: 10 - ago, wire: 0.4 });
    }
    if (close > open) {
      const variants = new Map<string, number>();
      for (const item of day) {
        const key = `${item.topic.key}:${item.phase}`;
        const variant = variants.get(key) ?? rng.int(0, 11);
        variants.set(key, variant + 1);
        const publishedAt = when();
        const wire = rng.chance(item.wire);
        stories.push({
          topic: item.topic,
          phase: item.phase,
          arcDay: item.arcDay,
          variant,
          publishedAt,
          outlet: wire ? 'kbn' : rng.weighted(LOCAL_DESKS),
          copies: wire ? copiesOf(rng, publishedAt, latest) : [],
        });
      }
    }
    if (ago === 0) stories.push(...crisisHours(seed, now));
  }
  return stories.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
}

/**
 * The last three hours: the levee has burst and every newsroom files three stories on it, the agency
 * two that others copy — more negative coverage from more outlets, at several times the usual pace,
 * than the crisis detector lets pass.
 */
function crisisHours(seed: number, now: Date): PlannedStory[] {
  const rng = Random.for(seed, 'crisis', now.getTime());
  const start = now.getTime() - CRISIS_WINDOW_MS + 10 * MINUTE;
  const end = now.getTime() - 20 * MINUTE;
  const at = () => new Date(start + rng.next() * (end - start));
  const out: PlannedStory[] = [];
  let variant = rng.int(0, 11);
  const desks: OutletKey[] = ['kbn', 'kbn', ...COPIERS, ...COPIERS, ...COPIERS];
  for (const outlet of desks) {
    const publishedAt = at();
    out.push({
      topic: cibeureumFlood,
      phase: 'bandang',
      arcDay: 10,
      variant: variant++,
      publishedAt,
      outlet,
      copies: outlet === 'kbn' ? copiesOf(rng, publishedAt, now.getTime() - 2 * MINUTE) : [],
    });
  }
  return out;
}
