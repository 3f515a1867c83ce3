// The flowchart table's rows in order. A step's number is its place: moving or removing a step
// renumbers the rest and decision targets follow the steps they pointed at (see draft.ts).
import { ActionIcon, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../../../app/ui/icons.tsx';
import type { SopStep } from '../sops.api.ts';
import { insertStep, moveStep, removeStep, type SopExecutor, updateStep } from './draft.ts';
import { StepFields } from './StepFields.tsx';

export function StepsForm(props: {
  steps: SopStep[];
  executors: SopExecutor[];
  onChange(steps: SopStep[]): void;
}) {
  const { t } = useTranslation();
  const { steps, onChange } = props;
  const firstColumn = props.executors[0]?.key ?? '';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="edit-steps">
      <Title order={2} size="h5" id="edit-steps" mb={4}>
        {t('sops.steps')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('sops.edit.stepsHint')}
      </Text>
      <Stack gap="sm">
        {steps.map((step, i) => {
          const heading = `edit-step-${step.no}`;
          return (
            <Paper
              key={step.no}
              withBorder
              radius="sm"
              p="sm"
              bg="var(--mantine-color-gray-0)"
              role="group"
              aria-labelledby={heading}
              data-testid="edit-step"
            >
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Title order={3} size="h6" id={heading}>
                  {t('cases.stepOnly', { no: step.no })}
                </Title>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('sops.edit.moveUp', { n: step.no })}
                    disabled={i === 0}
                    onClick={() => onChange(moveStep(steps, i, -1))}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('sops.edit.moveDown', { n: step.no })}
                    disabled={i === steps.length - 1}
                    onClick={() => onChange(moveStep(steps, i, 1))}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('sops.edit.addAfter', { n: step.no })}
                    onClick={() => onChange(insertStep(steps, firstColumn, i))}
                  >
                    <PlusIcon width={16} height={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('sops.edit.removeStep', { n: step.no })}
                    disabled={steps.length === 1}
                    onClick={() => onChange(removeStep(steps, i))}
                  >
                    <CloseIcon width={16} height={16} />
                  </ActionIcon>
                </Group>
              </Group>
              <StepFields
                step={step}
                steps={steps}
                executors={props.executors}
                onChange={(change) => onChange(updateStep(steps, i, change))}
              />
            </Paper>
          );
        })}
      </Stack>
      <Button
        mt="sm"
        variant="subtle"
        size="compact-sm"
        leftSection={<PlusIcon width={14} height={14} />}
        onClick={() => onChange(insertStep(steps, firstColumn))}
      >
        {t('sops.edit.addStep')}
      </Button>
    </Paper>
  );
}
