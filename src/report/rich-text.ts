// The rich text of report sections: the ProseMirror/TipTap JSON the web editor saves, limited to
// what a government report uses (paragraphs, headings, lists, bold/italic/underline, links, line
// breaks). Drafts are written in it, the editor edits it, and the PDF and DOCX renderers read it —
// one format end to end, so nothing is lost between the screen and the printed page.

export type RichMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'underline' }
  | { type: 'link'; attrs: { href: string } };

export type RichInline = { type: 'text'; text: string; marks?: RichMark[] } | { type: 'hardBreak' };

export type RichBlock =
  | { type: 'paragraph'; content?: RichInline[] }
  | { type: 'heading'; attrs: { level: 3 | 4 }; content?: RichInline[] }
  | { type: 'bulletList'; content: RichListItem[] }
  | { type: 'orderedList'; content: RichListItem[] };

export interface RichListItem {
  type: 'listItem';
  content: RichBlock[];
}

export interface RichDoc {
  type: 'doc';
  content: RichBlock[];
}

export const text = (t: string, ...marks: RichMark[]): RichInline =>
  marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t };

export const paragraph = (...content: (RichInline | string)[]): RichBlock => ({
  type: 'paragraph',
  content: content
    .map((c) => (typeof c === 'string' ? text(c) : c))
    .filter((c) => c.type !== 'text' || c.text !== ''),
});

export const bullets = (items: (RichInline | string)[][]): RichBlock => ({
  type: 'bulletList',
  content: items.map((parts) => ({ type: 'listItem', content: [paragraph(...parts)] })),
});

export const numbered = (items: (RichInline | string)[][]): RichBlock => ({
  type: 'orderedList',
  content: items.map((parts) => ({ type: 'listItem', content: [paragraph(...parts)] })),
});

export const doc = (...content: RichBlock[]): RichDoc => ({ type: 'doc', content });

/** The plain text of a document (for diffs, search and the annex), blocks on their own lines. */
export function plainText(d: RichDoc): string {
  const inline = (xs: RichInline[] | undefined) =>
    (xs ?? []).map((x) => (x.type === 'text' ? x.text : '\n')).join('');
  const block = (b: RichBlock, prefix = ''): string[] => {
    if (b.type === 'paragraph' || b.type === 'heading') return [prefix + inline(b.content)];
    return b.content.flatMap((item, i) =>
      item.content.flatMap((inner, j) =>
        block(inner, j === 0 ? (b.type === 'orderedList' ? `${i + 1}. ` : '• ') : '  '),
      ),
    );
  };
  return d.content.flatMap((b) => block(b)).join('\n');
}
