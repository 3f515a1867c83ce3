// One monitoring report (/laporan/:id): its title and period, the downloads, where it stands in
// SOP A with the actions of its current step (so the approval path is walked from here), the table
// of contents, and each section with its tables, charts, versions and comments.
import { Anchor, Button, Grid, Group, List, Paper, Stack, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { DownloadIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState, NotFoundState } from '../../app/ui/States.tsx';
import { CaseActions } from '../sop-cases/CaseActions.tsx';
import { CaseStatusBadge } from '../sop-cases/CaseStatusBadge.tsx';
import { CurrentStep } from '../sop-cases/CurrentStep.tsx';
import { useCase } from '../sop-cases/sop-cases.api.ts';
import { sopQuery } from '../sops/sops.api.ts';
import { ReportSection } from './ReportSection.tsx';
import { type Report, reportFileUrl, useReport } from './reports.api.ts';

function ReportCase(props: { workspace: string; report: Report }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const live = useCase(props.workspace, String(props.report.caseId ?? ''));
  const c = live.data ?? props.report.case;
  const sop = useQuery({ ...sopQuery(props.workspace, c?.sop.key ?? '', c?.sop.version), enabled: !!c });
  const moved = `${c?.status}:${c?.step.no}:${c?.round}`;
  // Whether I may edit, and the list's step, follow the case: when an action moves it, reports are asked again.
  const seen = useRef(moved);
  useEffect(() => {
    if (seen.current === moved) return;
    seen.current = moved;
    void queryClient.invalidateQueries({ queryKey: ['reports', props.workspace] });
  }, [moved, queryClient, props.workspace]);
  if (!c) return null;
  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap">
        <CaseStatusBadge status={c.status} late={c.late} />
        <Anchor component={Link} to={`/kasus/${c.id}`} size="sm">
          {t('reports.openCase')}
        </Anchor>
      </Group>
      <CurrentStep c={c} />
      <CaseActions workspace={props.workspace} c={c} definition={sop.data?.definition} />
    </Stack>
  );
}

function Downloads(props: { workspace: string; report: Report }) {
  const { t } = useTranslation();
  const files = [
    ['report.pdf', t('reports.downloadPdf')],
    ['report.docx', t('reports.downloadDocx')],
    ['annex.xlsx', t('reports.downloadAnnex')],
  ] as const;
  return (
    <>
      {files.map(([file, label]) => (
        <Button
          key={file}
          component="a"
          href={reportFileUrl(props.workspace, props.report.id, file)}
          download
          variant="default"
          size="sm"
          leftSection={<DownloadIcon width={16} height={16} />}
          data-testid={`download-${file}`}
        >
          {label}
        </Button>
      ))}
    </>
  );
}

function ReportView(props: { workspace: string; report: Report }) {
  const { t } = useTranslation();
  const { report } = props;
  const sections = [...report.sections].sort((a, b) => a.position - b.position);
  return (
    <>
      <Anchor component={Link} to="/laporan" size="sm">
        ← {t('reports.title')}
      </Anchor>
      <PageHeader
        title={report.title}
        description={[report.number, report.periodLabel].filter(Boolean).join(' · ')}
        actions={<Downloads workspace={props.workspace} report={report} />}
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="md" component="nav" aria-labelledby="report-toc">
              <Title order={2} size="h5" id="report-toc" mb="xs">
                {t('reports.contents')}
              </Title>
              <List type="ordered" size="sm" spacing={2}>
                {sections.map((s) => (
                  <List.Item key={s.key}>
                    <Anchor href={`#bagian-${s.key}`} size="sm">
                      {s.title}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Paper>
            {sections.map((s, i) => (
              <ReportSection key={s.key} workspace={props.workspace} report={report} section={s} no={i + 1} />
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }} order={{ base: 1, md: 2 }}>
          <ReportCase workspace={props.workspace} report={report} />
        </Grid.Col>
      </Grid>
    </>
  );
}

export function ReportPage() {
  const workspace = useWorkspaceSlug();
  const id = useParams().id ?? '';
  const found = useReport(workspace, id);
  if (!/^\d+$/.test(id)) return <NotFoundState />;
  return (
    <QueryView query={found} skeleton={<LoadingState rows={8} />}>
      {(report) => <ReportView workspace={workspace} report={report} />}
    </QueryView>
  );
}
