// What an analyst does with an alert: mark it seen, resolve or reopen it, and give it to someone.
// People who may only read see where it stands and why they cannot change it.
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { type AlertDetail, useAssignAlert, useChangeAlertStatus } from './alerts.api.ts';

export function AlertHandling(props: { workspace: string; alert: AlertDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { alert } = props;
  const change = useChangeAlertStatus(props.workspace, alert.id);
  const assign = useAssignAlert(props.workspace, alert.id);
  const run = (what: 'acknowledge' | 'resolve' | 'reopen', done: string) =>
    change.mutate(what, { onSuccess: () => showToast({ title: done }) });
  const resolved = alert.status === 'resolved';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="alert-handling">
      <Title order={2} size="h5" id="alert-handling" mb="xs">
        {t('alerts.detail.handling')}
      </Title>
      <Stack gap="sm">
        {alert.acknowledgedBy && (
          <Text size="sm">
            {t('alerts.detail.acknowledgedBy', {
              who: alert.acknowledgedBy.name,
              when: fmt.dateTime(alert.acknowledgedAt),
            })}
          </Text>
        )}
        {alert.resolvedBy && (
          <Text size="sm">
            {t('alerts.detail.resolvedBy', {
              who: alert.resolvedBy.name,
              when: fmt.dateTime(alert.resolvedAt),
            })}
          </Text>
        )}
        {props.canHandle ? (
          <>
            <Group gap="xs">
              {alert.status === 'open' && (
                <Button
                  size="sm"
                  loading={change.isPending && change.variables === 'acknowledge'}
                  onClick={() => run('acknowledge', t('alerts.detail.acknowledged'))}
                >
                  {t('alerts.detail.acknowledge')}
                </Button>
              )}
              {!resolved && (
                <Button
                  size="sm"
                  variant={alert.status === 'open' ? 'default' : 'filled'}
                  color="green"
                  loading={change.isPending && change.variables === 'resolve'}
                  onClick={() => run('resolve', t('alerts.detail.resolved'))}
                >
                  {t('alerts.detail.resolve')}
                </Button>
              )}
              {resolved && (
                <Button
                  size="sm"
                  variant="default"
                  loading={change.isPending && change.variables === 'reopen'}
                  onClick={() => run('reopen', t('alerts.detail.reopened'))}
                >
                  {t('alerts.detail.reopen')}
                </Button>
              )}
            </Group>
            <ProblemAlert error={change.error} />
            <Select
              label={t('alerts.detail.assignee')}
              placeholder={t('alerts.detail.assigneePlaceholder')}
              description={resolved ? t('alerts.detail.assignResolved') : undefined}
              disabled={resolved || assign.isPending}
              searchable
              clearable
              maw={360}
              value={alert.assignee ? String(alert.assignee.id) : null}
              data={alert.assignable.map((p) => ({ value: String(p.id), label: p.name }))}
              onChange={(v) =>
                assign.mutate(v ? Number(v) : null, {
                  onSuccess: () => showToast({ title: t('alerts.detail.assigned') }),
                })
              }
            />
            <ProblemAlert error={assign.error} />
          </>
        ) : (
          <>
            <Text size="sm">
              {t('alerts.detail.assignee')}: {alert.assignee?.name ?? t('alerts.nobody')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('alerts.detail.readOnly')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
