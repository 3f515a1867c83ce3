// The section body format (TipTap JSON, the subset src/report/rich-text.ts accepts) as the app reads
// it: its types, and its plain text for comparing versions word by word.
export interface RichMark {
  type: 'bold' | 'italic' | 'underline' | 'link';
  attrs?: { href?: string };
}
export type RichInline = { type: 'text'; text: string; marks?: RichMark[] } | { type: 'hardBreak' };
export type RichBlock =
  | { type: 'paragraph'; content?: RichInline[] }
  | { type: 'heading'; attrs: { level: 3 | 4 }; content?: RichInline[] }
  | { type: 'bulletList' | 'orderedList'; content: { type: 'listItem'; content: RichBlock[] }[] };
export interface RichDoc {
  type: 'doc';
  content: RichBlock[];
}

export function asRichDoc(body: unknown): RichDoc {
  const doc = body as RichDoc | null;
  return doc && doc.type === 'doc' && Array.isArray(doc.content) ? doc : { type: 'doc', content: [] };
}

function inlineText(content: RichInline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}

function blockText(block: RichBlock): string {
  if (block.type === 'paragraph' || block.type === 'heading') return inlineText(block.content);
  return block.content.map((item) => `• ${item.content.map(blockText).join('\n')}`).join('\n');
}

/** One line per block, so a word diff keeps paragraphs apart. */
export function plainText(body: unknown): string {
  return asRichDoc(body).content.map(blockText).join('\n\n');
}
