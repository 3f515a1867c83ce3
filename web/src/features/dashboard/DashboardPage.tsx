// Dasbor: the office's view of the period — headline figures with their change, coverage and tone
// over time, share of voice, headline-versus-body tone, top issues, outlets, people, spokespersons,
// key phrases and crisis alerts. Every mark leads to the news behind it.
import { Button, Group, SegmentedControl, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSubjects } from '../../app/api/subjects.ts';
import { ChartCard } from '../../app/charts/ChartCard.tsx';
import { useFormat } from '../../app/format/useFormat.ts';
import { useSession, useWorkspaceSlug } from '../../app/session/SessionProvider.tsx';
import { LinkIcon } from '../../app/ui/icons.tsx';
import { PageHeader } from '../../app/ui/PageHeader.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { EmptyState } from '../../app/ui/States.tsx';
import { useIsPhone } from '../../app/ui/useIsPhone.ts';
import type { ChartContext } from './charts/context.ts';
import { headlineToneChart } from './charts/headlineToneChart.ts';
import {
  issuesChart,
  keyPhrasesChart,
  outletsChart,
  personsChart,
  spokespersonsChart,
} from './charts/rankingCharts.ts';
import { shareOfVoiceChart } from './charts/shareOfVoiceChart.ts';
import { toneChart } from './charts/toneChart.ts';
import { volumeChart } from './charts/volumeChart.ts';
import { DashboardFilters } from './DashboardFilters.tsx';
import { DashboardAlerts, DisagreeingTable } from './DashboardTables.tsx';
import { type Dashboard, useDashboard } from './dashboard.api.ts';
import { SummaryCards } from './SummaryCards.tsx';
import { useDashboardView } from './useDashboardView.ts';

function DashboardSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {Array.from({ length: 5 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders
          <Skeleton key={i} height={92} radius="md" />
        ))}
      </SimpleGrid>
      <Skeleton height={360} radius="md" />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Skeleton height={320} radius="md" />
        <Skeleton height={320} radius="md" />
      </SimpleGrid>
    </Stack>
  );
}

function Charts(props: {
  data: Dashboard;
  ctx: ChartContext;
  volumeMode: 'count' | 'share';
  onVolumeMode(m: string): void;
}) {
  const { t } = useTranslation();
  const { data, ctx } = props;
  const specs = useMemo(
    () => ({
      volume: volumeChart(data, ctx, props.volumeMode),
      tone: toneChart(data, ctx),
      share: shareOfVoiceChart(data, ctx),
      headline: headlineToneChart(data, ctx),
      issues: issuesChart(data, ctx),
      outlets: outletsChart(data, ctx),
      persons: personsChart(data, ctx),
      spokespersons: spokespersonsChart(data, ctx),
      phrases: keyPhrasesChart(data, ctx),
    }),
    [data, ctx, props.volumeMode],
  );
  return (
    <Stack gap="md">
      <ChartCard
        title={t('dashboard.charts.volume')}
        testId="chart-volume"
        spec={specs.volume}
        description={t('dashboard.charts.clickHint')}
        controls={
          <SegmentedControl
            size="xs"
            aria-label={t('dashboard.charts.volumeMode')}
            value={props.volumeMode}
            onChange={props.onVolumeMode}
            data={[
              { value: 'count', label: t('dashboard.charts.count') },
              { value: 'share', label: t('dashboard.charts.share') },
            ]}
          />
        }
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard title={t('dashboard.charts.tone')} testId="chart-tone" spec={specs.tone} />
        <ChartCard
          title={t('dashboard.charts.shareOfVoice')}
          testId="chart-share-of-voice"
          spec={specs.share}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard title={t('dashboard.charts.issues')} testId="chart-issues" spec={specs.issues} />
        <ChartCard title={t('dashboard.charts.outlets')} testId="chart-outlets" spec={specs.outlets} />
      </SimpleGrid>
      <ChartCard
        title={t('dashboard.charts.headlineTone')}
        testId="chart-headline-tone"
        spec={specs.headline}
      >
        <DisagreeingTable rows={data.headlineTone.disagreeing} />
      </ChartCard>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="md">
        <ChartCard title={t('dashboard.charts.persons')} testId="chart-persons" spec={specs.persons} />
        <ChartCard
          title={t('dashboard.charts.spokespersons')}
          testId="chart-spokespersons"
          spec={specs.spokespersons}
        />
        <ChartCard title={t('dashboard.charts.keyPhrases')} testId="chart-key-phrases" spec={specs.phrases} />
      </SimpleGrid>
      <DashboardAlerts rows={data.alerts} />
    </Stack>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = useWorkspaceSlug();
  const fmt = useFormat();
  const clipboard = useClipboard({ timeout: 2000 });
  const narrow = useIsPhone();
  const { view, update } = useDashboardView(session.zone);
  const subjects = useSubjects(workspace);
  const dashboard = useDashboard({
    workspace,
    from: view.from,
    to: view.to,
    subjects: view.subjects,
    interval: view.interval,
  });
  const data = dashboard.data;
  const ctx = useMemo<ChartContext | null>(
    () => (data ? { t, fmt, period: data.period, chosenSubjects: view.subjects, narrow } : null),
    [data, t, fmt, view.subjects, narrow],
  );

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={`${session.workspace?.name ?? ''} · ${t('period.range', { from: fmt.date(view.from), to: fmt.date(`${view.toDay}T12:00:00Z`) })}`}
        actions={
          <Button
            variant="default"
            size="xs"
            leftSection={<LinkIcon width={14} height={14} />}
            onClick={() => clipboard.copy(window.location.href)}
          >
            {clipboard.copied ? t('dashboard.linkCopied') : t('dashboard.shareLink')}
          </Button>
        }
      />
      <Stack gap="md">
        <DashboardFilters
          view={view}
          shownInterval={data?.period.interval ?? null}
          subjects={subjects.data ?? []}
          update={update}
        />
        {subjects.data && subjects.data.length === 0 && (
          <EmptyState
            compact
            title={t('dashboard.addSubjects')}
            body={t('dashboard.noSubjectsHint')}
            action={
              session.can('manageSubjects') ? (
                <Button component={Link} to="/pengaturan?tab=subjects" size="xs" variant="light">
                  {t('dashboard.addSubjects')}
                </Button>
              ) : undefined
            }
          />
        )}
        <QueryView query={dashboard} skeleton={<DashboardSkeleton />}>
          {(d) =>
            d.totals.articles.current === 0 ? (
              <>
                <SummaryCards data={d} subjects={view.subjects} />
                <EmptyState
                  title={t('dashboard.empty')}
                  body={t('dashboard.emptyBody')}
                  action={
                    <Group gap="xs">
                      <Button component={Link} to="/sumber" size="sm">
                        {t('setup.addSources')}
                      </Button>
                    </Group>
                  }
                />
              </>
            ) : (
              <div style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
                <Stack gap="md">
                  <SummaryCards data={d} subjects={view.subjects} />
                  {ctx && (
                    <Charts
                      data={d}
                      ctx={ctx}
                      volumeMode={view.volumeMode}
                      onVolumeMode={(mode) => update({ volume: mode === 'share' ? 'share' : null })}
                    />
                  )}
                </Stack>
              </div>
            )
          }
        </QueryView>
      </Stack>
    </>
  );
}
