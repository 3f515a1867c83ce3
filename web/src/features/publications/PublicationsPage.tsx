// Siaran pers (/siaran-pers): the office's press releases, newest first: whether each is a draft,
// published or withdrawn, and where its SOP B case stands (step, late). A release is drafted from
// an issue ("Susun siaran pers" on the page).
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState } from '../../app/ui/States.tsx';
import { CaseStatusBadge } from '../sop-cases/CaseStatusBadge.tsx';
import { PublicationStatusBadge } from './PublicationStatusBadge.tsx';
import { type PublicationListItem, usePublications } from './publications.api.ts';

function PublicationRow(props: { p: PublicationListItem }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { p } = props;
  const status =
    p.caseStatus === 'open' || p.caseStatus === 'done' || p.caseStatus === 'cancelled' ? p.caseStatus : null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="publication-row">
      <Stack gap={4}>
        <Anchor component={Link} to={`/siaran-pers/${p.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {p.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {p.publishedAt
            ? t('publications.publishedOn', { when: fmt.dateTime(p.publishedAt) })
            : t('publications.draftedOn', { when: fmt.dateTime(p.createdAt) })}
        </Text>
        <Group gap="xs" wrap="wrap">
          <PublicationStatusBadge status={p.status} />
          {status && <CaseStatusBadge status={status} late={p.late} />}
          {status === 'open' && p.step !== null && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('reports.atStep', { no: p.step, activity: p.stepActivity ?? '' })}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

export function PublicationsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspaceSlug();
  const list = usePublications(workspace);
  return (
    <>
      <PageHeader
        title={t('publications.title')}
        description={t('publications.description')}
        actions={
          <Anchor href="/newsroom/" target="_blank" rel="noopener" size="sm">
            {t('publications.openNewsroom')}
          </Anchor>
        }
      />
      <QueryView query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState
              title={t('publications.empty')}
              body={t('publications.emptyBody')}
              action={
                <Anchor component={Link} to="/isu" size="sm">
                  {t('publications.toIssues')}
                </Anchor>
              }
            />
          ) : (
            <Stack gap="sm">
              {rows.map((p) => (
                <PublicationRow key={p.id} p={p} />
              ))}
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}
