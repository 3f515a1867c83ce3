// A whole material as plain text, one labelled part after another, so two versions compare word by
// word in one view (a changed title shows as plainly as a changed paragraph).
import { plainText } from '../reports/richText.ts';
import type { MaterialContent } from './publications.api.ts';

export interface MaterialLabels {
  title: string;
  lead: string;
  body: string;
  quote: string;
  contacts: string;
  webSummary: string;
  socialText: string;
}

export function materialText(c: MaterialContent, l: MaterialLabels): string {
  const quote = c.quote ? `${c.quote.speaker}, ${c.quote.position}: "${c.quote.text}"` : '—';
  return [
    [l.title, c.title],
    [l.lead, c.lead],
    [l.body, plainText(c.body)],
    [l.quote, quote],
    [l.contacts, c.contacts],
    [l.webSummary, c.webSummary],
    [l.socialText, c.socialText],
  ]
    .map(([label, text]) => `${label}\n${text.trim() || '—'}`)
    .join('\n\n');
}
