// A topic's "book": for each step of its arc, the headlines, leads, facts, quotes and closings a
// reporter could write, and one composer that turns a book page into a story of 4–8 paragraphs in
// one of several orders, so two stories on the same step never read alike.
import { dayInText, partOfDay, wib } from './calendar.ts';
import { type Person, resident } from './city.ts';
import { Cast, fill, headlineCase, paragraph, sentence } from './prose.ts';
import type { StoryContext, StoryDraft, Tone } from './story.ts';
import { reporterStyle } from './style.ts';

/** Someone quoted: an official or critic by name, or a resident picked for the story. */
export type Voice = Person | 'resident';

export interface Phase {
  tone: Tone;
  /** The event this step tells, when it is not the book's own issue (the truth tests compare with). */
  issue?: string;
  headlines: string[];
  leads: string[];
  facts: string[];
  /** Direct quotes of officials (at least one is used). */
  officials: [Person, string][];
  /** Reported speech: "Menurut Yusuf, …" (optional). */
  reports?: [Person, string][];
  /** Residents, critics, council members: quoted when the step has them. */
  voices?: [Voice, string][];
  closings: string[];
  /** What a reader should know, when this step is an event of its own rather than the book's story. */
  background?: string[];
  /** Extra tags of this step. */
  tags?: string[];
}

export interface Book {
  issue: string;
  sections: string[];
  tags: string[];
  /** Where officials are quoted: "di Balai Kota Sukamaju". */
  where: string[];
  /** What a reader should know of the story so far; a story takes two sentences. */
  background: string[];
  /** Slots every template of the book may use, besides {day}, {part}, {year} and {next} (next year). */
  slots(ctx: StoryContext): Record<string, string | number>;
  phases: Record<string, Phase>;
}

/** The n-th item, so stories told the same day by different outlets take different ones. */
function nth<T>(items: readonly T[], n: number): T {
  return items[((n % items.length) + items.length) % items.length];
}

export function writeFromBook(book: Book, ctx: StoryContext): StoryDraft {
  const { rng } = ctx;
  const phase = book.phases[ctx.phase];
  if (!phase) throw new Error(`demo: ${book.issue} has no phase "${ctx.phase}"`);
  const year = wib(ctx.at).year;
  const slots = { day: dayInText(ctx.at), part: partOfDay(ctx.at), year, next: year + 1, ...book.slots(ctx) };
  const f = (t: string) => fill(t, slots);
  const cast = new Cast(rng, f(rng.pick(book.where)));
  const rw = rng.int(1, 12);
  const say = ([who, line]: [Voice, string]) =>
    who === 'resident'
      ? cast.resident(resident(rng, rng.int(1, 9), rw), f(line), rng.int(24, 68), phase.tone === 'negative')
      : cast.quote(who, f(line));

  // A few of many: two stories of one step then share a sentence or two, not half their text.
  const facts = rng.sample(phase.facts, rng.int(2, 3)).map(f);
  const context = rng.sample(phase.background ?? book.background, rng.int(1, 2)).map(f);
  const officials = rng.sample(phase.officials, rng.int(1, 2));
  const voices = rng.sample(phase.voices ?? [], rng.int(1, 2));
  const report = phase.reports?.length && rng.chance(0.6) ? rng.pick(phase.reports) : null;
  const lead = sentence(f(nth(phase.leads, ctx.variant)));
  // Someone the lead already names in full is quoted by their short name from the start.
  for (const [who] of [...phase.officials, ...(phase.reports ?? []), ...(phase.voices ?? [])]) {
    if (who !== 'resident' && lead.includes(who.name)) cast.name(who);
  }
  const closing = f(rng.pick(phase.closings));

  // Parts are written only once an order is chosen, and in its order: the first quote of a person
  // names their office and full name, so it must be the first one the reader meets.
  type Part = () => string | null;
  const first: Part = () => say(officials[0]);
  const second: Part = () => (officials[1] ? say(officials[1]) : null);
  const heard: Part = () => (voices[0] ? say(voices[0]) : null);
  const heardAgain: Part = () => (voices[1] ? say(voices[1]) : null);
  const reported: Part = () => (report ? cast.report(report[0], f(report[1])) : null);
  const factsOf =
    (from: number, to?: number): Part =>
    () =>
      paragraph(...facts.slice(from, to));
  const background: Part = () => paragraph(...context);
  const orders: Part[][] = [
    [factsOf(0, 2), first, reported, background, factsOf(2), heard, second, heardAgain],
    [first, factsOf(0, 1), heard, background, factsOf(1, 3), heardAgain, reported],
    [factsOf(0, 1), heard, reported, first, background, factsOf(1), heardAgain, second],
  ];
  // At most six body paragraphs: with the lead and the closing, 4–8 in all.
  const body = rng
    .pick(orders)
    .map((part) => part())
    .filter((p): p is string => !!p && p.length > 0)
    .slice(0, 6);
  const style = reporterStyle(rng);
  const paragraphs = [lead, ...body, closing].map((p) => sentence(style(p)));
  return {
    issue: phase.issue ?? book.issue,
    tone: phase.tone,
    section: rng.pick(book.sections),
    headline: headlineCase(f(nth(phase.headlines, ctx.variant))),
    paragraphs,
    tags: [...book.tags, ...(phase.tags ?? [])].map(f),
  };
}
