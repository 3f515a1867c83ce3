// What "Uji alamat ini" found: the kind of source and its name, the address that would be added (a
// feed found on a site's page), the first articles with their dates, and warnings — or why the
// address cannot be used.
import { Alert, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SourcePreview } from '../../app/api/sources.ts';
import { useFormat } from '../../app/format/useFormat.ts';

export function SourcePreviewPanel(props: { preview: SourcePreview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { preview } = props;
  if (!preview.ok) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('sources.preview.failed')} p="sm">
        <Stack gap={4}>
          <Text size="sm">{preview.error.message}</Text>
          {preview.error.detail !== preview.error.message && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {preview.error.detail}
            </Text>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Paper withBorder radius="md" p="sm" aria-live="polite" data-testid="source-preview">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light">{t(`sources.kinds.${preview.kind}`)}</Badge>
          <Text size="sm" fw={600}>
            {preview.title ?? t('sources.preview.untitled')}
          </Text>
        </Group>
        {preview.foundOn && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('sources.preview.foundOn', { url: preview.url, page: preview.foundOn })}
          </Text>
        )}
        {preview.warnings.map((w) => (
          <Alert key={w.code} color="yellow" variant="light" p="xs">
            <Text size="sm">{w.message}</Text>
          </Alert>
        ))}
        <Text size="sm" c="dimmed">
          {t('sources.preview.count', { shown: preview.items.length, listed: fmt.number(preview.listed) })}
        </Text>
        {preview.items.length > 0 && (
          <List size="sm" spacing={4} aria-label={t('sources.preview.itemsLabel')}>
            {preview.items.map((item) => (
              <List.Item key={item.url}>
                <Text size="sm" component="span">
                  <a href={item.url} target="_blank" rel="noreferrer noopener">
                    {item.title ?? item.url}
                  </a>
                </Text>
                <Text size="xs" c="dimmed">
                  {item.publishedAt ? fmt.dateTime(item.publishedAt) : t('sources.preview.noDate')}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
