// One direction (/arahan/:id): the instruction and what it was based on (issues, articles, the SOP
// case), each agency's status with the forwards indented, what the viewer may do on it, the
// follow-up history, and the disposition sheet to print.
import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DownloadIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { DirectionTimeline } from './DirectionTimeline.tsx';
import { type Direction, dispositionUrl, useDirection } from './directions.api.ts';
import { OfficeActions } from './OfficeActions.tsx';
import { RecipientActions } from './RecipientActions.tsx';
import { RecipientTree } from './RecipientTree.tsx';

function DirectionView(props: { workspace: string; d: Direction }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const { d } = props;
  const mine = d.recipients.filter((r) => r.mine);
  return (
    <>
      <Anchor component={Link} to="/arahan" size="sm">
        ← {t('directions.back')}
      </Anchor>
      <PageHeader
        title={d.subject}
        description={
          <>
            {t('directions.number')} {d.number} · {t('directions.nature')}{' '}
            {t(`directions.natures.${d.nature}`)} ·{' '}
            {t('directions.givenBy', { name: d.givenByName, when: fmt.dateTime(d.givenAt) })}
          </>
        }
        actions={
          <Button
            component="a"
            href={dispositionUrl(props.workspace, d.id, mine[0]?.id)}
            variant="default"
            leftSection={<DownloadIcon />}
            data-testid="disposition-link"
          >
            {t('directions.disposition')}
          </Button>
        }
      />
      <Stack gap="md">
        <Group gap="xs" wrap="wrap">
          {d.status === 'closed' ? (
            <Badge color="gray" radius="sm" tt="none">
              {t('directions.closedOn', { when: fmt.dateTime(d.closedAt) })}
            </Badge>
          ) : (
            <Badge color={d.overdue ? 'red' : 'blue'} variant="light" radius="sm" tt="none">
              {t('directions.dueOn', { when: fmt.dateTime(d.dueAt) })}
            </Badge>
          )}
        </Group>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
            <Stack gap="md">
              <Paper
                withBorder
                radius="md"
                p="md"
                component="section"
                aria-labelledby="direction-instruction"
              >
                <Title order={2} size="h5" id="direction-instruction" mb="xs">
                  {t('directions.instruction')}
                </Title>
                <Text
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  data-testid="direction-instruction"
                >
                  {d.instruction}
                </Text>
                {(d.links.length > 0 || d.caseId) && (
                  <Stack gap={4} mt="sm">
                    <Text size="xs" fw={600} c="dimmed">
                      {t('directions.sources')}
                    </Text>
                    {d.links.map((l) => (
                      <Anchor
                        key={`${l.kind}-${l.id}`}
                        component={Link}
                        to={l.kind === 'issue' ? `/isu/${l.id}` : `/artikel/${l.id}`}
                        size="sm"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {l.kind === 'issue' ? t('directions.sourceIssue') : t('directions.sourceArticle')}:{' '}
                        {l.label}
                      </Anchor>
                    ))}
                    {d.caseId && session.can('read') && (
                      <Anchor component={Link} to={`/kasus/${d.caseId}`} size="sm">
                        {t('directions.fromCase')} #{d.caseId}
                      </Anchor>
                    )}
                  </Stack>
                )}
              </Paper>
              {mine.map((r) => (
                <RecipientActions key={r.id} workspace={props.workspace} d={d} r={r} />
              ))}
              {session.can('giveDirections') && <OfficeActions workspace={props.workspace} d={d} />}
              <DirectionTimeline workspace={props.workspace} d={d} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
            <RecipientTree d={d} />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

export function DirectionPage() {
  const workspace = useWorkspaceSlug();
  const id = useParams().id ?? '';
  const found = useDirection(workspace, /^\d+$/.test(id) ? id : '');
  if (!/^\d+$/.test(id)) return <NotFoundState />;
  return (
    <QueryView query={found} skeleton={<LoadingState rows={8} />}>
      {(d) => <DirectionView workspace={workspace} d={d} />}
    </QueryView>
  );
}
