// A publication material of SOP B: the press release (siaran pers) with its facts, the official's
// quote and the contacts, and the short versions the website and social media carry. Drafted from
// the evidence, edited at the SOP's steps, published as one version of it.
import { plainText, type RichDoc } from '../report/rich-text.ts';

export { PUBLIC_CLASSES, type PublicClass } from '../domain/public-information.ts';

export interface MaterialQuote {
  speaker: string;
  position: string;
  text: string;
}

export interface MaterialContent {
  title: string;
  /** The opening paragraph: place, date, what happened. */
  lead: string;
  body: RichDoc;
  quote: MaterialQuote | null;
  /** Who journalists call: name, position, phone or e-mail, one per line. */
  contacts: string;
  /** The website's short version (a paragraph). */
  webSummary: string;
  /** The social media post. */
  socialText: string;
}

/** What one platform takes in one post, so the draft never needs cutting by hand. */
export const SOCIAL_LIMIT = 280;
export const WEB_SUMMARY_LIMIT = 600;

/**
 * A template's blanks are written in square brackets ("[isi langkah yang diambil]"); what still has
 * one is not ready for the public, whoever approved it.
 */
const BLANK = /\[(?:isi|tulis|lengkapi)[^\]]*\]/gi;

export function unfilledBlanks(m: MaterialContent): string[] {
  const all = [
    m.title,
    m.lead,
    plainText(m.body),
    m.quote?.text ?? '',
    m.contacts,
    m.webSummary,
    m.socialText,
  ];
  return [...new Set(all.flatMap((t) => t.match(BLANK) ?? []))];
}

/** The whole text of the release as a reader gets it: what pickup matching compares against. */
export function releaseText(m: MaterialContent): string {
  const quote = m.quote ? `"${m.quote.text}" kata ${m.quote.speaker}, ${m.quote.position}.` : '';
  return [m.lead, plainText(m.body), quote].filter((t) => t.trim() !== '').join('\n');
}

/** A newsroom address from a title: lower-case ASCII words joined by hyphens. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'siaran-pers';
}
