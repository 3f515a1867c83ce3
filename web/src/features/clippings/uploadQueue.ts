// The upload panel's queue: every chosen file is sent on its own request, two at a time, then
// followed (every 2 s) until the server has read it. Each file carries its own stage and error, so
// a corrupt scan or a 200-megapixel photo fails alone and the others go on.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { addClipping, clippingsKey, fetchClipping } from './clippings.api.ts';

export const MAX_BYTES = 30 * 1024 * 1024;
export const ACCEPTED = /\.(jpe?g|png|tiff?|webp|pdf)$/i;
export const ACCEPT_ATTR =
  'image/jpeg,image/png,image/tiff,image/webp,application/pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,.pdf';
const PARALLEL = 2;
const POLL_MS = 2000;

export type UploadStage = 'waiting' | 'sending' | 'processing' | 'ready' | 'failed';

export interface UploadItem {
  key: number;
  file: File;
  stage: UploadStage;
  /** Why it failed: the server's message, or the size/type refusal made here. */
  error: string | null;
  /** Set once the server has taken the file. */
  clippingId: number | null;
  articleCount: number;
  /** The share of the file sent so far (0–1) while it is being sent; null before it is known. */
  sent: number | null;
  /** The problem code the app shows a translated sentence for instead of `error`. */
  refusal: 'tooBig' | 'wrongType' | null;
}

export interface BatchFields {
  outlet: string;
  date: string;
  /** The first file's page; the following files are numbered on from it. */
  page: number | null;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useUploadQueue(workspace: string) {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const nextKey = useRef(1);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const patch = useCallback((key: number, change: Partial<UploadItem>) => {
    if (!alive.current) return;
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i)));
  }, []);

  /** Adds files to the list; those Pantau cannot take are marked at once and never sent. */
  const add = useCallback((files: File[]) => {
    const added = files.map<UploadItem>((file) => {
      const refusal = !ACCEPTED.test(file.name) ? 'wrongType' : file.size > MAX_BYTES ? 'tooBig' : null;
      return {
        key: nextKey.current++,
        file,
        stage: refusal ? 'failed' : 'waiting',
        error: null,
        clippingId: null,
        articleCount: 0,
        sent: null,
        refusal,
      };
    });
    setItems((all) => [...all, ...added]);
  }, []);

  const remove = useCallback((key: number) => setItems((all) => all.filter((i) => i.key !== key)), []);
  const clearDone = useCallback(
    () =>
      setItems((all) =>
        all.filter((i) => i.stage === 'waiting' || i.stage === 'sending' || i.stage === 'processing'),
      ),
    [],
  );

  const follow = useCallback(
    async (key: number, id: number) => {
      while (alive.current) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        try {
          const c = await fetchClipping(workspace, id);
          if (c.status === 'processing') continue;
          patch(key, { stage: c.status, error: c.error, articleCount: c.articleCount });
          void queryClient.invalidateQueries({ queryKey: clippingsKey(workspace) });
          return;
        } catch {
          // A dropped connection while waiting: ask again at the next tick.
        }
      }
    },
    [workspace, patch, queryClient],
  );

  const send = useCallback(
    async (item: UploadItem, fields: BatchFields, page: number | null) => {
      patch(item.key, { stage: 'sending', error: null, sent: null });
      // Whole percents only: a re-render per progress event would be thousands for a large file.
      let shown = -1;
      const onUploadProgress = (fraction: number) => {
        const percent = Math.floor(fraction * 100);
        if (percent === shown) return;
        shown = percent;
        patch(item.key, { sent: percent / 100 });
      };
      try {
        const contentBase64 = await readBase64(item.file);
        const made = await addClipping(
          workspace,
          {
            fileName: item.file.name,
            contentBase64,
            outlet: fields.outlet,
            date: fields.date,
            ...(page === null ? {} : { page }),
          },
          { onUploadProgress },
        );
        void queryClient.invalidateQueries({ queryKey: clippingsKey(workspace) });
        // New outlet names become print outlets on the server: the combobox reads them again.
        void queryClient.invalidateQueries({ queryKey: ['print-outlets', workspace] });
        if (made.status === 'processing') {
          patch(item.key, { stage: 'processing', clippingId: made.id });
          void follow(item.key, made.id);
        } else {
          patch(item.key, {
            stage: made.status,
            clippingId: made.id,
            error: made.error,
            articleCount: made.articleCount,
          });
        }
      } catch (e) {
        patch(item.key, { stage: 'failed', error: messageOf(e) });
      }
    },
    [workspace, patch, follow, queryClient],
  );

  /** Sends every waiting file with the fields as they are now, two at a time. */
  const start = useCallback(
    async (fields: BatchFields) => {
      const waiting = items.filter((i) => i.stage === 'waiting');
      let next = 0;
      const worker = async () => {
        while (next < waiting.length) {
          const index = next++;
          const item = waiting[index] as UploadItem;
          await send(item, fields, fields.page === null ? null : fields.page + index);
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, waiting.length) }, worker));
    },
    [items, send],
  );

  return {
    items,
    add,
    remove,
    clearDone,
    start,
    waiting: items.filter((i) => i.stage === 'waiting').length,
    busy: items.some((i) => i.stage === 'sending'),
  };
}
