// The crisis thresholds of the workspace: for each level, how many negative news items from how
// many outlets within how many hours, how far above normal; plus quiet periods and holidays.
// Everyone may read them; team leads, heads and administrators may change them.
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/useFormat.ts';
import { showToast } from '../../app/toasts/toasts.ts';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog.tsx';
import { ProblemAlert } from '../../app/ui/ProblemAlert.tsx';
import { QueryView } from '../../app/ui/QueryView.tsx';
import { LoadingState } from '../../app/ui/States.tsx';
import { AlertLevelBadge } from './AlertLevelBadge.tsx';
import {
  type CrisisSettings,
  LEVELS,
  type SettingsResponse,
  useCrisisSettings,
  useSaveCrisisSettings,
} from './alerts.api.ts';

const num = (v: string | number) => (typeof v === 'number' ? v : Number.parseFloat(v.replace(',', '.')));

function Form(props: { workspace: string; data: SettingsResponse; canEdit: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [draft, setDraft] = useState<CrisisSettings>(props.data.settings);
  const [holidays, setHolidays] = useState(props.data.settings.holidays.join('\n'));
  const [resetting, setResetting] = useState(false);
  const save = useSaveCrisisSettings(props.workspace);
  useEffect(() => {
    setDraft(props.data.settings);
    setHolidays(props.data.settings.holidays.join('\n'));
  }, [props.data]);
  const readOnly = !props.canEdit;
  const setLevel = (
    level: (typeof LEVELS)[number],
    field: keyof CrisisSettings['levels']['siaga'],
    value: string | number,
  ) =>
    setDraft((d) => ({
      ...d,
      levels: { ...d.levels, [level]: { ...d.levels[level], [field]: num(value) } },
    }));
  const setField = (
    field: 'quietPeriodMinutes' | 'recoveryMinutes' | 'maxPerOutlet' | 'baselineDays',
    value: string | number,
  ) => setDraft((d) => ({ ...d, [field]: num(value) }));

  const submit = () =>
    save.mutate(
      {
        levels: Object.fromEntries(
          LEVELS.map((l) => [
            l,
            {
              windowHours: draft.levels[l].windowHours,
              minNegative: draft.levels[l].minNegative,
              minOutlets: draft.levels[l].minOutlets,
              minRatio: draft.levels[l].minRatio,
            },
          ]),
        ),
        quietPeriodMinutes: draft.quietPeriodMinutes,
        recoveryMinutes: draft.recoveryMinutes,
        maxPerOutlet: draft.maxPerOutlet,
        baselineDays: draft.baselineDays,
        holidays: holidays
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      },
      { onSuccess: () => showToast({ title: t('common.saved') }) },
    );

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('alerts.thresholdsIntro')}
      </Text>
      {readOnly && (
        <Alert variant="light" color="gray">
          {t('alerts.readOnly')}
        </Alert>
      )}
      {LEVELS.map((level) => (
        <Paper
          key={level}
          withBorder
          radius="md"
          p="sm"
          component="fieldset"
          style={{ margin: 0, minWidth: 0 }}
        >
          <legend style={{ padding: '0 4px' }}>
            <AlertLevelBadge level={level} />
          </legend>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <NumberInput
              size="xs"
              label={t('alerts.window')}
              value={draft.levels[level].windowHours}
              onChange={(v) => setLevel(level, 'windowHours', v)}
              min={0.5}
              max={24}
              step={0.5}
              decimalSeparator=","
              disabled={readOnly}
            />
            <NumberInput
              size="xs"
              label={t('alerts.minNegative')}
              value={draft.levels[level].minNegative}
              onChange={(v) => setLevel(level, 'minNegative', v)}
              min={1}
              max={10000}
              allowDecimal={false}
              disabled={readOnly}
            />
            <NumberInput
              size="xs"
              label={t('alerts.minOutlets')}
              value={draft.levels[level].minOutlets}
              onChange={(v) => setLevel(level, 'minOutlets', v)}
              min={1}
              max={1000}
              allowDecimal={false}
              disabled={readOnly}
            />
            <NumberInput
              size="xs"
              label={t('alerts.minRatio')}
              value={draft.levels[level].minRatio}
              onChange={(v) => setLevel(level, 'minRatio', v)}
              min={0}
              max={100}
              step={0.5}
              decimalSeparator=","
              disabled={readOnly}
            />
          </SimpleGrid>
        </Paper>
      ))}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <NumberInput
          size="xs"
          label={t('alerts.quietPeriod')}
          value={draft.quietPeriodMinutes}
          onChange={(v) => setField('quietPeriodMinutes', v)}
          min={0}
          max={10080}
          allowDecimal={false}
          disabled={readOnly}
        />
        <NumberInput
          size="xs"
          label={t('alerts.recovery')}
          value={draft.recoveryMinutes}
          onChange={(v) => setField('recoveryMinutes', v)}
          min={0}
          max={10080}
          allowDecimal={false}
          disabled={readOnly}
        />
        <NumberInput
          size="xs"
          label={t('alerts.maxPerOutlet')}
          value={draft.maxPerOutlet}
          onChange={(v) => setField('maxPerOutlet', v)}
          min={1}
          max={1000}
          allowDecimal={false}
          disabled={readOnly}
        />
        <NumberInput
          size="xs"
          label={t('alerts.baselineDays')}
          value={draft.baselineDays}
          onChange={(v) => setField('baselineDays', v)}
          min={7}
          max={90}
          allowDecimal={false}
          disabled={readOnly}
        />
      </SimpleGrid>
      <Textarea
        label={t('alerts.holidays')}
        value={holidays}
        onChange={(e) => setHolidays(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={8}
        disabled={readOnly}
        placeholder="2026-12-25"
      />
      <ProblemAlert error={save.error} />
      {props.data.updatedBy && (
        <Text size="xs" c="dimmed">
          {t('alerts.updated', { who: props.data.updatedBy, when: fmt.dateTime(props.data.updatedAt) })}
        </Text>
      )}
      {props.canEdit && (
        <Group gap="xs">
          <Button onClick={submit} loading={save.isPending && !resetting}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => setResetting(true)}>
            {t('alerts.reset')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={resetting}
        title={t('alerts.reset')}
        body={t('alerts.resetConfirm')}
        confirmLabel={t('alerts.reset')}
        busy={save.isPending}
        error={save.error}
        onClose={() => setResetting(false)}
        onConfirm={() => save.mutate({ reset: true }, { onSuccess: () => setResetting(false) })}
      />
    </Stack>
  );
}

export function ThresholdsForm(props: { workspace: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useCrisisSettings(props.workspace);
  return (
    <section aria-labelledby="thresholds-title">
      <Title order={2} size="h4" id="thresholds-title" mb="sm">
        {t('alerts.tabs.thresholds')}
      </Title>
      <QueryView query={settings} skeleton={<LoadingState rows={5} />}>
        {(data) => <Form workspace={props.workspace} data={data} canEdit={props.canEdit} />}
      </QueryView>
    </section>
  );
}
