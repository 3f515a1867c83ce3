// A section's rich text as pdfmake content: the structure of the editor's document mapped onto
// pdfmake's own nodes (text runs, ul/ol, stacks), so no text is ever parsed as markup.
import type { Content, ContentText } from 'pdfmake/interfaces.js';
import type { RichBlock, RichInline, RichListItem, RichMark } from '../rich-text.ts';
import { winAnsi } from './pdf-text.ts';

export interface RichPdfOptions {
  /** List level-3 headings in the table of contents, under their chapter. */
  toc?: boolean;
}

const LINK_COLOR = '#1c4e9c';
const BULLETS = ['disc', 'circle', 'square'] as const;
// 1. a. i. — how nested numbered points run in Indonesian official writing.
const ORDERED = ['decimal', 'lower-alpha', 'lower-roman'] as const;

function run(text: string, marks: RichMark[] = []): ContentText[] {
  const style: Partial<ContentText> = {};
  let href: string | undefined;
  for (const mark of marks) {
    if (mark.type === 'bold') style.bold = true;
    else if (mark.type === 'italic') style.italics = true;
    else if (mark.type === 'underline') style.decoration = 'underline';
    else href = mark.attrs.href;
  }
  const printed = winAnsi(text);
  if (!href) return [{ text: printed, ...style }];
  const url = winAnsi(href);
  const linked: ContentText = {
    text: printed,
    ...style,
    link: href,
    color: LINK_COLOR,
    decoration: 'underline',
  };
  // On paper a link is only as good as the address printed beside it.
  return printed.trim() === url.trim()
    ? [linked]
    : [linked, { text: ` (${url})`, ...style, link: href, color: LINK_COLOR }];
}

export function richInlinesPdf(inlines: RichInline[] | undefined): ContentText[] {
  const runs = (inlines ?? []).flatMap((x) =>
    x.type === 'hardBreak' ? [{ text: '\n' }] : run(x.text, x.marks),
  );
  // An empty paragraph is a blank line the writer left on purpose.
  return runs.length ? runs : [{ text: ' ' }];
}

function heading(block: Extract<RichBlock, { type: 'heading' }>, opts: RichPdfOptions): Content {
  const level3 = block.attrs.level === 3;
  const node: ContentText = {
    text: richInlinesPdf(block.content),
    bold: true,
    fontSize: level3 ? 11 : 10.5,
    italics: !level3,
    margin: [0, 6, 0, 3],
  };
  if (opts.toc && level3) {
    return { ...node, tocItem: true, tocMargin: [16, 0, 0, 0], tocStyle: { fontSize: 9.5 } } as Content;
  }
  return node;
}

function listItem(item: RichListItem, depth: number, opts: RichPdfOptions): Content {
  const parts = item.content.map((b) => block(b, depth + 1, opts, true));
  if (parts.length === 0) return { text: ' ' };
  return parts.length === 1 ? parts[0] : { stack: parts };
}

function block(b: RichBlock, depth: number, opts: RichPdfOptions, inList = false): Content {
  switch (b.type) {
    case 'paragraph':
      return inList
        ? { text: richInlinesPdf(b.content), margin: [0, 0, 0, 2] }
        : { text: richInlinesPdf(b.content), margin: [0, 0, 0, 6], alignment: 'justify' };
    case 'heading':
      return heading(b, opts);
    case 'bulletList':
      return {
        ul: b.content.map((item) => listItem(item, depth, opts)),
        type: BULLETS[depth % BULLETS.length],
        margin: [inList ? 0 : 8, 0, 0, inList ? 0 : 6],
      };
    case 'orderedList':
      return {
        ol: b.content.map((item) => listItem(item, depth, opts)),
        type: ORDERED[depth % ORDERED.length],
        margin: [inList ? 0 : 8, 0, 0, inList ? 0 : 6],
      };
  }
}

/** The document's blocks, a heading kept on the page of the paragraph it introduces. */
export function richTextPdf(doc: { content: RichBlock[] }, opts: RichPdfOptions = {}): Content[] {
  const out: Content[] = [];
  const blocks = doc.content;
  for (let i = 0; i < blocks.length; i++) {
    const current = block(blocks[i], 0, opts);
    const next = blocks[i + 1];
    if (blocks[i].type === 'heading' && next?.type === 'paragraph') {
      out.push({ stack: [current, block(next, 0, opts)], unbreakable: true });
      i++;
    } else {
      out.push(current);
    }
  }
  return out;
}
