// Adding a source: its address, a name for the outlet, what kind of address it is (and for a news
// search, the words to search for).
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.ts';
import { type Source, sourcesKey } from '../../app/api/sources.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';

const KINDS = ['feed', 'sitemap', 'search', 'article'] as const;
type Kind = (typeof KINDS)[number];

export function AddSourceForm(props: { workspace: string; onDone(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('feed');
  const [query, setQuery] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api<{ source: Source }>('/api/v1/sources', {
        method: 'POST',
        body: {
          workspace: props.workspace,
          url: url.trim(),
          name: name.trim() || undefined,
          kind,
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
          onChange={(e) => setUrl(e.currentTarget.value)}
          placeholder="https://"
          data-autofocus
        />
        <TextInput label={t('sources.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Select
          label={t('sources.kind')}
          value={kind}
          allowDeselect={false}
          onChange={(v) => setKind((v ?? 'feed') as Kind)}
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
        <ProblemAlert error={add.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending} disabled={!url.trim()}>
            {t('sources.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
