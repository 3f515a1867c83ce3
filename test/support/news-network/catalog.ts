// Decides, up front and cheaply, which outlet publishes which story when and under which URL.

import { wibParts } from './dates-id.ts';
import { type OutletProfile, outletProfile } from './outlets.ts';
import { hashSeed, Random } from './prng.ts';
import { storyHeadline, storyTopic } from './story.ts';

export type RobotsMode = 'open' | 'crawl-delay' | 'disallow-some';

export interface CatalogOptions {
  outlets: number;
  articlesPerOutlet: number;
  seed: number;
  wireShare: number;
  robots: RobotsMode;
  anchor: Date;
}

/** How an outlet changed a wire story when it ran it. */
export type CopyEnding = 'as-wire' | 'trimmed' | 'extended';

export interface ArticleEntry {
  outletIndex: number;
  /** Position in the outlet's list, newest first. */
  position: number;
  id: number;
  path: string;
  title: string;
  section: string;
  storyKey: string;
  storySeed: number;
  /** When the story text was written (the wire's time for syndicated copies). */
  writtenAt: Date;
  publishedAt: Date;
  wire: boolean;
  ending: CopyEnding;
  premium: boolean;
  disallowed: boolean;
}

export interface Catalog {
  options: CatalogOptions;
  outlets: OutletProfile[];
  /** Per outlet, newest first. */
  articles: ArticleEntry[][];
  byPath: Map<string, ArticleEntry>[];
}

const MINUTE = 60_000;
const DAY = 86_400_000;

interface Slot {
  storyKey: string;
  writtenAt: Date;
  publishedAt: Date;
  wire: boolean;
  copy: number;
}

/** Hands wire stories to 2–5 outlets at a time until each outlet's share of wire copies is used up. */
function syndicate(options: CatalogOptions, spanMs: number, slots: Slot[][]): void {
  if (options.outlets < 2) return;
  const remaining = slots.map(() => Math.round(options.wireShare * options.articlesPerOutlet));
  const rng = Random.of(options.seed, 'wire');
  for (let story = 0; ; story++) {
    const open = remaining.map((left, outlet) => ({ left, outlet })).filter((o) => o.left > 0);
    if (open.length < 2) return;
    const takers = rng
      .shuffle(open)
      .sort((a, b) => b.left - a.left)
      .slice(0, Math.min(open.length, rng.int(2, 5)));
    const writtenAt = new Date(options.anchor.getTime() - 4 * 3600_000 - Math.floor(rng.next() * spanMs));
    takers.forEach(({ outlet }, copy) => {
      remaining[outlet]--;
      const delay = rng.int(5, 240) * MINUTE;
      slots[outlet].push({
        storyKey: `wire-${String(story).padStart(5, '0')}`,
        writtenAt,
        publishedAt: new Date(roundToMinute(writtenAt.getTime() + delay)),
        wire: true,
        copy,
      });
    });
  }
}

function roundToMinute(ms: number): number {
  return Math.floor(ms / MINUTE) * MINUTE;
}

export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= 90) return slug;
  return slug.slice(0, 90).replace(/-[^-]*$/, '');
}

function articlePath(style: number, entry: { id: number; publishedAt: Date; section: string; slug: string }) {
  const { year, month, day } = wibParts(entry.publishedAt);
  const section = slugify(entry.section);
  switch (style) {
    case 0:
      return `/berita/${year}/${month}/${day}/${entry.id}/${entry.slug}`;
    case 1:
      return `/read/${entry.id}/${entry.slug}`;
    case 2:
      return `/${year}/${month}/${day}/${entry.slug}-${entry.id}.html`;
    case 3:
      return `/news/${section}/${entry.id}-${entry.slug}`;
    default:
      return `/${section}/${entry.slug}-${entry.id}`;
  }
}

export function buildCatalog(options: CatalogOptions): Catalog {
  const perOutlet = options.articlesPerOutlet;
  const spanMs = Math.max(3, Math.ceil(perOutlet / 40)) * DAY;
  const outlets = Array.from({ length: options.outlets }, (_, i) => outletProfile(i, options.seed));
  const slots: Slot[][] = outlets.map(() => []);
  syndicate(options, spanMs, slots);

  const articles = outlets.map((outlet, o) => {
    const rng = Random.of(options.seed, 'local', o);
    for (let local = 0; slots[o].length < perOutlet; local++) {
      const at = new Date(roundToMinute(options.anchor.getTime() - Math.floor(rng.next() * spanMs)));
      slots[o].push({
        storyKey: `local-${o}-${local}`,
        writtenAt: at,
        publishedAt: at,
        wire: false,
        copy: 0,
      });
    }
    const oldestFirst = [...slots[o]].sort(
      (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.storyKey.localeCompare(b.storyKey),
    );
    let id = 100_000 + Random.of(options.seed, 'ids', o).int(0, 800_000);
    const entries = oldestFirst.map((slot): ArticleEntry => {
      id += rng.int(1, 9);
      const storySeed = hashSeed(options.seed, slot.storyKey);
      const copyRng = Random.of(storySeed, 'copy', o);
      // The first outlet to run a wire story keeps its headline; later ones sometimes rewrite it.
      const variant = slot.wire && slot.copy > 0 && copyRng.chance(0.35) ? 1 : 0;
      const title = storyHeadline(storySeed, slot.writtenAt, variant);
      const section = storyTopic(storySeed).section;
      const premium = !slot.wire && rng.chance(0.06);
      const path = articlePath(outlet.urlStyle, {
        id,
        publishedAt: slot.publishedAt,
        section,
        slug: slugify(title),
      });
      const endingRoll = copyRng.next();
      return {
        outletIndex: o,
        position: 0,
        id,
        path: premium ? `/plus${path}` : path,
        title,
        section,
        storyKey: slot.storyKey,
        storySeed,
        writtenAt: slot.writtenAt,
        publishedAt: slot.publishedAt,
        wire: slot.wire,
        ending:
          !slot.wire || slot.copy === 0
            ? 'as-wire'
            : endingRoll < 0.3
              ? 'trimmed'
              : endingRoll < 0.6
                ? 'extended'
                : 'as-wire',
        premium,
        disallowed: premium && options.robots === 'disallow-some',
      };
    });
    const newestFirst = entries.reverse();
    newestFirst.forEach((entry, position) => {
      entry.position = position;
    });
    return newestFirst;
  });

  return {
    options,
    outlets,
    articles,
    byPath: articles.map((list) => new Map(list.map((entry) => [entry.path, entry]))),
  };
}
