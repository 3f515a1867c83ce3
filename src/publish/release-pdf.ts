// The press release as the office prints and attaches it: the letterhead, "SIARAN PERS", the title,
// the dateline lead, the text, the official's quote, the contacts, and where the official text
// lives online. Helvetica only, like every PDF Pantau makes (see report/pdf.ts).
import type { Content } from 'pdfmake/interfaces.js';
import { winAnsi } from '../report/monitoring/pdf-text.ts';
import { richTextPdf } from '../report/monitoring/rich-text-pdf.ts';
import { renderPdf } from '../report/pdf.ts';
import type { MaterialContent } from './material.ts';

export interface ReleasePdfInput {
  letterhead: string[];
  logoPng: string | null;
  content: MaterialContent;
  /** The newsroom address of the release, or null before publication. */
  url: string | null;
  /** "Ralat: …" when this is a corrected version. */
  correction: string | null;
}

export function releasePdf(r: ReleasePdfInput): Promise<Buffer> {
  const head: Content[] = r.letterhead.map((line, i) => ({
    text: winAnsi(line),
    bold: i < 2,
    fontSize: i === 0 ? 13 : i === 1 ? 14 : 9,
    alignment: 'center',
  }));
  const c = r.content;
  const body: Content[] = [
    ...(r.logoPng
      ? [
          {
            image: `data:image/png;base64,${r.logoPng}`,
            fit: [54, 54] as [number, number],
            alignment: 'center' as const,
          },
        ]
      : []),
    ...head,
    {
      canvas: [
        { type: 'line', x1: 0, y1: 2, x2: 515, y2: 2, lineWidth: 2.5 },
        { type: 'line', x1: 0, y1: 5.5, x2: 515, y2: 5.5, lineWidth: 0.75 },
      ],
      margin: [0, 4, 0, 12],
    },
    {
      text: 'SIARAN PERS',
      bold: true,
      fontSize: 12,
      alignment: 'center',
      characterSpacing: 2,
      margin: [0, 0, 0, 8],
    },
    ...(r.correction
      ? [
          {
            text: winAnsi(`RALAT: ${r.correction}`),
            bold: true,
            color: '#a15c00',
            margin: [0, 0, 0, 8] as [number, number, number, number],
          },
        ]
      : []),
    { text: winAnsi(c.title), bold: true, fontSize: 15, margin: [0, 0, 0, 8] },
    { text: winAnsi(c.lead), bold: true, margin: [0, 0, 0, 8] },
    ...richTextPdf(c.body),
    ...(c.quote
      ? [
          {
            text: winAnsi(`"${c.quote.text}" — ${c.quote.speaker}, ${c.quote.position}`),
            italics: true,
            margin: [18, 8, 18, 8] as [number, number, number, number],
          },
        ]
      : []),
    ...(c.contacts.trim()
      ? [
          { text: 'Narahubung', bold: true, margin: [0, 10, 0, 2] as [number, number, number, number] },
          { text: winAnsi(c.contacts) },
        ]
      : []),
    ...(r.url
      ? [
          {
            text: winAnsi(`Naskah resmi: ${r.url}`),
            fontSize: 9,
            color: '#444',
            margin: [0, 14, 0, 0] as [number, number, number, number],
          },
        ]
      : []),
  ];
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: { title: c.title, subject: 'Siaran pers' },
    content: body,
    defaultStyle: { fontSize: 10.5, lineHeight: 1.3 },
  });
}
