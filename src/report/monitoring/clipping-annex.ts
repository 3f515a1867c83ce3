// The clippings printed after the annex table: the newspaper cuts themselves, as evidence of what
// the print media wrote. Shared words of the PDF and DOCX renderers.
import type { MonitoringReport, ReportClipping } from './model.ts';

export const CLIPPINGS_HEADING = 'Lampiran kliping media cetak';

/** Said in place of a clipping's image when its clipping was removed after the report was drafted. */
export const IMAGE_GONE = 'Gambar kliping tidak lagi tersedia di Pantau.';

/** The clippings a printed report shows; none means no such section at all. */
export const clippingsOf = (report: MonitoringReport): ReportClipping[] => report.clippings ?? [];

/** The image scaled to fit a box, never larger than the box (sizes in the caller's unit). */
export function fitInside(
  image: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  return { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}
