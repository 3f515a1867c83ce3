// The filters in force, each as a chip that removes it — so a search opened from a chart says
// plainly what it is limited to.
import { Button, CloseButton, Group, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../app/api/subjects.ts';
import { toneKey } from '../../app/format/tone.ts';
import { useFormat } from '../../app/format/useFormat.ts';
import type { Facets } from './search.api.ts';
import type { FacetKey } from './useSearchState.ts';

const FILTER_LABEL: Record<FacetKey, 'source' | 'tone' | 'subject' | 'issue'> = {
  outlet: 'source',
  tone: 'tone',
  subject: 'subject',
  issue: 'issue',
};

export function ActiveFilters(props: {
  from: string | null;
  to: string | null;
  selected: Record<FacetKey, string | undefined>;
  subjects: Subject[];
  facets: Facets | undefined;
  onRemove(key: FacetKey | 'from' | 'to'): void;
  onClear(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const when = (value: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? fmt.date(`${value}T12:00:00Z`) : fmt.dateTime(value);
  const name: Record<FacetKey, (value: string) => string> = {
    outlet: (value) => value,
    subject: (id) => props.subjects.find((s) => String(s.id) === id)?.name ?? `#${id}`,
    issue: (id) => props.facets?.issues.find((i) => String(i.id) === id)?.title ?? `#${id}`,
    tone: (tone) => t(`tone.${toneKey(tone)}`),
  };
  const chips: { key: FacetKey | 'from' | 'to'; label: string }[] = [];
  if (props.from)
    chips.push({ key: 'from', label: t('search.filterLabels.from', { value: when(props.from) }) });
  if (props.to) chips.push({ key: 'to', label: t('search.filterLabels.to', { value: when(props.to) }) });
  for (const key of ['tone', 'subject', 'outlet', 'issue'] as const) {
    const value = props.selected[key];
    if (value)
      chips.push({ key, label: t(`search.filterLabels.${FILTER_LABEL[key]}`, { value: name[key](value) }) });
  }
  if (chips.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" aria-label={t('search.filters')} role="group" data-testid="active-filters">
      {chips.map((chip) => (
        <Pill key={chip.key} size="md" style={{ maxWidth: '100%' }}>
          <Group gap={2} wrap="nowrap">
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{chip.label}</span>
            <CloseButton
              size="xs"
              aria-label={t('search.removeFilter', { label: chip.label })}
              onClick={() => props.onRemove(chip.key)}
            />
          </Group>
        </Pill>
      ))}
      {chips.length > 1 && (
        <Button size="compact-xs" variant="subtle" onClick={props.onClear}>
          {t('search.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
