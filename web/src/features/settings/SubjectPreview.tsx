// What a subject's query would match, shown while it is typed: the search API with that query.
import { Anchor, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api/client.ts';
import { headline } from '../../app/format/headline.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useErrorMessage } from '../../app/ui/States.tsx';
import { Snippet } from '../search/Snippet.tsx';
import type { SearchResult } from '../search/search.api.ts';

export function SubjectPreview(props: { workspace: string; query: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorMessage = useErrorMessage();
  const [query] = useDebouncedValue(props.query.trim(), 400);
  const preview = useQuery({
    queryKey: ['search', 'preview', props.workspace, query],
    queryFn: ({ signal }) =>
      api<SearchResult>('/api/v1/articles', {
        query: { workspace: props.workspace, q: query, limit: 5 },
        signal,
      }),
    enabled: query.length > 0,
    retry: false,
  });
  return (
    <Stack gap={6} aria-live="polite" data-testid="subject-preview">
      <Text size="sm" fw={600}>
        {t('settings.subjects.preview')}
      </Text>
      {!query ? (
        <Text size="sm" c="dimmed">
          {t('settings.subjects.previewHint')}
        </Text>
      ) : preview.isPending ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : preview.isError ? (
        <Text size="sm" c="red.8">
          {errorMessage(preview.error)}
        </Text>
      ) : preview.data.results.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('settings.subjects.previewNone')}
        </Text>
      ) : (
        <>
          {preview.data.total !== undefined && (
            <Text size="sm">
              {t('settings.subjects.previewCount', { n: fmt.number(preview.data.total) })}
            </Text>
          )}
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {preview.data.results.map((hit) => (
              <li key={hit.article.id}>
                <Anchor component={Link} to={`/artikel/${hit.article.id}`} size="sm">
                  {headline(hit.article, t('article.print.untitled'))}
                </Anchor>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  <Snippet text={hit.snippet} />
                </Text>
              </li>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
