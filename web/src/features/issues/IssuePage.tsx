// One issue: its summary, timeline by tone, outlets and news, with the analyst's edits.
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ChartCard } from '../../app/charts/ChartCard.tsx';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DataTable } from '../../app/ui/DataTable.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { ToneBar } from '../../app/ui/ToneBar.tsx';
import { DraftReleaseButton } from '../publications/DraftReleaseButton.tsx';
import { IssueActions } from './IssueActions.tsx';
import { IssueArticles } from './IssueArticles.tsx';
import { type IssueDetail, useIssue } from './issues.api.ts';
import { timelineChart } from './timelineChart.ts';

function IssueView(props: { workspace: string; issue: IssueDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const { issue } = props;
  const canEdit = session.can('editIssues');
  const canDraft = session.can('draftPublications');
  const timeline = useMemo(() => timelineChart(issue, t, fmt), [issue, t, fmt]);
  return (
    <>
      <PageHeader
        title={issue.label}
        description={`${fmt.number(issue.articleCount)} ${t('issues.columns.articles').toLowerCase()} · ${fmt.date(issue.firstAt)} – ${fmt.date(issue.lastAt)}`}
        actions={
          canEdit || canDraft ? (
            <Group gap="xs" wrap="wrap">
              {canDraft && <DraftReleaseButton workspace={props.workspace} issueId={issue.id} />}
              {canEdit && <IssueActions workspace={props.workspace} issue={issue} />}
            </Group>
          ) : undefined
        }
      />
      <Stack gap="md">
        {issue.requestedId !== issue.id && (
          <Alert color="blue" variant="light">
            {t('issues.redirected', { from: issue.requestedId })}
          </Alert>
        )}
        <Group gap="xs">
          {issue.locked && <Badge color="gray">{t('issues.locked')}</Badge>}
          {issue.manual && <Badge variant="light">{t('issues.manual')}</Badge>}
          {issue.editedBy && (
            <Text size="xs" c="dimmed">
              {t('issues.editedBy', { who: issue.editedBy })}
            </Text>
          )}
          <ToneBar
            counts={{
              positif: issue.tones.positive,
              netral: issue.tones.neutral,
              negatif: issue.tones.negative,
            }}
            width={140}
          />
        </Group>
        {issue.summary && (
          <Paper
            withBorder
            radius="md"
            p="md"
            bg="pantau.0"
            component="section"
            aria-labelledby="issue-summary"
          >
            <Title order={2} size="h6" id="issue-summary" mb={4}>
              {t('issues.summary')}
            </Title>
            <Text size="sm">{issue.summary}</Text>
          </Paper>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <ChartCard title={t('issues.timeline')} testId="issue-timeline" spec={timeline} />
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="issue-outlets">
            <Title order={2} size="h5" id="issue-outlets" mb="xs">
              {t('issues.outlets')}
            </Title>
            <DataTable
              caption={`${t('issues.outlets')} — ${issue.label}`}
              rows={issue.topOutlets}
              rowKey={(r) => r.outlet}
              exportable
              alwaysTable
              minWidth={260}
              columns={[
                {
                  key: 'outlet',
                  header: t('dashboard.columns.outlet'),
                  cell: (r) => r.outlet,
                  value: (r) => r.outlet,
                },
                {
                  key: 'articles',
                  header: t('dashboard.columns.articles'),
                  numeric: true,
                  cell: (r) => fmt.number(r.articles),
                  value: (r) => r.articles,
                },
              ]}
            />
          </Paper>
        </SimpleGrid>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="issue-articles-title">
          <Title order={2} size="h5" id="issue-articles-title" mb="xs">
            {t('issues.articles')}
          </Title>
          <IssueArticles workspace={props.workspace} issue={issue} canEdit={canEdit} />
        </Paper>
      </Stack>
    </>
  );
}

export function IssuePage() {
  const workspace = useWorkspaceSlug();
  const id = Number(useParams().id);
  const issue = useIssue(workspace, id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundState />;
  return (
    <QueryView query={issue} skeleton={<LoadingState rows={8} />}>
      {(data) => <IssueView workspace={workspace} issue={data} />}
    </QueryView>
  );
}
