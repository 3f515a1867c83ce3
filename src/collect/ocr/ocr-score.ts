// Scores what the clipping reader made of a page against what was printed, the way an analyst
// would judge it: the articles it proposes, read in order, and the characters to correct.
import { characterErrorRate, editDistance, locateApproximately, normaliseForCer } from './cer.ts';
import { textInRegion } from './layout.ts';
import type { ReadPage } from './types.ts';

/** An article as printed: what a reader would type of it. */
export interface PrintedArticle {
  headline: string;
  paragraphs: string[];
}

type NewsArticle = PrintedArticle;

const articleText = (a: PrintedArticle) => [a.headline, ...a.paragraphs].join('\n\n');

export interface ArticleScore {
  headline: string;
  /** Index of the proposed region whose title is this headline, or null when none is. */
  region: number | null;
  /** Errors of that region's title and text against the article (1 when no region has it). */
  cer: number;
}

export interface PageScore {
  /**
   * Errors of the page's text as Pantau presents it (its regions in order, each title then text)
   * against the printed articles in reading order: misread characters, lost or doubled lines, and
   * text in the wrong order all count.
   */
  cer: number;
  /** Edits and reference characters behind `cer`, to pool pages into one rate. */
  edits: number;
  characters: number;
  /** Each headline and each 40-character piece of the text is found in the page's text, in order. */
  readingOrderCorrect: boolean;
  /** Every article has a proposed region of its own (titled with its headline), in the articles' order. */
  regionsCorrect: boolean;
  articles: ArticleScore[];
  /** What went wrong, for a failing test's message. */
  problems: string[];
}

/** Text Pantau would make articles of: each region's title and text, regions in order. */
export function regionTexts(page: ReadPage): string[] {
  return page.regions.map((region) => {
    const { title, text } = textInRegion(page.lines, region);
    return [title, text].filter((part) => part).join('\n\n');
  });
}

// The text is cut into pieces of 40 characters (a line of a column is 30–50), each of which must
// be found, a quarter of it misread at most, after the piece before it: lines of two columns read
// across, a column read before its left neighbour, a paragraph out of place all break the order.
const PROBE = 40;
const PROBE_TOLERANCE = 1 / 4;
const HEADLINE_TOLERANCE = 0.2;
/** Pieces that may go unfound (misread beyond recognition, lost) before the order cannot be judged. */
const MAX_UNFOUND_SHARE = 0.1;

function probes(article: NewsArticle): { label: string; text: string }[] {
  const out = [{ label: `headline "${article.headline}"`, text: article.headline }];
  article.paragraphs.forEach((p, i) => {
    const chars = Array.from(normaliseForCer(p));
    for (let at = 0; at < chars.length; at += PROBE) {
      // A short last piece joins the one before it: too short, it could be found anywhere.
      const end = chars.length - (at + PROBE) < PROBE / 2 ? chars.length : at + PROBE;
      out.push({
        label: `paragraph ${i + 1} of "${article.headline}" at ${at} ("${chars.slice(at, at + 20).join('')}…")`,
        text: chars.slice(at, end).join(''),
      });
      if (end === chars.length) break;
    }
  });
  return out;
}

export function scorePage(page: ReadPage, truth: NewsArticle[]): PageScore {
  const problems: string[] = [];
  const texts = regionTexts(page);
  const titles = page.regions.map((region) => textInRegion(page.lines, region).title ?? '');
  const reference = normaliseForCer(truth.map(articleText).join('\n\n'));
  const hypothesis = normaliseForCer(texts.join('\n\n'));
  const edits = editDistance(reference, hypothesis);
  const characters = Array.from(reference).length;

  // Each article's own region: the one titled with its headline.
  const articles: ArticleScore[] = truth.map((article) => {
    let region: number | null = null;
    let best = Number.POSITIVE_INFINITY;
    titles.forEach((title, i) => {
      const rate = characterErrorRate(article.headline, title);
      if (rate <= HEADLINE_TOLERANCE && rate < best) {
        best = rate;
        region = i;
      }
    });
    const cer = region === null ? 1 : characterErrorRate(articleText(article), texts[region] as string);
    if (region === null) problems.push(`no region is titled "${article.headline}"`);
    return { headline: article.headline, region, cer };
  });
  const regions = articles.map((a) => a.region).filter((r): r is number => r !== null);
  const ordered = regions.every((r, i) => i === 0 || r > (regions[i - 1] as number));
  if (!ordered) problems.push(`articles' regions out of order: ${JSON.stringify(regions)}`);

  // Every headline and piece of text, found in the page's text in the printed order.
  const all = truth.flatMap(probes);
  let last = -1;
  let unfound = 0;
  let inOrder = true;
  for (const probe of all) {
    const found = locateApproximately(probe.text, hypothesis);
    const length = Array.from(normaliseForCer(probe.text)).length;
    if (found.distance > length * PROBE_TOLERANCE) {
      problems.push(`${probe.label} not found (${found.distance} edits)`);
      unfound++;
      continue;
    }
    if (found.end <= last) {
      problems.push(`${probe.label} comes before what precedes it`);
      inOrder = false;
    }
    last = found.end;
  }
  if (unfound > all.length * MAX_UNFOUND_SHARE) inOrder = false;
  return {
    cer: characters === 0 ? 0 : edits / characters,
    edits,
    characters,
    readingOrderCorrect: inOrder,
    regionsCorrect: ordered && regions.length === truth.length,
    articles,
    problems,
  };
}

/** Pooled rate of several pages: all their edits over all their characters. */
export function pooledCer(scores: { edits: number; characters: number }[]): number {
  const characters = scores.reduce((n, s) => n + s.characters, 0);
  return characters === 0 ? 0 : scores.reduce((n, s) => n + s.edits, 0) / characters;
}
