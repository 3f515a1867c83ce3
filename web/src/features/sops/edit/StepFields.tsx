// One row of the flowchart table: the activity, who does it, its quality standard (kelengkapan,
// time, output), remarks, and whether it is a sign-off or a YES/NO decision.
import { Checkbox, Grid, Group, NumberInput, Select, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/format/useLang.ts';
import { ROLES } from '../../settings/UserForm.tsx';
import type { SopStep } from '../sops.api.ts';
import type { SopExecutor } from './draft.ts';

const END = 'selesai';

export function StepFields(props: {
  step: SopStep;
  steps: SopStep[];
  executors: SopExecutor[];
  onChange(change: Partial<SopStep>): void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { step, onChange } = props;
  const columns = props.executors.map((e) => ({ value: e.key, label: e.title || e.key }));
  const column = props.executors.find((e) => e.key === step.executor);
  const others = props.steps
    .filter((s) => s.no !== step.no)
    .map((s) => ({
      value: String(s.no),
      label: `${t('cases.stepOnly', { no: s.no })}${s.activity ? ` — ${s.activity.slice(0, 48)}` : ''}`,
    }));
  const target = (no: number) => (no > 0 ? String(no) : null);
  const decide = (on: boolean) => {
    if (!on) return onChange({ decision: undefined });
    const last = step.no === props.steps.length;
    onChange({ decision: { yes: last ? null : step.no + 1, no: step.no > 1 ? step.no - 1 : 0 } });
  };
  return (
    <Grid gutter="sm">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Textarea
          label={t('sops.columns.activity')}
          value={step.activity}
          onChange={(e) => onChange({ activity: e.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={8}
          required
          maxLength={4000}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Select
          label={t('sops.columns.executor')}
          data={columns}
          value={step.executor}
          onChange={(v) => v && onChange({ executor: v })}
          allowDeselect={false}
          required
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <Textarea
          label={t('sops.columns.requirement')}
          value={step.requirement}
          onChange={(e) => onChange({ requirement: e.currentTarget.value })}
          autosize
          minRows={1}
          maxRows={5}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <Group gap={6} wrap="nowrap" align="flex-end">
          <NumberInput
            label={t('sops.columns.time')}
            value={step.time.amount}
            onChange={(v) => onChange({ time: { ...step.time, amount: typeof v === 'number' ? v : 0 } })}
            min={0}
            decimalScale={2}
            decimalSeparator={lang === 'id' ? ',' : '.'}
            required
            style={{ flex: 1, minWidth: 70 }}
          />
          <Select
            aria-label={t('sops.edit.timeUnit')}
            data={(['minute', 'hour', 'day'] as const).map((u) => ({
              value: u,
              label: t(`sops.edit.units.${u}`),
            }))}
            value={step.time.unit}
            onChange={(v) => v && onChange({ time: { ...step.time, unit: v as SopStep['time']['unit'] } })}
            allowDeselect={false}
            w={110}
          />
        </Group>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <Textarea
          label={t('sops.columns.output')}
          value={step.output}
          onChange={(e) => onChange({ output: e.currentTarget.value })}
          autosize
          minRows={1}
          maxRows={5}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <TextInput
          label={t('sops.columns.remarks')}
          value={step.remarks}
          onChange={(e) => onChange({ remarks: e.currentTarget.value })}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Checkbox
            label={t('sops.edit.approval')}
            checked={step.approval ?? false}
            onChange={(e) => onChange({ approval: e.currentTarget.checked })}
            mb={8}
          />
          <Switch
            label={t('sops.edit.decision')}
            checked={step.decision !== undefined}
            onChange={(e) => decide(e.currentTarget.checked)}
            mb={8}
          />
          {step.decision && (
            <>
              <Select
                label={t('sops.edit.yesTarget')}
                data={[{ value: END, label: t('sops.decisionEnd') }, ...others]}
                value={step.decision.yes === null ? END : target(step.decision.yes)}
                onChange={(v) =>
                  v &&
                  step.decision &&
                  onChange({ decision: { ...step.decision, yes: v === END ? null : Number(v) } })
                }
                placeholder={t('sops.edit.chooseStep')}
                allowDeselect={false}
                w={210}
              />
              <Select
                label={t('sops.edit.noTarget')}
                data={others}
                value={target(step.decision.no)}
                onChange={(v) =>
                  v && step.decision && onChange({ decision: { ...step.decision, no: Number(v) } })
                }
                placeholder={t('sops.edit.chooseStep')}
                allowDeselect={false}
                w={210}
              />
            </>
          )}
        </Group>
      </Grid.Col>
      <Grid.Col span={12}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('sops.edit.roleOverride')}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={step.role ?? null}
            onChange={(v) => onChange({ role: (v ?? undefined) as SopStep['role'] })}
            placeholder={column ? t('sops.edit.columnRole', { role: t(`roles.${column.role}`) }) : undefined}
            clearable
            style={{ flex: '1 1 260px', maxWidth: 340 }}
          />
          <Select
            label={t('sops.edit.handsTo')}
            data={columns}
            value={step.handsTo ?? null}
            onChange={(v) => onChange({ handsTo: v ?? undefined })}
            placeholder={t('sops.edit.handsToNext')}
            clearable
            style={{ flex: '1 1 220px', maxWidth: 280 }}
          />
        </Group>
      </Grid.Col>
    </Grid>
  );
}
