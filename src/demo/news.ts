// The demo's news, written from a seed: every planned story put into words by its topic, dressed by
// its outlet (dateline, byline, address), and the wire stories copied by the outlets that run them.
import { HOUR_MS, startOfWibDay } from './calendar.ts';
import { OUTLETS, type Outlet, type OutletKey, outlet, slugOf } from './outlets.ts';
import { planQuarter } from './plan.ts';
import { Random } from './random.ts';
import type { StoryDraft, Tone } from './story.ts';
import { republish } from './syndication.ts';

export interface DemoArticle {
  /** Unique in the demo; outlets number their pages from it. */
  id: number;
  outlet: OutletKey;
  /** Address on the demo site, the outlet's prefix included. */
  path: string;
  headline: string;
  /** The body as published: the first paragraph opens with the outlet's dateline. */
  paragraphs: string[];
  /** The first sentence of the lead, for feeds and meta descriptions. */
  description: string;
  publishedAt: Date;
  author: string;
  editor: string;
  section: string;
  tags: string[];
  tone: Tone;
  /** The event it reports (the truth the issue grouping is compared with). */
  issue: string;
  /** Shared by a wire story and its copies. */
  story: string;
  /** The agency's story others copied, one of those copies, or neither. */
  wire: 'original' | 'copy' | null;
}

export interface DemoNews {
  seed: number;
  now: Date;
  days: number;
  outlets: Outlet[];
  /** Newest first, as feeds list them. */
  articles: DemoArticle[];
}

export interface DemoNewsOptions {
  seed?: number;
  /** The moment the demo is built: the news ends here. */
  now: Date;
  /** How many days of news, ending now; 90 by default. */
  days?: number;
}

export const DEFAULT_DAYS = 90;
export const DEFAULT_SEED = 2026;

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return (m ? m[1] : text).slice(0, 300);
}

export function writeDemoNews(options: DemoNewsOptions): DemoNews {
  const seed = options.seed ?? DEFAULT_SEED;
  const days = Math.max(1, Math.min(DEFAULT_DAYS, Math.round(options.days ?? DEFAULT_DAYS)));
  const plan = planQuarter(seed, options.now, days);
  const articles: DemoArticle[] = [];
  const paths = new Set<string>();
  let nextId = 1;

  const publish = (
    draft: StoryDraft,
    text: { headline: string; paragraphs: string[] },
    on: OutletKey,
    at: Date,
    wire: DemoArticle['wire'],
    storyKey: string,
    rng: Random,
  ) => {
    const desk = outlet(on);
    const id = nextId++;
    let path =
      desk.prefix + desk.articlePath({ id, slug: slugOf(text.headline), at, section: draft.section });
    // Two stories with one headline on one day would share a date-and-slug address: a CMS adds "-2".
    while (paths.has(path)) path = path.replace(/(\/?)$/, `-2$1`);
    paths.add(path);
    const [lead, ...rest] = text.paragraphs;
    articles.push({
      id,
      outlet: on,
      path,
      headline: text.headline,
      paragraphs: [`${desk.dateline} ${lead}`, ...rest],
      description: firstSentence(lead),
      publishedAt: at,
      author: rng.pick(desk.reporters),
      editor: rng.pick(desk.editors),
      section: draft.section,
      tags: draft.tags,
      tone: draft.tone,
      issue: draft.issue,
      story: storyKey,
      wire,
    });
  };

  for (const [n, story] of plan.entries()) {
    const rng = Random.for(seed, 'story', n);
    const context = {
      rng,
      at: eventTime(story.publishedAt, rng),
      phase: story.phase,
      arcDay: story.arcDay,
      variant: story.variant,
    };
    const draft = story.topic.write(context);
    const key = `${story.topic.key}-${n}`;
    publish(draft, draft, story.outlet, story.publishedAt, story.copies.length ? 'original' : null, key, rng);
    for (const [c, copy] of story.copies.entries()) {
      const copyRng = Random.for(seed, 'copy', n, c);
      // Another headline for the same event, as the copying newsroom might title it.
      const alt = story.topic.write({
        ...context,
        rng: Random.for(seed, 'retitle', n, c),
        variant: story.variant + 5 * (c + 1),
      });
      const text = republish(copyRng, draft, alt.headline);
      publish(draft, text, copy.outlet, copy.publishedAt, 'copy', key, copyRng);
    }
  }
  articles.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
  return { seed, now: options.now, days, outlets: OUTLETS, articles };
}

/**
 * The event happened a little before the story: up to a few hours, and in working hours unless the
 * story itself came out at night (a flood does not wait for the morning).
 */
function eventTime(published: Date, rng: Random): Date {
  const at = published.getTime() - rng.int(20, 150) * 60_000;
  const morning = startOfWibDay(published).getTime() + 7 * HOUR_MS;
  return new Date(published.getTime() >= morning ? Math.max(at, morning) : at);
}
