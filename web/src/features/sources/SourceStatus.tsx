// A source's health in words: enabled or not, failing, stale — with the reason on hover and for
// screen readers.
import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../app/api/sources.ts';

export function SourceStatus(props: { source: Source }) {
  const { t } = useTranslation();
  const s = props.source;
  const failing = Boolean(s.lastError) && (s.consecutiveFailures ?? 1) > 0;
  return (
    <Group gap={4} wrap="wrap" justify="flex-start">
      {s.enabled ? (
        failing || s.stale ? null : (
          <Badge size="sm" color="green" variant="light">
            {t('sources.healthy')}
          </Badge>
        )
      ) : (
        <Badge size="sm" color="gray" variant="outline">
          {t('sources.disabled')}
        </Badge>
      )}
      {failing && (
        <Tooltip label={s.lastError} multiline w={320} withArrow>
          <Badge
            size="sm"
            color="red"
            variant="light"
            tabIndex={0}
            aria-label={`${t('sources.failing')}: ${s.lastError}`}
          >
            {t('sources.failing')}
          </Badge>
        </Tooltip>
      )}
      {s.stale && (
        <Tooltip label={s.staleReason ?? t('sources.stale')} multiline w={320} withArrow>
          <Badge
            size="sm"
            color="yellow"
            variant="light"
            tabIndex={0}
            aria-label={`${t('sources.stale')}: ${s.staleReason ?? ''}`}
          >
            {t('sources.stale')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
