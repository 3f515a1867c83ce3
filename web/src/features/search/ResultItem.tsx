// One search hit: its headline (to the article page), outlet and time, "Cetak" for a print clipping,
// and the matching passage.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { headline, isPrintArticle } from '../../app/format/headline.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import { Snippet } from './Snippet.tsx';
import type { SearchHit } from './search.api.ts';

export function ResultItem(props: { hit: SearchHit }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { article, snippet, tone } = props.hit;
  const print = isPrintArticle(article);
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="search-result">
      <Stack gap={4}>
        <Anchor component={Link} to={`/artikel/${article.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {/* A print clipping's address only names a region inside Pantau: never shown as its title. */}
          {headline(article, t('article.print.untitled'))}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {article.outlet ?? t('common.unknown')}
            {' · '}
            {fmt.dateTime(article.publishedAt ?? article.fetchedAt)}
          </Text>
          {print && (
            <Badge size="xs" variant="light" color="gray" data-testid="print-badge">
              {t('article.print.badge')}
            </Badge>
          )}
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
