// Turns HTML (or text with HTML entities) into one line of plain text: titles and summaries are shown
// and searched as text, whatever markup the publisher put in them.
import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object']);
const BREAKING = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'hr',
  'pre',
  'dd',
  'dt',
]);

export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapse(html);
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BREAKING.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BREAKING.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return collapse(parts.join(''));
}

function collapse(text: string): string {
  return withoutControls(text)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim();
}

/** C0 controls other than whitespace are invalid in XML 1.0 but appear in real feeds; never in text. */
function withoutControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c) || c === 0x7f) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Plain text or null when nothing is left. */
export function plainTextOrNull(html: string | null | undefined): string | null {
  if (html == null) return null;
  const text = htmlToText(html);
  return text === '' ? null : text;
}
