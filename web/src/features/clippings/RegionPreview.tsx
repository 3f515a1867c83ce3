// The text Pantau reads inside the one selected region, before anything is saved: the headline it
// would take and the body in reading order, so the user sees whether the box holds one article.
import { Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type Box, useRegionText } from './clippings.api.ts';

export function RegionPreview(props: { workspace: string; pageId: number; box: Box | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const preview = useRegionText(props.workspace, props.pageId, props.box);
  if (!props.box)
    return (
      <Text size="sm" c="dimmed">
        {t('clippings.editor.previewHint')}
      </Text>
    );
  if (preview.isPending)
    return (
      <Stack align="center" py="md">
        <Loader size="sm" aria-label={t('clippings.editor.previewLoading')} />
      </Stack>
    );
  if (preview.isError) return <ProblemAlert error={preview.error} />;
  const { title, text } = preview.data;
  return (
    <Stack gap={4} data-testid="region-preview">
      <Text size="xs" c="dimmed">
        {t('clippings.editor.previewChars', { n: fmt.number(text.length) })}
      </Text>
      <Text fw={700} size="sm">
        {title ?? t('clippings.editor.noTitle')}
      </Text>
      <ScrollArea.Autosize mah={320} type="auto">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text || t('clippings.editor.noText')}
        </Text>
      </ScrollArea.Autosize>
    </Stack>
  );
}
