// Laporan (/laporan): the office's monitoring reports, newest first, with where each stands in
// SOP A; "Susun laporan" drafts a new one for a period.
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { PlusIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState } from '../../app/ui/States.tsx';
import { CaseStatusBadge } from '../sop-cases/CaseStatusBadge.tsx';
import { DraftReportForm } from './DraftReportForm.tsx';
import { type ReportListItem, useReports } from './reports.api.ts';

/** The period ends at the midnight after its last day; the day shown is the one before it. */
function lastInstant(end: string): string {
  return new Date(Date.parse(end) - 1).toISOString();
}

function ReportRow(props: { r: ReportListItem }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { r } = props;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="report-row">
      <Stack gap={4}>
        <Anchor component={Link} to={`/laporan/${r.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {r.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {[
            r.number,
            `${fmt.date(r.periodFrom)} – ${fmt.date(lastInstant(r.periodTo))}`,
            t('reports.draftedBy', { name: r.createdByName, when: fmt.dateTime(r.createdAt) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Group gap="xs" wrap="wrap">
          {r.caseStatus && <CaseStatusBadge status={r.caseStatus} late={r.late} />}
          {r.caseStatus === 'open' && r.step !== null && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('reports.atStep', { no: r.step, activity: r.stepActivity ?? '' })}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspaceSlug();
  const session = useSession();
  const reports = useReports(workspace);
  const [drafting, setDrafting] = useState(false);
  // Drafting starts SOP A, so it is for the roles that may start cases.
  const canDraft = session.can('startCases');
  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={t('reports.description')}
        actions={
          canDraft && !drafting ? (
            <Button leftSection={<PlusIcon width={16} height={16} />} onClick={() => setDrafting(true)}>
              {t('reports.draft')}
            </Button>
          ) : undefined
        }
      />
      {drafting && <DraftReportForm workspace={workspace} onCancel={() => setDrafting(false)} />}
      <QueryView query={reports}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('reports.empty')} body={t('reports.emptyBody')} />
          ) : (
            <Stack gap="sm">
              {list.map((r) => (
                <ReportRow key={r.id} r={r} />
              ))}
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}
