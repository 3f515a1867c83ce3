// Where a release stands for the public: still a draft, published, or withdrawn.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Publication } from './publications.api.ts';

const COLORS: Record<Publication['status'], string> = { draft: 'gray', published: 'green', withdrawn: 'red' };

export function PublicationStatusBadge(props: { status: Publication['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[props.status]} variant="light" radius="sm" data-testid="publication-status">
      {t(`publications.statuses.${props.status}`)}
    </Badge>
  );
}
