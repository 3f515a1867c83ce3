// A clipping's reading status as a badge that always carries the word (never colour alone).
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClippingStatus } from './clippings.api.ts';
import { readableError } from './errors.ts';

const COLOR: Record<ClippingStatus, string> = { processing: 'blue', ready: 'green', failed: 'red' };

export function ClippingStatusBadge(props: { status: ClippingStatus; error?: string | null }) {
  const { t } = useTranslation();
  const badge = (
    <Badge color={COLOR[props.status]} variant="light" radius="sm" tt="none">
      {t(`clippings.statuses.${props.status}`)}
    </Badge>
  );
  return props.error ? (
    <Tooltip label={readableError(props.error)} multiline w={280}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
