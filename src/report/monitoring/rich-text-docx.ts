// A section's rich text as Word paragraphs: headings in Word's heading styles (so the table of
// contents finds them), lists in Word's own numbering (so an editor in Word continues them), text
// runs with their marks. docx writes the XML and escapes the text; nothing is parsed as markup.
import {
  AlignmentType,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  type NumberingDefinition,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { RichBlock, RichDoc, RichInline, RichListItem } from '../rich-text.ts';

const INDENT = 360;

const level = (i: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: i,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: INDENT * (i + 2), hanging: INDENT } } },
});

export const RICH_BULLETS: NumberingDefinition = {
  reference: 'pantau-bullets',
  levels: [
    level(0, LevelFormat.BULLET, '•'),
    level(1, LevelFormat.BULLET, '◦'),
    level(2, LevelFormat.BULLET, '▪'),
  ],
};

// 1. a. i. — how nested numbered points run in Indonesian official writing.
export const RICH_ORDERED: NumberingDefinition = {
  reference: 'pantau-ordered',
  levels: [
    level(0, LevelFormat.DECIMAL, '%1.'),
    level(1, LevelFormat.LOWER_LETTER, '%2.'),
    level(2, LevelFormat.LOWER_ROMAN, '%3.'),
  ],
};

/** Gives every list of one document its own number, so each list counts from 1. */
export function listCounter(): () => number {
  let last = 0;
  return () => ++last;
}

export function richInlinesDocx(inlines: RichInline[] | undefined): ParagraphChild[] {
  return (inlines ?? []).flatMap((x): ParagraphChild[] => {
    if (x.type === 'hardBreak') return [new TextRun({ break: 1 })];
    const marks = x.marks ?? [];
    const style = {
      bold: marks.some((m) => m.type === 'bold') || undefined,
      italics: marks.some((m) => m.type === 'italic') || undefined,
      underline: marks.some((m) => m.type === 'underline') ? {} : undefined,
    };
    const href = marks.find((m) => m.type === 'link')?.attrs.href;
    if (!href) return [new TextRun({ text: x.text, ...style })];
    const linked = new ExternalHyperlink({
      link: href,
      children: [new TextRun({ text: x.text, ...style, style: 'Hyperlink' })],
    });
    // On paper a link is only as good as the address printed beside it.
    return x.text.trim() === href.trim() ? [linked] : [linked, new TextRun({ text: ` (${href})`, ...style })];
  });
}

interface ListPlace {
  definition: NumberingDefinition;
  depth: number;
  instance: number;
  /** The item's first paragraph carries the number; later ones line up under its text. */
  first: boolean;
}

function paragraphsOf(b: RichBlock, next: () => number, place?: ListPlace): Paragraph[] {
  switch (b.type) {
    case 'paragraph': {
      const children = richInlinesDocx(b.content);
      if (!place) return [new Paragraph({ children, alignment: AlignmentType.JUSTIFIED })];
      if (place.first) {
        return [
          new Paragraph({
            children,
            numbering: { reference: place.definition, level: place.depth, instance: place.instance },
            spacing: { after: 40 },
          }),
        ];
      }
      return [
        new Paragraph({ children, indent: { left: INDENT * (place.depth + 2) }, spacing: { after: 40 } }),
      ];
    }
    case 'heading':
      return [
        new Paragraph({
          children: richInlinesDocx(b.content),
          heading: b.attrs.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        }),
      ];
    case 'bulletList':
    case 'orderedList': {
      const definition = b.type === 'bulletList' ? RICH_BULLETS : RICH_ORDERED;
      const depth = place ? Math.min(place.depth + 1, 2) : 0;
      const instance = next();
      return b.content.flatMap((item) =>
        itemParagraphs(item, next, { definition, depth, instance, first: true }),
      );
    }
  }
}

function itemParagraphs(item: RichListItem, next: () => number, place: ListPlace): Paragraph[] {
  const out: Paragraph[] = [];
  item.content.forEach((inner, i) => {
    out.push(...paragraphsOf(inner, next, { ...place, first: i === 0 && inner.type === 'paragraph' }));
  });
  return out;
}

export function richTextDocx(doc: RichDoc, nextList: () => number = listCounter()): Paragraph[] {
  return doc.content.flatMap((b) => paragraphsOf(b, nextList));
}
