// Adding a source: its address, a name for the outlet, what kind of address it is (and for a news
// search, the words to search for). "Uji alamat ini" shows what Pantau would collect before saving;
// a feed found on a site's page is what is then saved, not the page.
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.ts';
import { type Source, type SourcePreview, sourcesKey } from '../../app/api/sources.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { SourcePreviewPanel } from './SourcePreviewPanel.tsx';

const KINDS = ['feed', 'sitemap', 'search', 'article'] as const;
type Kind = (typeof KINDS)[number];

export function AddSourceForm(props: { workspace: string; onDone(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('feed');
  const [query, setQuery] = useState('');
  const preview = useMutation({
    mutationFn: () =>
      api<SourcePreview>('/api/v1/sources/preview', {
        method: 'POST',
        body: { workspace: props.workspace, url: url.trim(), kind: kind === 'search' ? undefined : kind },
      }),
    // The outlet's own name, unless the user has typed one.
    onSuccess: (result) => {
      if (result.ok && result.title && !name.trim()) setName(result.title);
    },
  });
  // The address the preview settled on (a feed found on a site's page) is the one saved.
  const found = preview.data?.ok ? preview.data : null;
  const add = useMutation({
    mutationFn: () =>
      api<{ source: Source }>('/api/v1/sources', {
        method: 'POST',
        body: {
          workspace: props.workspace,
          url: found?.url ?? url.trim(),
          name: name.trim() || undefined,
          kind: found?.kind ?? kind,
          query: kind === 'search' ? query.trim() || undefined : undefined,
        },
      }),
    onSuccess: ({ source }) => {
      void queryClient.invalidateQueries({ queryKey: sourcesKey(props.workspace) });
      showToast({ title: t('sources.added', { name: source.name }) });
      props.onDone();
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('sources.url')}
          description={t('sources.urlHelp')}
          type="url"
          required
          value={url}
          onChange={(e) => {
            setUrl(e.currentTarget.value);
            preview.reset(); // a preview speaks of the address it was given, not of this one
          }}
          placeholder="https://"
          data-autofocus
        />
        <TextInput label={t('sources.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Select
          label={t('sources.kind')}
          value={kind}
          allowDeselect={false}
          onChange={(v) => {
            setKind((v ?? 'feed') as Kind);
            preview.reset();
          }}
          data={KINDS.map((k) => ({ value: k, label: t(`sources.kinds.${k}`) }))}
        />
        {kind === 'search' && (
          <TextInput
            label={t('sources.query')}
            description={t('sources.queryHelp')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
        )}
        {preview.isPending && (
          <Text size="sm" c="dimmed" aria-live="polite" aria-busy="true">
            {t('sources.preview.loading')}
          </Text>
        )}
        <ProblemAlert error={preview.error} />
        {preview.data && <SourcePreviewPanel preview={preview.data} />}
        <ProblemAlert error={add.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          {kind !== 'search' && (
            <Button
              variant="light"
              onClick={() => preview.mutate()}
              loading={preview.isPending}
              disabled={!url.trim()}
              aria-describedby="source-test-help"
            >
              {t('sources.preview.test')}
            </Button>
          )}
          <Button type="submit" loading={add.isPending} disabled={!url.trim()}>
            {t('common.save')}
          </Button>
        </Group>
        <Text id="source-test-help" size="xs" c="dimmed">
          {t('sources.preview.help')}
        </Text>
      </Stack>
    </form>
  );
}
