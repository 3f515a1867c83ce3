// The shapes of the demo's news: a story as a topic writes it, before an outlet dresses it with its
// dateline, byline and page.
import type { Random } from './random.ts';

export type Tone = 'positive' | 'neutral' | 'negative';

/** What a topic is asked to write about: one event on one day of its arc. */
export interface StoryContext {
  rng: Random;
  /** When it happened (the story is published a little later). */
  at: Date;
  /** The arc's step this story tells (e.g. "rises", "protest"); each topic names its own. */
  phase: string;
  /** Days since the topic's arc began, for numbers that grow as the story goes on. */
  arcDay: number;
  /** Which of the day's stories on this step it is: outlets covering one event pick other headlines. */
  variant: number;
}

export interface StoryDraft {
  /** Which of the demo's issues the story belongs to (the truth a test compares the grouping with). */
  issue: string;
  tone: Tone;
  section: string;
  headline: string;
  /** The lead first, without dateline; 4–8 paragraphs in all. */
  paragraphs: string[];
  tags: string[];
}

export interface Topic {
  key: string;
  write(ctx: StoryContext): StoryDraft;
}
