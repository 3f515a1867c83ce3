// The public issues of the last seven days beside the inventory: what the public talks about, how
// much, in which tone, and how close to a crisis.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { ToneBadge } from '../../app/ui/ToneBadge.tsx';
import { type PublicIssue, usePublicIssues } from './programs.api.ts';

const CRISIS_COLOR: Record<PublicIssue['crisisLevel'], string> = {
  normal: 'gray',
  waspada: 'yellow',
  siaga: 'orange',
  krisis: 'red',
};

export function PublicIssues(props: { workspace: string }) {
  const { t } = useTranslation();
  const issues = usePublicIssues(props.workspace);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="isu-publik">
      <Title order={2} size="h4" id="isu-publik" mb="sm">
        {t('programs.publicIssues')}
      </Title>
      <QueryView query={issues} skeleton={<LoadingState rows={3} />}>
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('programs.publicIssuesEmpty')}
            </Text>
          ) : (
            <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {rows.map((i) => (
                <Group key={i.id} component="li" gap="xs" justify="space-between" wrap="wrap">
                  <Anchor component={Link} to={`/isu/${i.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {i.label}
                  </Anchor>
                  <Group gap={4}>
                    <Text size="xs" c="dimmed">
                      {t('programs.issueArticles', { n: i.articleCount })}
                    </Text>
                    {i.dominantTone && <ToneBadge tone={i.dominantTone} size="xs" />}
                    <Badge
                      color={CRISIS_COLOR[i.crisisLevel]}
                      variant="light"
                      size="xs"
                      radius="sm"
                      tt="none"
                    >
                      {t(`programs.crisis.${i.crisisLevel}`)}
                    </Badge>
                  </Group>
                </Group>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </Paper>
  );
}
