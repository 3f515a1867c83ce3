// The Dewan Pers verification of a partner and what needs renewing, as badges: factual green,
// administrative blue, none grey; an expired record red, one expiring within 60 days orange.
import { Badge, Group, Tooltip } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PartnerItem, Warning } from './partners.api.ts';

export function VerificationBadge(props: { verification: PartnerItem['verification'] }) {
  const { t } = useTranslation();
  const { status } = props.verification;
  const color = status === 'factual' ? 'green' : status === 'administrative' ? 'blue' : 'gray';
  return (
    <Badge color={color} variant="light" radius="sm" tt="none">
      {t(`partners.verification.${status}`)}
    </Badge>
  );
}

export function warningText(t: TFunction, w: Warning): string {
  return w.expired
    ? t('partners.warnings.expired', { subject: w.subject, n: -w.daysLeft })
    : t('partners.warnings.expiring', { subject: w.subject, n: w.daysLeft });
}

export function WarningBadges(props: { warnings: Warning[] }) {
  const { t } = useTranslation();
  if (props.warnings.length === 0) return null;
  const expired = props.warnings.filter((w) => w.expired).length;
  const soon = props.warnings.length - expired;
  const all = props.warnings.map((w) => warningText(t, w)).join('; ');
  return (
    <Tooltip label={all} multiline maw={360} withArrow>
      <Group gap={4} wrap="wrap">
        {expired > 0 && (
          <Badge color="red" radius="sm" tt="none">
            {t('partners.warnings.expiredCount', { count: expired })}
          </Badge>
        )}
        {soon > 0 && (
          <Badge color="orange" radius="sm" tt="none">
            {t('partners.warnings.soonCount', { count: soon })}
          </Badge>
        )}
      </Group>
    </Tooltip>
  );
}
