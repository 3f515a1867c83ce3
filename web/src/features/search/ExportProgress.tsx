// The export panel: how many of the search's articles have arrived ("1.200 dari 5.431 artikel"), or
// for a workbook how many bytes, a way to cancel, and at the end the file saved or what went wrong.
// It floats beside the page so the user can keep reading results while a large export runs.
import { Affix, Button, CloseButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../../app/api/problem.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import { useIsPhone } from '../../app/ui/useIsPhone.ts';
import type { ExportRun } from './useArticleExport.ts';

/** Clear words for what stopped an export, whatever the server or the network said. */
export function exportErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('search.exportRun.errors.unauthorized');
    if (error.status === 403) return t('search.exportRun.errors.forbidden');
    if (error.status >= 500) return t('search.exportRun.errors.server');
    // A refused search (e.g. a malformed query): the server's own words, in the user's language.
    return error.detail ?? t('search.exportRun.errors.server');
  }
  if (error instanceof NetworkError) return t('search.exportRun.errors.network');
  return t('states.unknownError');
}

export function ExportProgress(props: {
  run: ExportRun;
  /** The search's total, as the page counted it; undefined while it is still being counted. */
  total: number | undefined;
  onCancel(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const phone = useIsPhone();
  const { run, total } = props;
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? `${f.number(Math.max(1, bytes / 1024))} KB`
      : `${f.number(bytes / (1024 * 1024), 1)} MB`;
  // Articles collected while the export runs can take it past the count: then it counts alone.
  const of = run.rows !== null && total !== undefined && total > 0 && run.rows <= total ? total : null;
  const counted = of !== null;
  const share = of !== null ? ((run.rows ?? 0) / of) * 100 : 100;
  const amount =
    run.rows === null
      ? t('search.exportRun.bytes', { size: size(run.bytes) })
      : of !== null
        ? t('search.exportRun.rowsOfTotal', { n: f.number(run.rows), total: f.number(of) })
        : t('search.exportRun.rows', { n: f.number(run.rows) });

  return (
    <Affix position={phone ? { bottom: 12, left: 12, right: 12 } : { bottom: 20, left: 252 }} zIndex={300}>
      <Paper
        withBorder
        shadow="md"
        radius="md"
        p="sm"
        w={phone ? undefined : 360}
        role="status"
        aria-live="polite"
        data-testid="export-progress"
      >
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600}>
              {t('search.exportRun.title', { format: t(`search.exportFormats.${run.format}`) })}
            </Text>
            {run.phase !== 'running' && (
              <CloseButton size="sm" aria-label={t('search.exportRun.close')} onClick={props.onClose} />
            )}
          </Group>
          {run.phase === 'running' && (
            <>
              <Progress
                value={share}
                animated
                striped={!counted}
                aria-label={t('search.exportRun.progressLabel')}
                aria-valuetext={amount}
              />
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">{amount}</Text>
                <Button size="compact-xs" variant="default" onClick={props.onCancel}>
                  {t('search.exportRun.cancel')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {t('search.exportRun.stayHere')}
              </Text>
            </>
          )}
          {run.phase === 'done' && (
            <Text size="sm" c="teal.8" style={{ overflowWrap: 'anywhere' }}>
              {run.rows === null
                ? t('search.exportRun.doneBytes', { file: run.fileName, size: size(run.bytes) })
                : t('search.exportRun.done', { n: f.number(run.rows), file: run.fileName })}
            </Text>
          )}
          {run.phase === 'failed' && (
            <Text size="sm" c="red.8" role="alert">
              {exportErrorMessage(t, run.error)}
            </Text>
          )}
        </Stack>
      </Paper>
    </Affix>
  );
}
