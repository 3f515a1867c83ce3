// What to do with a search: keep watching it as a subject (one click), or take every result away
// as a file (the server streams the export; the page follows it and saves it when it is whole).
import { Button, Menu } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../app/api/client.ts';
import type { Subject } from '../../app/api/subjects.ts';
import { downloadUrl } from '../../app/export/download.ts';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { showToast } from '../../app/toasts/toasts.ts';
import { DownloadIcon, PlusIcon } from '../../app/ui/icons.tsx';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { ExportProgress } from './ExportProgress.tsx';
import { type SearchRequest, searchQueryParams, useSearchCounts } from './search.api.ts';
import { useArticleExport } from './useArticleExport.ts';

/**
 * Past this many articles the browser downloads the export itself, straight to disk: the page's
 * own download keeps the whole file in memory until it is saved, which a phone or an old laptop
 * cannot do for hundreds of megabytes.
 */
const FOLLOWED_UP_TO = 50_000;

export function SearchActions(props: { request: SearchRequest }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const q = props.request.q.trim();
  // The page's own count of this search (the same query, so the cache answers): "n dari N artikel".
  const total = useSearchCounts(props.request).data?.total;
  const exporting = useArticleExport();
  const busy = exporting.run?.phase === 'running';

  const save = useMutation({
    mutationFn: () =>
      api<{ subject: Subject }>('/api/v1/subjects', {
        method: 'POST',
        body: { workspace: props.request.workspace, name: q.slice(0, 200), query: q, kind: 'topic' },
      }),
    onSuccess: ({ subject }) => {
      void queryClient.invalidateQueries({ queryKey: ['subjects'] });
      showToast({
        title: t('search.savedAsSubject', { name: subject.name }),
        href: '/pengaturan?tab=subjects',
        message: t('settings.tabs.subjects'),
      });
    },
    onError: (e) => showToast({ title: errorMessage(e), color: 'red' }),
  });

  const exportHref = (format: 'csv' | 'xlsx' | 'jsonl') =>
    apiUrl('/api/v1/articles/export', { format, ...searchQueryParams(props.request) });

  return (
    <>
      {q && session.can('manageSubjects') && (
        <Button
          size="xs"
          variant="light"
          leftSection={<PlusIcon width={14} height={14} />}
          loading={save.isPending}
          onClick={() => save.mutate()}
        >
          {t('search.saveAsSubject')}
        </Button>
      )}
      <Menu position="bottom-end" withArrow>
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<DownloadIcon width={14} height={14} />}>
            {t('search.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(['csv', 'xlsx', 'jsonl'] as const).map((format) => (
            <Menu.Item
              key={format}
              disabled={busy}
              title={busy ? t('search.exportRun.busy') : undefined}
              onClick={() => {
                if (total !== undefined && total > FOLLOWED_UP_TO) {
                  // Straight to disk, under the name the server gives it (the session cookie signs it).
                  downloadUrl(exportHref(format), '');
                  showToast({ title: t('search.exportRun.direct', { n: total.toLocaleString('id-ID') }) });
                } else exporting.start(exportHref(format), format, total);
              }}
            >
              {t(`search.exportFormats.${format}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {exporting.run && (
        <ExportProgress
          run={exporting.run}
          total={exporting.run.total ?? total}
          onCancel={exporting.cancel}
          onClose={exporting.close}
        />
      )}
    </>
  );
}
