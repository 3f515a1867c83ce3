// One export of a search at a time, followed from the first byte to the saved file: what the export
// panel shows, and how the user stops it. Leaving the page stops it too, rather than leaving a
// download running that nothing on screen accounts for.
import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadExport, type ExportFormat, type ExportProgress } from './exportDownload.ts';

export type ExportRun = ExportProgress & {
  format: ExportFormat;
  /** The search's total when the export started (the search on screen may change meanwhile). */
  total: number | undefined;
} & ({ phase: 'running' } | { phase: 'done'; fileName: string } | { phase: 'failed'; error: unknown });

export function useArticleExport() {
  const [run, setRun] = useState<ExportRun | null>(null);
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback((url: string, format: ExportFormat, total: number | undefined) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const mine = () => current.current === controller && !controller.signal.aborted;
    setRun({ phase: 'running', format, total, rows: format === 'xlsx' ? null : 0, bytes: 0 });
    downloadExport(url, format, {
      signal: controller.signal,
      onProgress: (p) => {
        if (mine()) setRun({ phase: 'running', format, total, ...p });
      },
    }).then(
      (saved) => {
        if (mine()) setRun({ phase: 'done', format, total, ...saved });
      },
      (error: unknown) => {
        if (mine())
          setRun((was) => ({
            phase: 'failed',
            format,
            total,
            error,
            rows: was?.rows ?? null,
            bytes: was?.bytes ?? 0,
          }));
      },
    );
  }, []);

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setRun(null);
  }, []);

  const close = useCallback(() => setRun(null), []);

  return { run, start, cancel, close };
}
