// One crisis alert (/peringatan/:id): its level and reason, the news behind it, its handling
// (seen, assigned, resolved), comments, history, and how each channel's delivery went.
import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { headline } from '../../app/format/headline.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { DraftReleaseButton } from '../publications/DraftReleaseButton.tsx';
import { AlertComments } from './AlertComments.tsx';
import { AlertDeliveries } from './AlertDeliveries.tsx';
import { AlertHandling } from './AlertHandling.tsx';
import { AlertHistory } from './AlertHistory.tsx';
import { AlertLevelBadge } from './AlertLevelBadge.tsx';
import { AlertStatusBadge } from './AlertStatusBadge.tsx';
import { type AlertDetail, useAlert } from './alerts.api.ts';

function AlertArticles(props: { alert: AlertDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { items, total } = props.alert.articles;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="alert-articles">
      <Title order={2} size="h5" id="alert-articles" mb="xs">
        {t('alerts.detail.articles')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('alerts.detail.noArticles')}
        </Text>
      ) : (
        <List size="sm" spacing={6}>
          {items.map((a) => (
            <List.Item key={a.url}>
              {a.articleId !== null ? (
                <Anchor component={Link} to={`/artikel/${a.articleId}`} size="sm">
                  {headline(a, t('article.print.untitled'))}
                </Anchor>
              ) : (
                <Text span size="sm">
                  {headline(a, t('article.print.untitled'))}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t('alerts.detail.notStored')})
                  </Text>
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {[a.outlet, a.publishedAt ? fmt.dateTime(a.publishedAt) : null].filter(Boolean).join(' · ')}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {total > items.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('alerts.detail.articlesMore', { n: total - items.length })}
        </Text>
      )}
    </Paper>
  );
}

function AlertView(props: { workspace: string; alert: AlertDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const session = useSession();
  const { alert } = props;
  const canHandle = session.can('handleAlerts');
  return (
    <>
      <Anchor component={Link} to="/peringatan" size="sm">
        ← {t('alerts.detail.back')}
      </Anchor>
      <PageHeader
        title={alert.reason}
        description={`${t('alerts.detail.about', { scope: alert.scopeLabel })} · ${t('alerts.detail.raisedAt', { when: fmt.dateTime(alert.createdAt) })}`}
      />
      <Stack gap="md">
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <AlertLevelBadge level={alert.level} />
            <AlertStatusBadge status={alert.status} />
          </Group>
          {/* A crisis raised on an issue is where SOP B starts: the release answers that issue. */}
          {alert.scopeType === 'issue' && session.can('draftPublications') && (
            <DraftReleaseButton workspace={props.workspace} issueId={Number(alert.scopeId)} />
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <AlertHandling workspace={props.workspace} alert={alert} canHandle={canHandle} />
          <AlertArticles alert={alert} />
        </SimpleGrid>
        <AlertComments workspace={props.workspace} alert={alert} canComment={canHandle} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <AlertHistory alert={alert} />
          <AlertDeliveries alert={alert} />
        </SimpleGrid>
      </Stack>
    </>
  );
}

export function AlertPage() {
  const workspace = useWorkspaceSlug();
  const id = useParams().id ?? '';
  const alert = useAlert(workspace, id);
  if (!id) return <NotFoundState />;
  return (
    <QueryView query={alert} skeleton={<LoadingState rows={8} />}>
      {(data) => <AlertView workspace={workspace} alert={data} />}
    </QueryView>
  );
}
