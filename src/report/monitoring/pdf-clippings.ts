// The PDF's clipping section: each clipping's caption over its image, kept together on a page and
// scaled to the text width (a tall cut is shrunk to leave room for its caption on the page).
import type { Content } from 'pdfmake/interfaces.js';
import { CLIPPINGS_HEADING, clippingsOf, IMAGE_GONE } from './clipping-annex.ts';
import type { MonitoringReport, ReportClipping } from './model.ts';
import { winAnsi } from './pdf-text.ts';

const dataUrl = (jpeg: Uint8Array) => `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`;

function clippingPdf(c: ReportClipping, width: number, maxHeight: number): Content {
  const caption: Content = { text: winAnsi(c.caption), bold: true, fontSize: 9.5, margin: [0, 0, 0, 6] };
  const picture: Content = c.image
    ? { image: dataUrl(c.image.jpeg), fit: [width, maxHeight], alignment: 'center' }
    : { text: winAnsi(IMAGE_GONE), italics: true, fontSize: 9 };
  return { stack: [caption, picture], unbreakable: true, margin: [0, 0, 0, 16] };
}

/**
 * The section after the annex table: nothing when the report has no clippings. `heading` makes the
 * chapter heading the other chapters have (in the table of contents, on a new page).
 */
export function clippingsPdf(
  report: MonitoringReport,
  size: { width: number; height: number },
  heading: (text: string) => Content,
): Content[] {
  const clippings = clippingsOf(report);
  if (clippings.length === 0) return [];
  // Room under a caption on an empty page.
  const maxHeight = size.height - 60;
  return [heading(CLIPPINGS_HEADING), ...clippings.map((c) => clippingPdf(c, size.width, maxHeight))];
}
