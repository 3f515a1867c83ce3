// The DOCX's styles: Arial as Indonesian government documents use it, black headings Word's table of
// contents collects (Heading 1 for chapters, Heading 2 for their sub-headings), and the paragraph
// styles of captions and of the two kinds of table text.
import { AlignmentType, type IStylesOptions } from 'docx';
import { ANNEX_TEXT_STYLE } from './docx-annex.ts';
import { TABLE_TEXT_STYLE } from './docx-tables.ts';

export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    heading1: {
      run: { font: 'Arial', size: 26, bold: true, color: '000000' },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
    },
    heading2: {
      run: { font: 'Arial', size: 22, bold: true, color: '000000' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
    heading3: {
      run: { font: 'Arial', size: 22, bold: true, italics: true, color: '000000' },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Caption',
      name: 'Caption',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 18, italics: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 240 } },
    },
    {
      id: TABLE_TEXT_STYLE,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: 18 },
      paragraph: { spacing: { after: 0, line: 240 } },
    },
    {
      id: ANNEX_TEXT_STYLE,
      name: 'Annex Text',
      basedOn: 'Normal',
      run: { size: 15 },
      paragraph: { spacing: { after: 0, line: 240 } },
    },
  ],
};
