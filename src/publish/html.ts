// HTML for the public newsroom, built as strings from escaped parts: scraped or typed text never
// reaches a page as markup, and the rich text of a release becomes only the tags its format allows.
import type { RichBlock, RichDoc, RichInline } from '../report/rich-text.ts';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only web addresses become links; anything else (javascript:, data:) stays plain text. */
function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function inline(xs: RichInline[] | undefined): string {
  return (xs ?? [])
    .map((x) => {
      if (x.type === 'hardBreak') return '<br>';
      let out = esc(x.text);
      for (const m of x.marks ?? []) {
        if (m.type === 'bold') out = `<strong>${out}</strong>`;
        else if (m.type === 'italic') out = `<em>${out}</em>`;
        else if (m.type === 'underline') out = `<u>${out}</u>`;
        else if (m.type === 'link') {
          const href = safeHref(m.attrs.href);
          if (href) out = `<a href="${esc(href)}" rel="nofollow noopener">${out}</a>`;
        }
      }
      return out;
    })
    .join('');
}

function block(b: RichBlock): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'heading':
      return `<h${b.attrs.level}>${inline(b.content)}</h${b.attrs.level}>`;
    case 'bulletList':
    case 'orderedList': {
      const tag = b.type === 'bulletList' ? 'ul' : 'ol';
      return `<${tag}>${b.content.map((li) => `<li>${li.content.map(block).join('')}</li>`).join('')}</${tag}>`;
    }
    default:
      return '';
  }
}

export function richHtml(d: RichDoc): string {
  return (d.content ?? []).map(block).join('\n');
}

/** JSON inside a <script type="application/ld+json">: no "</script>" can end it early. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
