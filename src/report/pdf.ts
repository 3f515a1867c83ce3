// PDF bytes from a pdfmake document definition. Only the fonts every PDF reader carries (Helvetica)
// are used, so nothing is downloaded or bundled, and the documents reach no file or URL: the
// definitions built in src/report are complete in themselves.
import { createRequire } from 'node:module';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';

export const PDF_FONT = 'Helvetica';

// The package ships the standard-font table as CommonJS without types.
const standardFonts = createRequire(import.meta.url)('pdfmake/standard-fonts/Helvetica') as TFontDictionary;
// pdfkit builds these in; pdfmake still runs their names past the local-file policy.
const builtIn = new Set(Object.values(standardFonts).flatMap((faces) => Object.values(faces) as unknown[]));

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  // Loaded on the first PDF (pdfmake and pdfkit are a few hundred modules), not with every command.
  const { default: pdfmake } = await import('pdfmake');
  // pdfmake is a process-wide singleton: set what this document needs on every call.
  pdfmake.addFonts(standardFonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => builtIn.has(path));
  const withFont: TDocumentDefinitions = { ...doc, defaultStyle: { font: PDF_FONT, ...doc.defaultStyle } };
  return pdfmake.createPdf(withFont).getBuffer();
}
