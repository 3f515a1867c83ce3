// A table as the exports see it: a file name, column headings and plain cell values.
export type Cell = string | number | null;

export interface ExportTable {
  /** Used for the file name (without extension) and the sheet name. */
  name: string;
  columns: string[];
  rows: Cell[][];
}

/** "Media teratas" → "media-teratas-2026-12-05" */
export function fileName(name: string, extension: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  const day = new Date().toISOString().slice(0, 10);
  return `${slug || 'pantau'}-${day}.${extension}`;
}
