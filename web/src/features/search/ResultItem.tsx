// One search hit: its headline (to the article page), outlet and time, and the matching passage.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import { Snippet } from './Snippet.tsx';
import type { SearchHit } from './search.api.ts';

export function ResultItem(props: { hit: SearchHit }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { article, snippet, tone } = props.hit;
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="search-result">
      <Stack gap={4}>
        <Anchor component={Link} to={`/artikel/${article.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {article.title ?? article.url}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {article.outlet ?? t('common.unknown')}
            {' · '}
            {fmt.dateTime(article.publishedAt ?? article.fetchedAt)}
          </Text>
          {tone && <ToneBadge tone={tone} size="xs" />}
        </Group>
        {snippet && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Snippet text={snippet} />
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
