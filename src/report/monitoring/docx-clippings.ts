// The DOCX's clipping section: each clipping's caption over its image (JPEG as cropped), the image
// as wide as the text and no taller than a page leaves room for.
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { CLIPPINGS_HEADING, clippingsOf, fitInside, IMAGE_GONE } from './clipping-annex.ts';
import type { MonitoringReport, ReportClipping } from './model.ts';

function clippingDocx(c: ReportClipping, box: { width: number; height: number }): Paragraph[] {
  const caption = new Paragraph({
    keepNext: true,
    spacing: { before: 240, after: 80 },
    children: [new TextRun({ text: c.caption, bold: true, size: 19 })],
  });
  if (!c.image)
    return [
      caption,
      new Paragraph({ children: [new TextRun({ text: IMAGE_GONE, italics: true, size: 18 })] }),
    ];
  return [
    caption,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'jpg',
          data: c.image.jpeg,
          transformation: fitInside(c.image, box),
          altText: { name: 'Kliping', title: c.caption, description: c.caption },
        }),
      ],
    }),
  ];
}

/** The section after the annex table, sized in pixels (96 to the inch); nothing without clippings. */
export function clippingsDocx(report: MonitoringReport, box: { width: number; height: number }): Paragraph[] {
  const clippings = clippingsOf(report);
  if (clippings.length === 0) return [];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(CLIPPINGS_HEADING)],
    }),
    ...clippings.flatMap((c) => clippingDocx(c, box)),
  ];
}
