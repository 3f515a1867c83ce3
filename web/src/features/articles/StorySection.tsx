// The same story carried by other outlets (syndicated wire copies), each with its similarity.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { headline } from '../../app/format/headline.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useStory } from './article.api.ts';

export function StorySection(props: { workspace: string; storyId: number | null; articleId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const story = useStory(props.workspace, props.storyId);
  if (props.storyId === null || story.isError) return null;
  const copies = (story.data?.articles ?? []).filter((a) => a.id !== props.articleId);
  return (
    <Stack gap="xs" component="section" aria-labelledby="story-title">
      <Title order={3} size="h6" id="story-title">
        {t('article.story')}
      </Title>
      {story.isPending ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : copies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('article.onlyCopy')}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {t('article.storyCopies', {
              articles: fmt.number(story.data?.story.articleCount ?? 0),
              outlets: fmt.number(story.data?.story.outletCount ?? 0),
            })}
          </Text>
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {copies.map((copy) => (
              <li key={copy.id}>
                <Anchor component={Link} to={`/artikel/${copy.id}`} size="sm">
                  {copy.outlet ?? headline(copy, t('article.print.untitled'))}
                </Anchor>
                <Text span size="xs" c="dimmed">
                  {' · '}
                  {fmt.dateTime(copy.publishedAt)}
                  {copy.storySimilarity !== null
                    ? ` · ${t('article.similarity', { pct: fmt.percent(copy.storySimilarity, 0) })}`
                    : ''}
                </Text>
              </li>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
