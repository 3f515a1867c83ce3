// "Analisis ulang": after subjects change, staff start re-analysis of every stored article here
// (no terminal needed) and watch it: waiting for the background worker, running, done or failed.
import { Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { type ReanalysisRun, useLatestReanalysis, useStartReanalysis } from './reanalysis.api.ts';

const COLORS: Record<ReanalysisRun['status'], string> = {
  queued: 'gray',
  running: 'blue',
  done: 'teal',
  failed: 'red',
};

function RunState(props: { run: ReanalysisRun }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { run } = props;
  const share = run.total > 0 ? Math.min(100, (run.done / run.total) * 100) : 0;
  const label = t('settings.reanalysis.progress', { done: f.number(run.done), total: f.number(run.total) });
  return (
    <Stack gap="xs" data-testid="reanalysis-run">
      <Group gap="xs" wrap="wrap">
        <Badge color={COLORS[run.status]} variant="light">
          {t(`settings.reanalysis.status.${run.status}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t('settings.reanalysis.requested', { name: run.requestedBy.name, at: f.dateTime(run.createdAt) })}
        </Text>
      </Group>
      {run.status === 'queued' && (
        <Text size="sm" c="dimmed">
          {t('settings.reanalysis.queuedHelp')}
        </Text>
      )}
      {(run.status === 'running' || run.status === 'done') && (
        <>
          <Progress
            value={run.status === 'done' ? 100 : share}
            animated={run.status === 'running'}
            striped={run.status === 'running'}
            color={COLORS[run.status]}
            aria-label={t('settings.reanalysis.progressLabel')}
            aria-valuetext={label}
          />
          <Text size="sm">
            {run.total > 0 || run.status === 'done' ? label : t('settings.reanalysis.counting')}
          </Text>
        </>
      )}
      {run.status === 'done' && (
        <Text size="sm" c="dimmed">
          {t('settings.reanalysis.finished', { at: f.dateTime(run.finishedAt) })}
        </Text>
      )}
      {run.status === 'failed' && (
        <Text size="sm" c="red" role="alert">
          {t('settings.reanalysis.failed', { error: run.error ?? '—', at: f.dateTime(run.finishedAt) })}
        </Text>
      )}
    </Stack>
  );
}

export function ReanalysisCard(props: { workspace: string; canStart: boolean }) {
  const { t } = useTranslation();
  const latest = useLatestReanalysis(props.workspace);
  const start = useStartReanalysis(props.workspace);
  const busy = latest.data?.status === 'queued' || latest.data?.status === 'running';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reanalysis-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2} maw={640}>
            <Title order={3} size="h5" id="reanalysis-title">
              {t('settings.reanalysis.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('settings.reanalysis.intro')}
            </Text>
          </Stack>
          {props.canStart && (
            <Button
              size="xs"
              onClick={() => start.mutate()}
              loading={start.isPending}
              disabled={busy}
              title={busy ? t('settings.reanalysis.busy') : undefined}
            >
              {t('settings.reanalysis.start')}
            </Button>
          )}
        </Group>
        <ProblemAlert error={start.error} />
        <QueryView query={latest} skeleton={<LoadingState rows={1} />}>
          {(run) =>
            run ? (
              <RunState run={run} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('settings.reanalysis.never')}
              </Text>
            )
          }
        </QueryView>
      </Stack>
    </Paper>
  );
}
