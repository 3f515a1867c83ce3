// How a local newsroom republishes a wire story: nearly word for word, under a headline of its own
// or the agency's, with a few verbs changed, sometimes a paragraph dropped, and the agency credited.
import type { Random } from './random.ts';
import type { StoryDraft } from './story.ts';

/** Words editors swap while reworking agency copy; each pair is tried in both directions. */
const SWAPS: [RegExp, string][] = [
  [/\bmengatakan\b/, 'menyampaikan'],
  [/\bmenjelaskan\b/, 'memaparkan'],
  [/\bsejumlah\b/, 'beberapa'],
  [/\bwarga\b/, 'masyarakat'],
  [/\bsekitar\b/, 'kurang lebih'],
  [/\bmeminta\b/, 'mendesak'],
  [/\bhingga\b/, 'sampai'],
  [/\bsegera\b/, 'secepatnya'],
];

const CREDITS = [
  'Sumber: Kantor Berita Nusantara',
  '(kbn)',
  'Artikel ini telah tayang di Kantor Berita Nusantara.',
  '(KBN/red)',
];

export interface Copy {
  headline: string;
  paragraphs: string[];
}

/**
 * A copy of the agency's story: `altHeadline` is another headline the topic could have written for the
 * same event, used when the newsroom retitles the story.
 */
export function republish(rng: Random, wire: StoryDraft, altHeadline: string): Copy {
  const paragraphs = wire.paragraphs.map((p, i) => {
    // The lead and quotes stay as the agency wrote them; the reporter's own sentences get touched.
    if (i === 0 || p.includes('"') || !rng.chance(0.45)) return p;
    const [pattern, replacement] = rng.pick(SWAPS);
    return p.replace(pattern, replacement);
  });
  // A short copy drops the closing paragraph, a few also the second-to-last.
  if (rng.chance(0.5) && paragraphs.length > 5) paragraphs.pop();
  if (rng.chance(0.2) && paragraphs.length > 5) paragraphs.splice(paragraphs.length - 2, 1);
  paragraphs.push(rng.pick(CREDITS));
  return { headline: rng.chance(0.35) ? wire.headline : altHeadline, paragraphs };
}
