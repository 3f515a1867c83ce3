// Choosing what the dashboard shows: the period (7/30/90 days or a range), the subjects compared,
// and the time interval. Every choice goes into the address, so the link can be shared.
import {
  Button,
  Chip,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subject } from '../../app/api/subjects.ts';
import type { Interval } from './dashboard.api.ts';
import { type DashboardView, PRESETS, type Preset } from './useDashboardView.ts';

const PRESET_LABEL: Record<Preset, 'days7' | 'days30' | 'days90' | 'custom'> = {
  '7d': 'days7',
  '30d': 'days30',
  '90d': 'days90',
  custom: 'custom',
};

export function DashboardFilters(props: {
  view: DashboardView;
  /** The interval the server chose when the user did not. */
  shownInterval: Interval | null;
  subjects: Subject[];
  update(change: Record<string, string | null>): void;
}) {
  const { t } = useTranslation();
  const { view, update } = props;
  const [customOpen, setCustomOpen] = useState(view.preset === 'custom');
  const [from, setFrom] = useState(view.fromDay);
  const [to, setTo] = useState(view.toDay);
  useEffect(() => {
    setFrom(view.fromDay);
    setTo(view.toDay);
  }, [view.fromDay, view.toDay]);

  const choosePreset = (preset: string) => {
    if (preset === 'custom') {
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    update({ period: preset, from: null, to: null });
  };

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('dashboard.filters')}>
      <Stack gap="sm">
        <Group gap="lg" align="flex-end" wrap="wrap">
          <div>
            <Text size="sm" fw={500} mb={4} id="period-label">
              {t('period.label')}
            </Text>
            <Chip.Group value={customOpen ? 'custom' : view.preset} onChange={(v) => choosePreset(String(v))}>
              <Group gap={6} role="radiogroup" aria-labelledby="period-label">
                {PRESETS.map((preset) => (
                  <Chip key={preset} value={preset} size="sm" variant="outline">
                    {t(`period.${PRESET_LABEL[preset]}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          <div>
            <Text size="sm" fw={500} mb={4} id="interval-label">
              {t('dashboard.interval')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="interval-label"
              value={view.interval ?? props.shownInterval ?? 'day'}
              onChange={(value) => update({ interval: value })}
              data={(['hour', 'day', 'week', 'month'] as const).map((i) => ({
                value: i,
                label: t(`dashboard.intervals.${i}`),
              }))}
            />
          </div>
        </Group>
        {customOpen && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('period.from')}
              value={from}
              max={to}
              onChange={(e) => setFrom(e.currentTarget.value)}
              size="sm"
            />
            <TextInput
              type="date"
              label={t('period.to')}
              value={to}
              min={from}
              onChange={(e) => setTo(e.currentTarget.value)}
              size="sm"
            />
            <Button
              size="sm"
              disabled={!from || !to || from > to}
              onClick={() => update({ period: 'custom', from, to })}
            >
              {t('period.apply')}
            </Button>
          </Group>
        )}
        <MultiSelect
          label={t('dashboard.subjects')}
          placeholder={view.subjects.length === 0 ? t('dashboard.allSubjects') : undefined}
          data={props.subjects.map((s) => ({ value: String(s.id), label: s.name }))}
          value={view.subjects.map(String)}
          onChange={(values) => update({ subjects: values.join(',') || null })}
          clearable
          searchable
          maw={640}
        />
      </Stack>
    </Paper>
  );
}
