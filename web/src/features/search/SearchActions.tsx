// What to do with a search: keep watching it as a subject (one click), or take every result away
// as a file (the server streams the export; the browser just downloads it).
import { Button, Menu } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../app/api/client.ts';
import type { Subject } from '../../app/api/subjects.ts';
import { useSession } from '../../app/session/SessionProvider.tsx';
import { showToast } from '../../app/toasts/toasts.ts';
import { DownloadIcon, PlusIcon } from '../../app/ui/icons.tsx';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { type SearchRequest, searchQueryParams } from './search.api.ts';

export function SearchActions(props: { request: SearchRequest }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const q = props.request.q.trim();

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
            <Menu.Item key={format} component="a" href={exportHref(format)} download>
              {t(`search.exportFormats.${format}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
